import type { SqlEntityManager } from '@mikro-orm/knex';
import { governedCustomers } from '../kit/customerDirectory';
import { oneToManyLoader } from '../kit/loaders';
import { ChangeLogEntryEntity } from './entities/ChangeLogEntry';
import type { AuditShared } from './context';

export function createAuditLoaders(em: SqlEntityManager, shared: AuditShared) {
  return {
    customers: governedCustomers(shared.customers),
    changesOfEntity: oneToManyLoader(em, ChangeLogEntryEntity, 'entityId', { at: 'desc', id: 'asc' }),
  };
}

export type AuditLoaders = ReturnType<typeof createAuditLoaders>;
