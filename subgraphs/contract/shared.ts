import type { CustomerDirectory } from '../kit/customerDirectory';

/** What the contract subgraph made once at start. */
export interface ContractShared {
  customers: CustomerDirectory;
}
