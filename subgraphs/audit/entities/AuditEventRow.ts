import { BigIntType, EntitySchema } from '@mikro-orm/core';

/**
 * One stored audit event. `body` is kept as the exact JSON text that was hashed, and `at` as the
 * exact ISO string, so reading a row back gives the bytes the chain covers. The filter columns
 * (sub, roles, coordinates, client) are copies taken from the body for searching; only the body
 * and the chain fields count for verification.
 */
export interface AuditEventRow {
  id: string;
  sequence: number;
  at: string;
  kind: string;
  body: string;
  previousHash: string;
  hash: string;
  sub: string;
  /** `,role1,role2,` so a role matches with LIKE '%,role,%'. */
  roles: string;
  /** `|Type.field|Type.field|`, likewise. */
  coordinates: string;
  clientName?: string | null;
  /** The event's origin signature as JSON (lib/crypto/origin.ts); null on events from before origins were signed. */
  origin?: string | null;
}

export const AuditEventRowEntity = new EntitySchema<AuditEventRow>({
  name: 'AuditEventRow',
  tableName: 'audit_event',
  properties: {
    id: { type: 'string', primary: true },
    sequence: { type: new BigIntType('number'), unique: true },
    at: { type: 'string' },
    kind: { type: 'string' },
    body: { type: 'text' },
    previousHash: { type: 'string' },
    hash: { type: 'string' },
    sub: { type: 'string' },
    roles: { type: 'string' },
    coordinates: { type: 'text' },
    clientName: { type: 'string', nullable: true },
    origin: { type: 'text', nullable: true },
  },
});
