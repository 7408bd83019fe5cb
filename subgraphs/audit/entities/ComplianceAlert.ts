import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, rowId, unkeyedReference } from '../../kit/entityProperties';

/**
 * An agreement about to expire or a DPIA due for review (registers/expiryAlerts.ts): raised once per
 * subject, due date and threshold (the unique key), cleared when the subject is renewed, reviewed,
 * terminated or retired. Kept after it is cleared, as the record that someone was told.
 */
export const ComplianceAlertEntity = defineEntity({
  name: 'ComplianceAlert',
  tableName: 'compliance_alert',
  properties: (p) => ({
    id: rowId(),
    /** AGREEMENT_EXPIRY or DPIA_REVIEW. */
    kind: p.string().length(32),
    /** The agreement's or DPIA's id: history that outlives a change of either, so no foreign key. */
    subjectId: unkeyedReference(),
    /** The partner or the initiative, as it was named when the alert was raised. */
    subject: p.string().length(200),
    dueOn: p.date(),
    thresholdDays: p.integer(),
    raisedAt: instant(),
    clearedAt: instant().nullable(),
    clearedBy: p.string().nullable(),
    clearance: p.text().nullable(),
  }),
  uniques: [{ properties: ['subjectId', 'dueOn', 'thresholdDays'] }],
  indexes: [{ properties: ['clearedAt', 'raisedAt'] }],
});

export type ComplianceAlert = InferEntity<typeof ComplianceAlertEntity>;
