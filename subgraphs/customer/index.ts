import type { SubgraphDefinition } from '../kit/subgraph';
import { startChangeRelay } from './changeRelay';
import { ChangeOutboxEntity } from './entities/ChangeOutbox';
import { CustomerEntity } from './entities/Customer';
import { CustomerHierarchyEntity } from './entities/CustomerHierarchy';
import { SourceRecordEntity } from './entities/SourceRecord';
import { TaxIdentifierEntity } from './entities/TaxIdentifier';
import { createCustomerLoaders, type CustomerLoaders } from './loaders';
import { Migration001CustomerMaster } from './migrations/Migration001CustomerMaster';
import { customerResolvers } from './resolvers';
import { seedCustomers } from './seed';

/** The customer subgraph: master data, source records and account hierarchies. */
export const customerSubgraph: SubgraphDefinition<CustomerLoaders> = {
  name: 'customer',
  entities: [CustomerEntity, TaxIdentifierEntity, SourceRecordEntity, CustomerHierarchyEntity, ChangeOutboxEntity],
  migrations: [{ name: 'Migration001CustomerMaster', class: Migration001CustomerMaster }],
  resolvers: customerResolvers,
  createLoaders: createCustomerLoaders,
  seed: seedCustomers,
  startBackground: (services) => startChangeRelay(services),
};
