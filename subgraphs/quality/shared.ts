import type { CustomerDirectory } from '../kit/customerDirectory';
import type { ServiceClient } from '../kit/serviceClient';
import type { QualityRunner } from './runs/runQualityChecks';

/** What the quality subgraph made once at start: its client for asking the other subgraphs (as the quality service), and its run queue. */
export interface QualityShared {
  peers: ServiceClient;
  /** Where customers belong, asked of the customer master. */
  customers: CustomerDirectory;
  runner: QualityRunner;
}
