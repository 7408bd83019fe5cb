import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { WebhookSubscriptionEntity, type WebhookSubscription } from '../entities/WebhookSubscription';
import { recordFailure, resolveFailure } from '../exceptions/exceptionQueue';
import { latestChangeNumber } from '../changes/changeFeed';

/**
 * The webhook subscriptions and where each stands in the change feed, kept so that any number of
 * gateways deliver without two of them sending the same batch at once: a gateway takes a
 * subscription under a lease with an update that names the lease it saw, and only the holder may
 * settle it. A delivery that fails keeps the subscription where it was, so the same changes are
 * sent again, in order, after a backoff; from the third failure in a row the exception queue holds
 * the failing batch until a delivery of it succeeds.
 */

/** Failures in a row before the batch is kept in the exception queue. */
export const FAILURES_BEFORE_EXCEPTION = 3;
/** The longest a failing subscription waits between tries. */
export const MAX_BACKOFF_MS = 3_600_000;

export interface NewSubscription {
  url: string;
  description: string;
  owner: string;
  roles: readonly string[];
  regions: readonly string[];
}

/** A new subscription starts at the latest change: it is sent what changes from now on. */
export async function createSubscription(
  em: SqlEntityManager,
  fields: NewSubscription,
  now: Date,
): Promise<WebhookSubscription> {
  const subscription: WebhookSubscription = {
    id: `whk_${randomUUID()}`,
    url: fields.url,
    description: fields.description,
    owner: fields.owner,
    roles: fields.roles.join(','),
    regions: fields.regions.join(','),
    createdAt: now,
    deletedAt: null,
    deliveredThrough: await latestChangeNumber(em),
    lastDeliveredAt: null,
    failures: 0,
    lastError: null,
    nextAttemptAt: now,
    leasedBy: null,
    leaseUntil: null,
  };
  await em.insertMany(WebhookSubscriptionEntity, [subscription]);
  return subscription;
}

/** The item in the exception queue for the batch a subscription fails to deliver: the changes after its place. */
export function failingBatch(subscription: Pick<WebhookSubscription, 'id' | 'deliveredThrough'>): string {
  return `${subscription.id}@${subscription.deliveredThrough}`;
}

export function subscriptionOfBatch(reference: string): string {
  return reference.split('@')[0];
}

/** Subscriptions with changes after their place and no delivery under way or waiting for its backoff. */
export async function claimDeliveries(
  em: SqlEntityManager,
  runner: string,
  leaseMs: number,
  max: number,
  now: Date,
): Promise<WebhookSubscription[]> {
  const latest = await latestChangeNumber(em);
  const due = await em.find(
    WebhookSubscriptionEntity,
    {
      deletedAt: null,
      nextAttemptAt: { $lte: now },
      deliveredThrough: { $lt: latest },
      $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }],
    },
    { orderBy: { nextAttemptAt: 'asc' }, limit: max, disableIdentityMap: true },
  );
  const leaseUntil = new Date(now.getTime() + leaseMs);
  const won: WebhookSubscription[] = [];
  for (const subscription of due) {
    const taken = await em.nativeUpdate(
      WebhookSubscriptionEntity,
      { id: subscription.id, leaseUntil: subscription.leaseUntil, leasedBy: subscription.leasedBy },
      { leasedBy: runner, leaseUntil },
    );
    if (taken === 1) won.push({ ...subscription, leasedBy: runner, leaseUntil });
  }
  return won;
}

export type DeliveryOutcome = { deliveredThrough: number } | { error: string };

/** Records how a delivery ended; false when the runner no longer held the subscription (nothing recorded). */
export async function settleDelivery(
  em: SqlEntityManager,
  runner: string,
  subscriptionId: string,
  outcome: DeliveryOutcome,
  retryBaseMs: number,
  now: Date,
): Promise<boolean> {
  const subscription = await em.findOne(
    WebhookSubscriptionEntity,
    { id: subscriptionId, leasedBy: runner },
    { disableIdentityMap: true },
  );
  if (!subscription) return false;
  const released = { leasedBy: null, leaseUntil: null };
  if ('deliveredThrough' in outcome) {
    await em.nativeUpdate(
      WebhookSubscriptionEntity,
      { id: subscriptionId },
      {
        ...released,
        deliveredThrough: Math.max(subscription.deliveredThrough, outcome.deliveredThrough),
        lastDeliveredAt: now,
        failures: 0,
        lastError: null,
        nextAttemptAt: now,
      },
    );
    if (subscription.failures >= FAILURES_BEFORE_EXCEPTION)
      await resolveFailure(em, 'WEBHOOK', failingBatch(subscription), runner, `delivered at ${now.toISOString()}`, now);
    return true;
  }
  const failures = subscription.failures + 1;
  const backoff = (attempts: number) => Math.min(retryBaseMs * 2 ** (attempts - 1), MAX_BACKOFF_MS);
  const nextAttemptAt = new Date(now.getTime() + backoff(failures));
  await em.nativeUpdate(
    WebhookSubscriptionEntity,
    { id: subscriptionId },
    { ...released, failures, lastError: outcome.error, nextAttemptAt },
  );
  if (failures >= FAILURES_BEFORE_EXCEPTION)
    await recordFailure(
      em,
      {
        source: 'WEBHOOK',
        subject: `webhook:${subscription.id}`,
        reference: failingBatch(subscription),
        payloadRef: `customerChanges after sequence ${subscription.deliveredThrough}, as webhook:${subscription.id}`,
        error: outcome.error,
      },
      now,
      () => nextAttemptAt,
    );
  return true;
}
