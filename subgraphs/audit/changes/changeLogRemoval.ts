import type { SqlEntityManager } from '@mikro-orm/knex';
import { ChangeLogEntryEntity } from '../entities/ChangeLogEntry';
import { ChangeLogTombstoneEntity } from '../entities/ChangeLogTombstone';

/** Why change-log entries are removed: the retention purge run that removes them, and the rule it applied. */
export interface ChangeLogRemoval {
  purgeRunId: string;
  rule: string;
}

/**
 * Removes change-log entries the retention purge found past their retention and not under a legal
 * hold, in the caller's transaction; returns how many were removed. Each leaves a tombstone with its
 * place and link in the chain, so the chain still verifies; an entry not yet chained (recorded by a
 * previous release moments ago, so never past retention) is left for the next purge.
 */
export async function removeChangeLogEntries(
  tx: SqlEntityManager,
  entryIds: readonly string[],
  removal: ChangeLogRemoval,
): Promise<number> {
  if (entryIds.length === 0) return 0;
  const entries = await tx.find(
    ChangeLogEntryEntity,
    { id: { $in: [...entryIds] }, hash: { $ne: null } },
    { fields: ['id', 'sequence', 'previousHash', 'hash'], disableIdentityMap: true },
  );
  if (entries.length === 0) return 0;
  const removedAt = new Date();
  await tx.insertMany(
    ChangeLogTombstoneEntity,
    entries.map((entry) => ({
      sequence: entry.sequence as number,
      entryId: entry.id,
      previousHash: entry.previousHash as string,
      hash: entry.hash as string,
      purgeRunId: removal.purgeRunId,
      rule: removal.rule,
      removedAt,
    })),
  );
  return tx.nativeDelete(ChangeLogEntryEntity, { id: { $in: entries.map((entry) => entry.id) } });
}
