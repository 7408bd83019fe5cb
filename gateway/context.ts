import type { Principal } from '../lib/principal';
import type { Logger } from '../lib/logger';

/** What the gateway knows about one request once it is authenticated. */
export interface GatewayContext {
  principal: Principal;
  requestId: string;
  log: Logger;
}
