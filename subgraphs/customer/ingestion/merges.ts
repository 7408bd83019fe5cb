import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput, notFound } from '../../../lib/errors';
import { ChangeOutboxEntity } from '../entities/ChangeOutbox';
import { CustomerEntity, type Customer } from '../entities/Customer';
import { CustomerMergeEntity, type CustomerMerge } from '../entities/CustomerMerge';
import { MatchReviewEntity, type MatchReview } from '../entities/MatchReview';
import { SourceRecordEntity } from '../entities/SourceRecord';
import { recomputeGolden } from './recomputeGolden';
import { SOURCE_MAPPINGS } from './mappings';

/**
 * Merging two customers moves the merged one's source records to the survivor and recomputes the
 * survivor's golden record; the merged customer stays, inactive, pointing at the survivor. Every
 * merge is recorded with what moved, so an unmerge puts exactly that back and recomputes both.
 * Values stewards and change events set stay with the customer they were set for: they do not move.
 */

async function customerOrFail(em: SqlEntityManager, id: string): Promise<Customer> {
  const customer = await em.findOne(CustomerEntity, { id });
  if (!customer) throw notFound(`no customer ${id}`);
  return customer;
}

function logChange(
  em: SqlEntityManager,
  customerId: string,
  field: string,
  oldValue: string | null,
  newValue: string | null,
  actor: string,
  reason: string,
): void {
  em.create(ChangeOutboxEntity, {
    id: `chg_${randomUUID()}`,
    customerId,
    field,
    oldValue,
    newValue,
    actor,
    at: new Date(),
    reason,
  });
}

export async function mergeCustomers(
  em: SqlEntityManager,
  survivorId: string,
  mergedId: string,
  actor: string,
  reason: string,
): Promise<CustomerMerge> {
  if (survivorId === mergedId) throw badUserInput('a customer cannot be merged into itself', 'mergedId');
  return em.transactional(async (tx) => {
    const [survivor, merged] = [await customerOrFail(tx, survivorId), await customerOrFail(tx, mergedId)];
    if (survivor.mergedInto)
      throw badUserInput(`${survivorId} was itself merged into ${survivor.mergedInto}`, 'survivorId');
    if (merged.mergedInto) throw badUserInput(`${mergedId} is already merged into ${merged.mergedInto}`, 'mergedId');
    const moved = await tx.find(SourceRecordEntity, { customerId: mergedId });
    for (const record of moved) record.customerId = survivorId;
    const merge = tx.create(CustomerMergeEntity, {
      id: `mrg_${randomUUID()}`,
      survivorId,
      mergedId,
      sourceRecordIds: moved.map((record) => record.id),
      previousStatus: merged.status,
      mergedAt: new Date(),
      mergedBy: actor,
      reason,
    });
    merged.mergedInto = survivorId;
    merged.status = 'INACTIVE';
    merged.updatedAt = new Date();
    logChange(tx, mergedId, 'mergedInto', null, JSON.stringify(survivorId), actor, reason);
    await tx.flush();
    await recomputeGolden(tx, survivor, actor, reason);
    // The merged customer's lineage must no longer name the records that moved.
    await recomputeGolden(tx, merged, actor, reason);
    return merge;
  });
}

export async function unmergeCustomers(
  em: SqlEntityManager,
  mergeId: string,
  actor: string,
  reason: string,
): Promise<CustomerMerge> {
  return em.transactional(async (tx) => {
    const merge = await tx.findOne(CustomerMergeEntity, { id: mergeId });
    if (!merge) throw notFound(`no merge ${mergeId}`);
    if (merge.unmergedAt) throw badUserInput(`merge ${mergeId} was already undone`, 'mergeId');
    const [survivor, merged] = [await customerOrFail(tx, merge.survivorId), await customerOrFail(tx, merge.mergedId)];
    for (const record of await tx.find(SourceRecordEntity, { id: { $in: merge.sourceRecordIds } }))
      record.customerId = merged.id;
    merged.mergedInto = null;
    merged.status = merge.previousStatus;
    merged.updatedAt = new Date();
    merge.unmergedAt = new Date();
    merge.unmergedBy = actor;
    logChange(tx, merged.id, 'mergedInto', JSON.stringify(survivor.id), null, actor, reason);
    await tx.flush();
    await recomputeGolden(tx, survivor, actor, reason);
    await recomputeGolden(tx, merged, actor, reason);
    return merge;
  });
}

/** An approved held change joins the golden record; a rejected one stays out of it for good. */
async function releaseHeldAttributes(
  em: SqlEntityManager,
  review: MatchReview,
  approve: boolean,
  actor: string,
): Promise<void> {
  await em.transactional(async (tx) => {
    const record = await tx.findOne(SourceRecordEntity, { id: review.sourceRecordId });
    if (!record) throw notFound(`source record ${review.sourceRecordId} no longer exists`);
    if (approve) record.heldAttributes = null;
    else {
      // Drop the rejected value from the record as Custos keeps it; the source's next version may bring a better one.
      const path = SOURCE_MAPPINGS[record.sourceSystem].fields.billingAddress;
      if (path)
        record.payload = Object.fromEntries(
          Object.entries(record.payload).filter(([key]) => key !== path.split('.')[0]),
        );
      record.heldAttributes = null;
    }
    await tx.flush();
    await recomputeGolden(
      tx,
      await customerOrFail(tx, review.customerId),
      actor,
      `match review ${review.id} ${approve ? 'approved' : 'rejected'}`,
    );
  });
}

/** A steward's decision on a queued match: approving merges the provisional customer into the candidate. */
export async function decideMatchReview(
  em: SqlEntityManager,
  reviewId: string,
  approve: boolean,
  actor: string,
): Promise<MatchReview> {
  const review = await em.findOne(MatchReviewEntity, { id: reviewId });
  if (!review) throw notFound(`no match review ${reviewId}`);
  if (review.status !== 'PENDING') {
    throw badUserInput(`match review ${reviewId} was already ${review.status.toLowerCase()}`);
  }
  if (review.rule === 'ADDRESS_CHANGE') await releaseHeldAttributes(em, review, approve, actor);
  else if (approve)
    await mergeCustomers(em, review.candidateCustomerId, review.customerId, actor, `match review ${reviewId} approved`);
  review.status = approve ? 'APPROVED' : 'REJECTED';
  review.decidedBy = actor;
  review.decidedAt = new Date();
  await em.flush();
  return review;
}
