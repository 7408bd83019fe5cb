import type { KeyObject } from 'node:crypto';
import type { OriginKeys, OriginSigner } from '../../lib/crypto/origin';
import type { CustomerDirectory } from '../kit/customerDirectory';
import type { ServiceClient } from '../kit/serviceClient';
import type { AuditLog } from './auditLog';
import type { ChangeLogWriter } from './changes/changeLogWriter';
import type { IncidentDesk } from './incidents/incidentDesk';

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
  /** The change log's writer: recordings in one chain, one after another. */
  changeLog: ChangeLogWriter;
  /** Calls to the other subgraphs as the audit service: the retention purge's. */
  peers: ServiceClient;
  /** Security incidents: recording reported events and responses, notifying the incident webhook. */
  incidents: IncidentDesk;
  close(): Promise<void>;
}
