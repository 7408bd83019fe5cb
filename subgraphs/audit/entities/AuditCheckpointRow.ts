import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** A signed statement that the audit chain had `hash` at `sequence` (see chain/checkpoint.ts). */
export const AuditCheckpointRowEntity = defineEntity({
  name: 'AuditCheckpointRow',
  tableName: 'audit_checkpoint',
  properties: (p) => ({
    // The chain gives the sequence; the database must not invent one.
    sequence: p.bigint('number').primary().autoincrement(false),
    hash: p.string().length(64),
    at: p.string().length(32),
    keyId: p.string().length(64),
    signature: p.text(),
  }),
});

export type AuditCheckpointRow = InferEntity<typeof AuditCheckpointRowEntity>;
