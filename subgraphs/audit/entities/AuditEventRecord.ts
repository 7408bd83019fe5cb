import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { rowId } from '../../kit/entityProperties';

/**
 * One record an audited operation touched, kept beside the event for searching by record ("who read
 * customer X's credit data"). A copy of what the event's body names, which the hash chain covers;
 * these rows take no part in verification.
 */
export const AuditEventRecordEntity = defineEntity({
  name: 'AuditEventRecord',
  tableName: 'audit_event_record',
  properties: (p) => ({
    id: rowId(80),
    sequence: p.bigint('number'),
    type: p.string().length(64),
    recordId: p.string().nullable(),
    customerId: p.string().nullable(),
    /** `|CREDIT|TAX|`: the classifications of the values shown (raw or masked), so a class matches with LIKE '%|CREDIT|%'. */
    classes: p.text(),
    /** What the operation did with the record: READ, WITHHELD, CHANGED, comma-separated. */
    access: p.string().length(64),
  }),
  indexes: [
    { properties: ['customerId', 'sequence'] },
    { properties: ['recordId', 'sequence'] },
    { properties: 'sequence' },
  ],
});

export type AuditEventRecord = InferEntity<typeof AuditEventRecordEntity>;
