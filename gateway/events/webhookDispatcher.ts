import { createHash, randomUUID } from 'node:crypto';
import type { Logger } from '../../lib/logger';
import { webhookSecret } from '../../lib/webhooks/webhookSecret';
import { signWebhook } from '../../lib/webhooks/webhookSignature';
import type { OperationExecutor } from '../operationExecutor';
import { CHANGE_FEED_QUERY, ChangeFeedRefused, changePageOf, type ChangePage } from './customerChanges';
import type { ClaimedDelivery, SettledDelivery, WebhookLedger } from './webhookLedgerClient';

/**
 * Delivers customer changes to webhook subscriptions. Every poll it takes the subscriptions with
 * changes due (under a lease, so of several gateways one delivers each), reads the changes after
 * each one's place as the subscription's own principal, and POSTs them, signed, in one JSON body.
 * A 2xx answer moves the subscription past them; anything else leaves it where it was, to be sent
 * the same changes again after a backoff the ledger keeps. At least once, in order: a receiver
 * dedupes by each event's id.
 */

export interface WebhookDispatcherOptions {
  ledger: WebhookLedger;
  /** Runs operations as the subscription's principal (webhook:<id>, its roles and regions). */
  executorFor(delivery: ClaimedDelivery): OperationExecutor;
  signingKey: string;
  pollMs: number;
  timeoutMs: number;
  retryBaseMs: number;
  /** Changes per delivery. */
  batch: number;
  log: Logger;
  onDelivered?(outcome: 'delivered' | 'failed'): void;
}

/** Subscriptions one poll takes at most. */
const CLAIM = 20;

/** What a failed POST is recorded as: a status or the kind of failure, never the receiver's answer. */
function failureOf(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') return `no answer within ${timeoutMs} ms`;
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  return `could not connect${typeof code === 'string' ? ` (${code})` : ''}`;
}

export class WebhookDispatcher {
  readonly id = `gateway-${randomUUID()}`;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: WebhookDispatcherOptions) {}

  start(): void {
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.polling;
  }

  /** One pass: every subscription due, delivered or failed and recorded. Answers whether a backlog is left. */
  async poll(): Promise<boolean> {
    const leaseMs = this.options.timeoutMs * 2 + 30_000;
    const claimed = await this.options.ledger.claim(this.id, leaseMs, CLAIM);
    const more = await Promise.all(claimed.map((delivery) => this.deliver(delivery)));
    return more.includes(true);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      let backlog = false;
      this.polling = this.poll()
        .then((more) => {
          backlog = more;
        })
        .catch((error: Error) =>
          this.options.log.warn({ err: error.message }, 'webhook dispatcher could not reach the subscriptions'),
        )
        // A receiver behind by more than a batch gets the next one at once, not a poll later.
        .finally(() => this.schedule(backlog ? 0 : this.options.pollMs));
    }, delayMs);
    this.timer.unref();
  }

  private async deliver(delivery: ClaimedDelivery): Promise<boolean> {
    const { outcome, more } = await this.send(delivery);
    this.options.onDelivered?.('deliveredThrough' in outcome ? 'delivered' : 'failed');
    if ('error' in outcome)
      this.options.log.warn({ subscription: delivery.subscriptionId, error: outcome.error }, 'webhook delivery failed');
    try {
      await this.options.ledger.settle(this.id, delivery.subscriptionId, outcome, this.options.retryBaseMs);
      return more && 'deliveredThrough' in outcome;
    } catch (error) {
      // Unrecorded, the lease runs out and the same changes are sent again: a receiver dedupes by event id.
      this.options.log.warn({ err: (error as Error).message }, 'webhook delivery could not be recorded');
      return false;
    }
  }

  private async send(delivery: ClaimedDelivery): Promise<{ outcome: SettledDelivery; more: boolean }> {
    const failed = (error: string) => ({ outcome: { error }, more: false });
    let page: ChangePage;
    try {
      const answer = await this.options.executorFor(delivery)(CHANGE_FEED_QUERY, {
        after: delivery.after,
        first: this.options.batch,
      });
      page = changePageOf(answer);
    } catch (error) {
      return failed(
        error instanceof ChangeFeedRefused ? `reading the changes: ${error.code}` : 'reading the changes failed',
      );
    }
    const through = page.endCursor ?? delivery.after;
    const delivered = { outcome: { deliveredThrough: through }, more: page.hasNextPage };
    // Changes it may not see at all (another region's customers) move it on without a POST.
    if (page.events.length === 0) return delivered;
    const body = JSON.stringify({
      type: 'customer.changes',
      subscriptionId: delivery.subscriptionId,
      events: page.events,
    });
    const messageId = `msg_${createHash('sha256').update(`${delivery.subscriptionId}|${delivery.after}|${through}`).digest('hex').slice(0, 32)}`;
    const secret = webhookSecret(this.options.signingKey, delivery.subscriptionId);
    try {
      const response = await fetch(delivery.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signWebhook(secret, messageId, new Date(), body) },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.body?.cancel();
      return response.ok ? delivered : failed(`HTTP ${response.status}`);
    } catch (error) {
      return failed(failureOf(error, this.options.timeoutMs));
    }
  }
}
