import type { SqlEntityManager } from '@mikro-orm/knex';
import { SOURCE_SYSTEMS, type SourceSystem } from '../../../lib/sourceSystems';
import { IngestBatchEntity } from '../entities/IngestBatch';
import type { IngestedBatch } from './ingestionLineage';

/** The counts of a batch's result that describe it without naming a record. */
const COUNTS = ['accepted', 'unchanged', 'created', 'merged', 'queuedForReview', 'rejected'] as const;

/** The batches received in [since, until), oldest first, with their counts. */
export async function ingestedBatches(em: SqlEntityManager, since: Date, until: Date): Promise<IngestedBatch[]> {
  const batches = await em.find(
    IngestBatchEntity,
    { receivedAt: { $gte: since, $lt: until } },
    { orderBy: { receivedAt: 'asc', id: 'asc' }, disableIdentityMap: true },
  );
  return batches
    .filter((batch) => (SOURCE_SYSTEMS as readonly string[]).includes(batch.sourceSystem))
    .map((batch) => ({
      id: batch.id,
      sourceSystem: batch.sourceSystem as SourceSystem,
      receivedAt: batch.receivedAt,
      counts: Object.fromEntries(
        COUNTS.filter((count) => typeof batch.result[count] === 'number').map((count) => [
          count,
          batch.result[count] as number,
        ]),
      ),
    }));
}
