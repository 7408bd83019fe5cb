import type { KeyObject } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { OriginKeys } from '../../lib/crypto/origin';
import { verifyChain, type ChainVerdict, type Checkpoint } from './chain';
import { toChainedEvent } from './auditLog';
import { AuditCheckpointRowEntity } from './entities/AuditCheckpointRow';
import { AuditEventRowEntity } from './entities/AuditEventRow';

/** Reads the whole stored trail and verifies it: shared by the `auditChain` query and `npm run audit:verify`. */
export async function verifyStoredTrail(
  em: SqlEntityManager,
  publicKeys: ReadonlyMap<string, KeyObject>,
  originKeys: OriginKeys,
): Promise<ChainVerdict> {
  const [rows, checkpoints] = await Promise.all([
    em.find(AuditEventRowEntity, {}, { orderBy: { sequence: 'asc' } }),
    em.find(AuditCheckpointRowEntity, {}, { orderBy: { sequence: 'asc' } }),
  ]);
  // A row the database itself mangled (e.g. unparsable body) is reported by the verifier, not thrown.
  const events = rows.map((row) => {
    try {
      return toChainedEvent(row);
    } catch {
      return { ...row, body: undefined } as never;
    }
  });
  return verifyChain(
    events,
    checkpoints.map((cp): Checkpoint => ({ ...cp })),
    publicKeys,
    originKeys,
  );
}
