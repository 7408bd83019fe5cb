import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, unkeyedReference } from '../../kit/entityProperties';

/**
 * What the retention purge leaves of a change-log entry it removed: its place in the chain and its
 * link, so the chain still verifies, and which purge run removed it under which rule. Never updated.
 */
export const ChangeLogTombstoneEntity = defineEntity({
  name: 'ChangeLogTombstone',
  tableName: 'change_log_tombstone',
  properties: (p) => ({
    sequence: p.bigint('number').primary().autoincrement(false),
    entryId: unkeyedReference(),
    previousHash: p.string().length(64),
    hash: p.string().length(64),
    purgeRunId: p.string().length(128),
    rule: p.string(),
    removedAt: instant(),
  }),
});

export type ChangeLogTombstone = InferEntity<typeof ChangeLogTombstoneEntity>;
