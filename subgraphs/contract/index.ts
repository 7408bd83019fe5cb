import type { SubgraphDefinition } from '../kit/subgraph';
import { ContractEntity } from './entities/Contract';
import { ContractLineEntity } from './entities/ContractLine';
import { InvoiceEntity } from './entities/Invoice';
import { PaymentEntity } from './entities/Payment';
import { WriteOffEntity } from './entities/WriteOff';
import { createContractLoaders, type ContractLoaders } from './loaders';
import { Migration001Contracts } from './migrations/Migration001Contracts';
import { Migration002Jurisdiction } from './migrations/Migration002Jurisdiction';
import { Migration003WriteOffs } from './migrations/Migration003WriteOffs';
import { contractResolvers } from './resolvers';
import { writeOffResolvers } from './writeOffs/resolvers';
import { mergeResolvers } from '../kit/mergeResolvers';
import { seedContracts } from './seed';

/** The contract subgraph: contracts, their lines, invoices, payments and write-offs. */
export const contractSubgraph: SubgraphDefinition<ContractLoaders> = {
  name: 'contract',
  entities: [ContractEntity, ContractLineEntity, InvoiceEntity, PaymentEntity, WriteOffEntity],
  migrations: [
    { name: 'Migration001Contracts', class: Migration001Contracts },
    { name: 'Migration002Jurisdiction', class: Migration002Jurisdiction },
    { name: 'Migration003WriteOffs', class: Migration003WriteOffs },
  ],
  resolvers: mergeResolvers(contractResolvers, writeOffResolvers),
  createLoaders: createContractLoaders,
  seed: seedContracts,
};
