import type { Role } from '../policies/roles';
import type { Region } from '../policies/regions';

/** Who is asking: read from the client's token at the gateway, forwarded to subgraphs inside the internal token. */
export interface Principal {
  sub: string;
  roles: Role[];
  regions: Region[];
  /** Why the data is wanted (e.g. "billing"), when the client says so. */
  purpose?: string;
}
