import { BigIntType, EntitySchema } from '@mikro-orm/core';

/** A signed statement that the audit chain had `hash` at `sequence` (see chain/checkpoint.ts). */
export interface AuditCheckpointRow {
  sequence: number;
  hash: string;
  at: string;
  keyId: string;
  signature: string;
}

export const AuditCheckpointRowEntity = new EntitySchema<AuditCheckpointRow>({
  name: 'AuditCheckpointRow',
  tableName: 'audit_checkpoint',
  properties: {
    sequence: { type: new BigIntType('number'), primary: true },
    hash: { type: 'string' },
    at: { type: 'string' },
    keyId: { type: 'string' },
    signature: { type: 'text' },
  },
});
