import { BigIntType, EntitySchema } from '@mikro-orm/core';

/**
 * One record an audited operation touched, kept beside the event for searching by record ("who read
 * customer X's credit data"). A copy of what the event's body names, which the hash chain covers;
 * these rows take no part in verification.
 */
export interface AuditEventRecord {
  id: string;
  sequence: number;
  type: string;
  recordId?: string | null;
  customerId?: string | null;
  /** `|CREDIT|TAX|`: the classifications of the values shown (raw or masked), so a class matches with LIKE '%|CREDIT|%'. */
  classes: string;
  /** What the operation did with the record: READ, WITHHELD, CHANGED, comma-separated. */
  access: string;
}

export const AuditEventRecordEntity = new EntitySchema<AuditEventRecord>({
  name: 'AuditEventRecord',
  tableName: 'audit_event_record',
  properties: {
    id: { type: 'string', primary: true },
    sequence: { type: new BigIntType('number') },
    type: { type: 'string' },
    recordId: { type: 'string', nullable: true },
    customerId: { type: 'string', nullable: true },
    classes: { type: 'text' },
    access: { type: 'string' },
  },
});
