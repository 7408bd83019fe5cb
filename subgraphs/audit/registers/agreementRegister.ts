import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput, notFound } from '../../../lib/errors';
import { inTransaction } from '../../kit/transaction';
import { ProcessingAgreementEntity, type ProcessingAgreement } from '../entities/ProcessingAgreement';
import { clearAlerts } from './complianceAlerts';
import type { AgreementFields } from './registerInput';

/** The register of processing agreements and vendor contracts in the database. */

export async function createAgreement(
  em: SqlEntityManager,
  fields: AgreementFields,
  by: string,
  now: Date,
): Promise<ProcessingAgreement> {
  const agreement: ProcessingAgreement = {
    id: `dpa_${randomUUID()}`,
    ...fields,
    status: 'ACTIVE',
    createdBy: by,
    createdAt: now,
    updatedBy: by,
    updatedAt: now,
    terminatedBy: null,
    terminatedAt: null,
    terminationReason: null,
  };
  await em.insert(ProcessingAgreementEntity, agreement);
  return agreement;
}

async function activeAgreement(tx: SqlEntityManager, id: string): Promise<ProcessingAgreement> {
  const agreement = await tx.findOne(ProcessingAgreementEntity, { id }, { disableIdentityMap: true });
  if (!agreement) throw notFound(`No processing agreement ${id}`);
  if (agreement.status !== 'ACTIVE') throw badUserInput(`processing agreement ${id} is ${agreement.status}`, 'id');
  return agreement;
}

/** Rewrites an active agreement; an alert for an expiry that no longer stands (a renewal) is cleared. */
export async function updateAgreement(
  em: SqlEntityManager,
  id: string,
  fields: AgreementFields,
  by: string,
  now: Date,
): Promise<ProcessingAgreement> {
  return inTransaction(em, async (tx) => {
    const agreement = await activeAgreement(tx, id);
    const changes = { ...fields, updatedBy: by, updatedAt: now };
    await tx.nativeUpdate(ProcessingAgreementEntity, { id }, changes);
    await clearAlerts(tx, id, by, `expiry moved to ${fields.expiresOn}`, now, fields.expiresOn);
    return { ...agreement, ...changes };
  });
}

export async function terminateAgreement(
  em: SqlEntityManager,
  id: string,
  reason: string,
  by: string,
  now: Date,
): Promise<ProcessingAgreement> {
  return inTransaction(em, async (tx) => {
    const agreement = await activeAgreement(tx, id);
    const changes = {
      status: 'TERMINATED',
      terminatedBy: by,
      terminatedAt: now,
      terminationReason: reason,
      updatedBy: by,
      updatedAt: now,
    };
    await tx.nativeUpdate(ProcessingAgreementEntity, { id }, changes);
    await clearAlerts(tx, id, by, 'agreement terminated', now);
    return { ...agreement, ...changes };
  });
}
