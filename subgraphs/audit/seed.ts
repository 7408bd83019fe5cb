import type { SqlEntityManager } from '@mikro-orm/knex';
import type { DemoBook } from '../../lib/demo/book';
import { bulkInsert } from '../kit/bulkInsert';
import { ChangeLogEntryEntity } from './entities/ChangeLogEntry';

export async function seedChangeLog(em: SqlEntityManager, book: DemoBook): Promise<void> {
  await bulkInsert(
    em,
    ChangeLogEntryEntity,
    book.changes.map((change) => ({ ...change, at: new Date(change.at), recordedAt: new Date(change.at) })),
  );
}
