import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ComplianceAlertEntity } from '../entities/ComplianceAlert';
import { DpiaEntity } from '../entities/Dpia';
import { ProcessingAgreementEntity } from '../entities/ProcessingAgreement';
import { alertsDue, type AlertSubject } from './expiryAlerts';

/** The compliance alerts in the database: raised by the register-expiry job's pass, cleared by what settles them. */

export interface AlertPass {
  asOf: string;
  thresholdDays: number;
  raised: number;
  open: number;
}

async function subjects(em: SqlEntityManager): Promise<AlertSubject[]> {
  const agreements = await em.find(ProcessingAgreementEntity, { status: 'ACTIVE' }, { disableIdentityMap: true });
  const dpias = await em.find(DpiaEntity, { status: 'APPROVED' }, { disableIdentityMap: true });
  return [
    ...agreements.map((a) => ({ kind: 'AGREEMENT_EXPIRY' as const, id: a.id, name: a.partner, dueOn: a.expiresOn })),
    ...dpias.map((d) => ({ kind: 'DPIA_REVIEW' as const, id: d.id, name: d.initiative, dueOn: d.reviewOn })),
  ];
}

/** Raises every alert due as of `asOf` that was not raised before; the unique key keeps two passes at once from raising one twice. */
export async function raiseAlerts(
  em: SqlEntityManager,
  asOf: string,
  thresholdDays: number,
  now: Date,
): Promise<AlertPass> {
  const candidates = await subjects(em);
  const raised = await em.find(
    ComplianceAlertEntity,
    { subjectId: { $in: candidates.map((subject) => subject.id) } },
    { fields: ['subjectId', 'dueOn', 'thresholdDays'], disableIdentityMap: true },
  );
  const due = alertsDue(candidates, raised, asOf, thresholdDays);
  if (due.length > 0)
    await em
      .createQueryBuilder(ComplianceAlertEntity)
      .insert(
        due.map((subject) => ({
          id: `cal_${randomUUID()}`,
          kind: subject.kind,
          subjectId: subject.id,
          subject: subject.name,
          dueOn: subject.dueOn,
          thresholdDays,
          raisedAt: now,
          clearedAt: null,
          clearedBy: null,
          clearance: null,
        })),
      )
      .onConflict(['subject_id', 'due_on', 'threshold_days'])
      .ignore()
      .execute();
  const open = await em.count(ComplianceAlertEntity, { clearedAt: null });
  return { asOf, thresholdDays, raised: due.length, open };
}

/** Clears the open alerts of a subject, except those for `stillDueOn` (the date that still stands). */
export async function clearAlerts(
  em: SqlEntityManager,
  subjectId: string,
  by: string,
  clearance: string,
  now: Date,
  stillDueOn?: string,
): Promise<void> {
  await em.nativeUpdate(
    ComplianceAlertEntity,
    { subjectId, clearedAt: null, ...(stillDueOn ? { dueOn: { $ne: stillDueOn } } : {}) },
    { clearedAt: now, clearedBy: by, clearance },
  );
}
