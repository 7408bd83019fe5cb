import { randomUUID } from 'node:crypto';
import type { IncidentConfig } from '../../../lib/config';
import type { Logger } from '../../../lib/logger';
import { webhookSecret } from '../../../lib/webhooks/webhookSecret';
import { signWebhook } from '../../../lib/webhooks/webhookSignature';
import type { Database } from '../../kit/database';
import type { BackgroundWork } from '../../kit/backgroundWork';
import { incidentPayload } from './incidentPayload';
import {
  claimDueNotifications,
  settleNotification,
  type ClaimedNotification,
  type DeliveryOutcome,
} from './incidentLedger';

/**
 * Posts incidents whose state is due to INCIDENT_WEBHOOK_URL, signed as the change webhooks are
 * (Standard Webhooks, lib/webhooks/) with a secret derived from WEBHOOK_SIGNING_KEY for the
 * subscription id `incidents`. It runs when an incident changes and, for retries after a backoff,
 * every INCIDENT_WEBHOOK_POLL_MS. What the receiver answered goes on the incident's timeline; a
 * receiver's body is never read.
 */

/** The subscription id the incident webhook's secret is derived for (webhookSecret). */
export const INCIDENT_WEBHOOK_ID = 'incidents';

/** Incidents claimed per pass. */
const CLAIM = 20;

export class IncidentNotifier {
  private timer: NodeJS.Timeout | undefined;
  private pass: Promise<void> | undefined;
  private again = false;
  private readonly secret: string | undefined;

  constructor(
    private readonly config: IncidentConfig,
    signingKey: string | undefined,
    private readonly database: Database,
    private readonly background: BackgroundWork,
    private readonly log: Logger,
  ) {
    this.secret = config.webhookUrl && signingKey ? webhookSecret(signingKey, INCIDENT_WEBHOOK_ID) : undefined;
  }

  /** Whether incidents are notified at all (INCIDENT_WEBHOOK_URL is set). */
  get enabled(): boolean {
    return this.secret !== undefined;
  }

  start(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => this.wake(), this.config.webhookPollMs);
    this.timer.unref();
    this.background.onSettle(() => this.wake());
  }

  /** Delivers what is due now, in the background; a pass under way makes one more after it. */
  wake(): void {
    if (!this.enabled) return;
    if (this.pass) {
      this.again = true;
      return;
    }
    this.pass = this.background.track(
      this.deliverDue()
        .catch((error: Error) => this.log.error({ err: error.message }, 'could not deliver incident notifications'))
        .finally(() => {
          this.pass = undefined;
          if (this.again) {
            this.again = false;
            this.wake();
          }
        }),
    );
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async deliverDue(): Promise<void> {
    for (;;) {
      const em = this.database.fork();
      const claims = await claimDueNotifications(em, this.config.webhookTimeoutMs * 2, CLAIM, new Date());
      if (claims.length === 0) return;
      for (const claim of claims) {
        const outcome = await this.send(claim);
        await settleNotification(
          em,
          claim,
          outcome,
          { retryBaseMs: this.config.webhookRetryMs, attempts: this.config.webhookAttempts },
          new Date(),
        );
      }
    }
  }

  private async send({ incident }: ClaimedNotification): Promise<DeliveryOutcome> {
    const body = JSON.stringify(incidentPayload(incident));
    try {
      const response = await fetch(this.config.webhookUrl as string, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signWebhook(this.secret as string, `${incident.id}.${randomUUID()}`, new Date(), body),
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(this.config.webhookTimeoutMs),
      });
      await response.body?.cancel();
      if (response.ok) return { delivered: true, status: response.status };
      return { delivered: false, error: `the webhook answered ${response.status}` };
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? 'did not answer in time' : 'could not be reached';
      this.log.warn({ incident: incident.id, reason }, 'an incident notification failed');
      return { delivered: false, error: `the webhook ${reason}` };
    }
  }
}
