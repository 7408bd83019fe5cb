import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, rowId } from '../../kit/entityProperties';

/**
 * A receiver of the customer change feed over signed webhooks. It reads the feed as a principal of
 * its own (`webhook:<id>`) with the roles and regions its owner gave it, never more than the owner
 * holds, so every value it receives is masked and audited as the owner's own reads would be. It
 * keeps its place in the feed: a delivery that fails is tried again from there, so nothing is
 * skipped and order is kept.
 */
export const WebhookSubscriptionEntity = defineEntity({
  name: 'WebhookSubscription',
  tableName: 'webhook_subscription',
  properties: (p) => ({
    id: rowId(),
    url: p.string().length(2048),
    description: p.text(),
    /** Who created it: the only one who may list or delete it. */
    owner: p.string(),
    /** The roles and regions it reads as, comma-separated. */
    roles: p.string().length(256),
    regions: p.string().length(256),
    createdAt: instant(),
    deletedAt: instant().nullable(),
    /** The sequence of the last change it received; it is sent the changes after it. */
    deliveredThrough: p.bigint('number'),
    lastDeliveredAt: instant().nullable(),
    /** Deliveries failed in a row since the last that succeeded. */
    failures: p.integer(),
    /** Why the latest delivery failed (a status or a code, never a received body). */
    lastError: p.text().nullable(),
    /** No delivery is tried before then (the backoff after a failure). */
    nextAttemptAt: instant(),
    /** The gateway delivering to it, and until when, so that of several gateways one delivers. */
    leasedBy: p.string().length(128).nullable(),
    leaseUntil: instant().nullable(),
  }),
  indexes: [{ properties: ['nextAttemptAt'] }, { properties: ['owner'] }],
});

export type WebhookSubscription = InferEntity<typeof WebhookSubscriptionEntity>;
