import type { KeyObject } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Checkpoint } from '../chain';
import { verifyChangeLog, type ChangeLogVerdict } from '../chain/changeLog';
import { ChangeLogCheckpointEntity } from '../entities/ChangeLogCheckpoint';
import { ChangeLogEntryEntity } from '../entities/ChangeLogEntry';
import { ChangeLogTombstoneEntity } from '../entities/ChangeLogTombstone';
import { CHAINED_FIELDS, storedChange } from './changeLogChain';

/** Reads the whole stored change log and verifies it: shared by the `changeLogChain` query and `npm run audit:verify`. */
export async function verifyStoredChangeLog(
  em: SqlEntityManager,
  publicKeys: ReadonlyMap<string, KeyObject>,
): Promise<ChangeLogVerdict> {
  const options = { orderBy: { sequence: 'asc' }, disableIdentityMap: true } as const;
  const [entries, tombstones, checkpoints] = await Promise.all([
    em.find(ChangeLogEntryEntity, {}, { ...options, fields: [...CHAINED_FIELDS] }),
    em.find(ChangeLogTombstoneEntity, {}, options),
    em.find(ChangeLogCheckpointEntity, {}, options),
  ]);
  return verifyChangeLog(
    entries.map(storedChange),
    tombstones.map((tombstone) => ({ ...tombstone, removedAt: tombstone.removedAt.toISOString() })),
    checkpoints.map((cp): Checkpoint => ({ ...cp })),
    publicKeys,
  );
}
