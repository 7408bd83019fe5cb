import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** A signed statement that the change log's chain had `hash` at `sequence` (see chain/changeLog.ts). */
export const ChangeLogCheckpointEntity = defineEntity({
  name: 'ChangeLogCheckpoint',
  tableName: 'change_log_checkpoint',
  properties: (p) => ({
    // The chain gives the sequence; the database must not invent one.
    sequence: p.bigint('number').primary().autoincrement(false),
    hash: p.string().length(64),
    at: p.string().length(32),
    keyId: p.string().length(64),
    signature: p.text(),
  }),
});

export type ChangeLogCheckpoint = InferEntity<typeof ChangeLogCheckpointEntity>;
