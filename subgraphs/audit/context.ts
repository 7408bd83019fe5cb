import type { KeyObject } from 'node:crypto';
import type { OriginKeys, OriginSigner } from '../../lib/crypto/origin';
import type { SubgraphContext } from '../kit/context';
import type { CustomerDirectory } from '../kit/customerDirectory';
import type { AuditLog } from './auditLog';
import type { AuditLoaders } from './loaders';

/** What the audit subgraph made once at start. */
export interface AuditShared {
  log: AuditLog;
  publicKeys: ReadonlyMap<string, KeyObject>;
  /** Whose events the trail accepts, by process. */
  originKeys: OriginKeys;
  /** The audit subgraph's own origin key, for the attempts it records itself. */
  signer: OriginSigner;
  /** Where customers belong, asked of the customer master. */
  customers: CustomerDirectory;
  close(): Promise<void>;
}

export type AuditContext = SubgraphContext<AuditLoaders, AuditShared>;
