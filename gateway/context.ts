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
  /** Set when the operation is over a limit (gateway/plugins/limits.ts): nothing else walks it. */
  overLimit?: boolean;
}
