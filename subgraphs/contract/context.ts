import type { SubgraphContext } from '../kit/context';
import type { CustomerDirectory } from '../kit/customerDirectory';
import type { ContractLoaders } from './loaders';

/** What the contract subgraph made once at start. */
export interface ContractShared {
  customers: CustomerDirectory;
}

export type ContractContext = SubgraphContext<ContractLoaders, ContractShared>;
