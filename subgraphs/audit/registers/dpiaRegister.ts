import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput, notFound } from '../../../lib/errors';
import { inTransaction } from '../../kit/transaction';
import { DpiaEntity, type Dpia } from '../entities/Dpia';
import { clearAlerts } from './complianceAlerts';
import { assertDpiaAction, type DpiaAction } from './dpiaLifecycle';
import type { DpiaFields } from './registerInput';

/** The DPIA register in the database: each change read, checked and written in one transaction. */

export async function createDpia(em: SqlEntityManager, fields: DpiaFields, by: string, now: Date): Promise<Dpia> {
  const dpia: Dpia = {
    id: `dpia_${randomUUID()}`,
    ...fields,
    status: 'DRAFT',
    createdBy: by,
    createdAt: now,
    updatedBy: by,
    updatedAt: now,
    submittedBy: null,
    submittedAt: null,
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    lastReviewedBy: null,
    lastReviewedAt: null,
    retiredBy: null,
    retiredAt: null,
    retirementReason: null,
  };
  await em.insert(DpiaEntity, dpia);
  return dpia;
}

/**
 * Applies `change` to the DPIA `id` if its status allows `action` (and `check` passes), as one
 * transaction; a DPIA changed by someone else in between is refused rather than overwritten.
 */
export async function changeDpia(
  em: SqlEntityManager,
  id: string,
  action: DpiaAction,
  change: (dpia: Dpia) => Partial<Dpia>,
  clearing?: { by: string; clearance: string; now: Date },
): Promise<Dpia> {
  return inTransaction(em, async (tx) => {
    const dpia = await tx.findOne(DpiaEntity, { id }, { disableIdentityMap: true });
    if (!dpia) throw notFound(`No DPIA ${id}`);
    assertDpiaAction(dpia.status, action);
    const changes = change(dpia);
    const updated = await tx.nativeUpdate(DpiaEntity, { id, status: dpia.status }, changes);
    if (updated !== 1) throw badUserInput(`DPIA ${id} changed meanwhile; read it again`, 'id');
    if (clearing) await clearAlerts(tx, id, clearing.by, clearing.clearance, clearing.now);
    return { ...dpia, ...changes };
  });
}
