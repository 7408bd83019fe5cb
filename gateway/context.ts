import type { Principal } from '../lib/principal';
import type { Logger } from '../lib/logger';
import type { RequestAccess } from './audit/requestAccess';

/** What the gateway knows about one request once it is authenticated. */
export interface GatewayContext {
  principal: Principal;
  requestId: string;
  log: Logger;
  /** What the subgraphs report this request did with classified data, for its audit event. */
  access: RequestAccess;
  /**
   * Set when the operation is refused before analysis (gateway/plugins/limits.ts: over a limit, or
   * no such operation in the document): nothing else walks it.
   */
  refusedBeforeAnalysis?: boolean;
}
