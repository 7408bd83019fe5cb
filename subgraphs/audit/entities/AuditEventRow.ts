import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { rowId } from '../../kit/entityProperties';

/**
 * One stored audit event. `body` is kept as the exact JSON text that was hashed, and `at` as the
 * exact ISO string, so reading a row back gives the bytes the chain covers. The filter columns
 * (sub, roles, coordinates, client) are copies taken from the body for searching; only the body
 * and the chain fields count for verification.
 */
export const AuditEventRowEntity = defineEntity({
  name: 'AuditEventRow',
  tableName: 'audit_event',
  properties: (p) => ({
    id: rowId(),
    /** Unique: two writers racing for the same position fail instead of forking the chain. */
    sequence: p.bigint('number').unique(),
    at: p.string().length(32),
    kind: p.string().length(32),
    body: p.text(),
    previousHash: p.string().length(64),
    hash: p.string().length(64),
    sub: p.string(),
    /** `,role1,role2,` so a role matches with LIKE '%,role,%'. */
    roles: p.string(),
    /** `|Type.field|Type.field|`, likewise. */
    coordinates: p.text(),
    clientName: p.string().nullable(),
    /** The event's origin signature as JSON (lib/crypto/origin.ts); null on events from before origins were signed. */
    origin: p.text().nullable(),
  }),
  // Each equality filter is followed by the sequence, so a search reads its page in order off the index.
  indexes: [
    { properties: 'at' },
    { properties: ['sub', 'sequence'] },
    { properties: ['kind', 'sequence'] },
    { properties: ['clientName', 'sequence'] },
  ],
});

export type AuditEventRow = InferEntity<typeof AuditEventRowEntity>;
