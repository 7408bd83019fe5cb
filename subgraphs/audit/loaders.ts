import type { SqlEntityManager } from '@mikro-orm/knex';
import { oneToManyLoader } from '../kit/loaders';
import { ChangeLogEntryEntity } from './entities/ChangeLogEntry';

export function createAuditLoaders(em: SqlEntityManager) {
  return {
    changesOfEntity: oneToManyLoader(em, ChangeLogEntryEntity, 'entityId', { at: 'desc', id: 'asc' }),
  };
}

export type AuditLoaders = ReturnType<typeof createAuditLoaders>;
