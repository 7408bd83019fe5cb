import type { Role } from './roles';
import type { Region } from './regions';

/** Who is asking: read from the client's token at the gateway, forwarded to subgraphs inside the internal token. */
export interface Principal {
  sub: string;
  roles: Role[];
  regions: Region[];
  /** Why the data is wanted (e.g. "billing"), when the client says so. */
  purpose?: string;
  /**
   * Set only when a Custos service calls another on its own behalf (e.g. the customer subgraph
   * delivering changes to the audit log). Never read from a client token.
   */
  service?: string;
}
