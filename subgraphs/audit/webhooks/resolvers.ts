import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput, notFound, serviceUnavailable } from '../../../lib/errors';
import { requiredText } from '../../../lib/textInput';
import { webhookSecret } from '../../../lib/webhooks/webhookSecret';
import { webhookUrlProblem } from '../../../lib/webhooks/webhookUrl';
import { inTransaction } from '../../kit/transaction';
import { changeCursor, changeNumberOf } from '../changes/changeFeed';
import { ExceptionItemEntity } from '../entities/ExceptionItem';
import { WebhookSubscriptionEntity, type WebhookSubscription } from '../entities/WebhookSubscription';
import type { Resolvers } from '../generated/resolvers';
import { claimDeliveries, createSubscription, settleDelivery } from './webhookLedger';
import { subscriberRights } from './subscriberRights';

/** Webhook subscriptions through the graph: their owners make, read and end them; the gateways' dispatchers deliver. */

const MAX_SUBSCRIPTIONS_PER_OWNER = 10;
const MAX_RUNNER_CHARS = 128;
const MAX_ERROR_CHARS = 500;
const MAX_CLAIM = 100;
const MIN_LEASE_MS = 1000;
const MAX_LEASE_MS = 3_600_000;

/** A subscription as the graph shows it. */
function view(subscription: WebhookSubscription) {
  return {
    ...subscription,
    roles: subscription.roles.split(','),
    regions: subscription.regions.split(','),
    deliveredThrough: changeCursor(subscription.deliveredThrough),
  };
}

function checkedRunner(runner: string): string {
  if (runner.length === 0 || runner.length > MAX_RUNNER_CHARS)
    throw badUserInput(`a runner is named in 1 to ${MAX_RUNNER_CHARS} characters`, 'runner');
  return runner;
}

/** Ends a subscription; its failing batches will not be delivered any more, so their items close saying why. */
async function endSubscription(
  em: SqlEntityManager,
  subscription: WebhookSubscription,
  by: string,
  why: string,
): Promise<WebhookSubscription> {
  const now = new Date();
  return inTransaction(em, async (tx) => {
    await tx.nativeUpdate(
      WebhookSubscriptionEntity,
      { id: subscription.id },
      { deletedAt: now, leasedBy: null, leaseUntil: null },
    );
    await tx.nativeUpdate(
      ExceptionItemEntity,
      { source: 'WEBHOOK', subject: `webhook:${subscription.id}`, status: 'OPEN' },
      { status: 'DISMISSED', nextAttemptAt: null, resolvedAt: now, resolvedBy: by, resolution: why },
    );
    return { ...subscription, deletedAt: now };
  });
}

export const webhookResolvers: Resolvers = {
  Query: {
    allWebhookSubscriptions: async (_root, _args, { em }) =>
      (await em.find(WebhookSubscriptionEntity, { deletedAt: null }, { orderBy: { createdAt: 'asc', id: 'asc' } })).map(
        view,
      ),
    webhookSubscriptions: async (_root, _args, { em, principal }) =>
      (
        await em.find(
          WebhookSubscriptionEntity,
          { owner: principal.sub, deletedAt: null },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        )
      ).map(view),
  },

  Mutation: {
    createWebhookSubscription: async (_root, { input }, { em, principal, config }) => {
      const signingKey = config.changeEvents.signingKey;
      if (!signingKey) throw serviceUnavailable('Webhooks are not set up here: WEBHOOK_SIGNING_KEY is not configured');
      const problem = webhookUrlProblem(input.url, config.production);
      if (problem) throw badUserInput(`url ${problem}`, 'url');
      const description = requiredText(input.description, 'description', 500);
      const rights = subscriberRights(principal, input);
      // Each subscription reads the feed on every change: one person's receivers stay few.
      const held = await em.count(WebhookSubscriptionEntity, { owner: principal.sub, deletedAt: null });
      if (held >= MAX_SUBSCRIPTIONS_PER_OWNER)
        throw badUserInput(
          `you hold ${held} webhook subscriptions, the most one person may; delete one you no longer need`,
          'input',
        );
      const subscription = await createSubscription(
        em,
        { url: input.url, description, owner: principal.sub, ...rights },
        new Date(),
      );
      return { subscription: view(subscription), secret: webhookSecret(signingKey, subscription.id) };
    },

    deleteWebhookSubscription: async (_root, { id }, { em, principal }) => {
      const subscription = await em.findOne(
        WebhookSubscriptionEntity,
        { id, owner: principal.sub, deletedAt: null },
        { disableIdentityMap: true },
      );
      if (!subscription) throw notFound(`You have no webhook subscription ${id}`);
      return view(await endSubscription(em, subscription, principal.sub, 'its owner deleted the subscription'));
    },

    revokeWebhookSubscription: async (_root, { id, reason }, { em, principal }) => {
      const why = requiredText(reason, 'reason', 1000);
      const subscription = await em.findOne(
        WebhookSubscriptionEntity,
        { id, deletedAt: null },
        { disableIdentityMap: true },
      );
      if (!subscription) throw notFound(`No live webhook subscription ${id}`);
      return view(await endSubscription(em, subscription, principal.sub, `revoked: ${why}`));
    },

    claimWebhookDeliveries: async (_root, args, { em }) => {
      if (!Number.isInteger(args.leaseMs) || args.leaseMs < MIN_LEASE_MS || args.leaseMs > MAX_LEASE_MS)
        throw badUserInput(`a lease lasts ${MIN_LEASE_MS} to ${MAX_LEASE_MS} ms`, 'leaseMs');
      if (!Number.isInteger(args.max) || args.max < 1 || args.max > MAX_CLAIM)
        throw badUserInput(`claim 1 to ${MAX_CLAIM} subscriptions`, 'max');
      const claimed = await claimDeliveries(em, checkedRunner(args.runner), args.leaseMs, args.max, new Date());
      return claimed.map((subscription) => ({
        ...view(subscription),
        subscriptionId: subscription.id,
        after: changeCursor(subscription.deliveredThrough),
      }));
    },

    settleWebhookDelivery: async (_root, args, { em }) => {
      if ((args.deliveredThrough == null) === (args.error == null))
        throw badUserInput('a delivery either went through (deliveredThrough) or failed (error)', 'error');
      if (!Number.isInteger(args.retryBaseMs) || args.retryBaseMs < 1)
        throw badUserInput('retryBaseMs is a positive number of milliseconds', 'retryBaseMs');
      const outcome =
        args.deliveredThrough != null
          ? { deliveredThrough: changeNumberOf(args.deliveredThrough, 'deliveredThrough') }
          : { error: (args.error ?? '').slice(0, MAX_ERROR_CHARS) };
      return inTransaction(em, (tx) =>
        settleDelivery(tx, checkedRunner(args.runner), args.subscriptionId, outcome, args.retryBaseMs, new Date()),
      );
    },
  },
};
