import type { SubgraphDefinition } from '../kit/subgraph';
import { ContractEntity } from './entities/Contract';
import { ContractLineEntity } from './entities/ContractLine';
import { InvoiceEntity } from './entities/Invoice';
import { PaymentEntity } from './entities/Payment';
import { createContractLoaders, type ContractLoaders } from './loaders';
import { Migration001Contracts } from './migrations/Migration001Contracts';
import { Migration002Jurisdiction } from './migrations/Migration002Jurisdiction';
import { contractResolvers } from './resolvers';
import { seedContracts } from './seed';

/** The contract subgraph: contracts, their lines, invoices and payments. */
export const contractSubgraph: SubgraphDefinition<ContractLoaders> = {
  name: 'contract',
  entities: [ContractEntity, ContractLineEntity, InvoiceEntity, PaymentEntity],
  migrations: [
    { name: 'Migration001Contracts', class: Migration001Contracts },
    { name: 'Migration002Jurisdiction', class: Migration002Jurisdiction },
  ],
  resolvers: contractResolvers,
  createLoaders: createContractLoaders,
  seed: seedContracts,
};
