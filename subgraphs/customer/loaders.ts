import type { SqlEntityManager } from '@mikro-orm/knex';
import { byIdLoader, oneToManyLoader } from '../kit/loaders';
import { CustomerEntity } from './entities/Customer';
import { CustomerHierarchyEntity } from './entities/CustomerHierarchy';
import { SourceRecordEntity } from './entities/SourceRecord';
import { TaxIdentifierEntity } from './entities/TaxIdentifier';

export function createCustomerLoaders(em: SqlEntityManager) {
  return {
    customer: byIdLoader(em, CustomerEntity),
    taxIds: oneToManyLoader(em, TaxIdentifierEntity, 'customerId', { id: 'asc' }),
    sourceRecords: oneToManyLoader(em, SourceRecordEntity, 'customerId', { sourceSystem: 'asc', id: 'asc' }),
    parentLinks: oneToManyLoader(em, CustomerHierarchyEntity, 'childId', { id: 'asc' }),
    childLinks: oneToManyLoader(em, CustomerHierarchyEntity, 'parentId', { childId: 'asc' }),
  };
}

export type CustomerLoaders = ReturnType<typeof createCustomerLoaders>;
