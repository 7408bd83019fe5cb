import type { ServiceClient } from '../kit/serviceClient';

/** What the customer subgraph made once at start. */
export interface CustomerShared {
  /** Calls to the other subgraphs as the customer service: which failed inputs the exception queue has due. */
  peers: ServiceClient;
}
