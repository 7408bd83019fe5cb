import type { Logger } from '../logger';
import type { IncidentKind, SecurityEventInput } from './generated/securityEvents';

/**
 * How a Custos process reports security events to the audit subgraph's incidents without the request
 * that noticed one waiting or failing: `report` only queues. The queue coalesces events of the same
 * kind and subject into one with a count, holds at most `maxQueued` of them (more are dropped and
 * logged), and is sent as one call at a time, at most one per `minIntervalMs`: a flood of refused
 * requests becomes a trickle of calls, each counting what it stands for. A call that fails is
 * logged (kinds and counts only) and its events dropped: incidents are evidence, not a queue that
 * may grow without bound while the audit service is away.
 */

export interface SecurityEventReport {
  kind: IncidentKind;
  /** `principal:<sub>`, `service:<name>`, `event:<id>`: never a classified value. */
  subject: string;
  /** Counts, limits, reasons: never a classified value nor a secret. */
  detail: string;
}

export interface SecurityEventReporterOptions {
  /** Sends one report of events to the audit subgraph; rejects when it was not recorded. Required. */
  send(events: SecurityEventInput[]): Promise<unknown>;
  /** Where a failed report is logged. Required. */
  log: Logger;
  /** Distinct kinds and subjects waiting at most; default 100. */
  maxQueued?: number;
  /** The least time between two reports' starts; default 1000 ms. */
  minIntervalMs?: number;
  /** Follows each report sent until it settles (a subgraph's BackgroundWork); default none. */
  track?(work: Promise<unknown>): void;
}

interface Queued {
  kind: IncidentKind;
  subject: string;
  detail: string;
  occurrences: number;
  firstAt: Date;
  lastAt: Date;
}

export class SecurityEventReporter {
  private readonly queued = new Map<string, Queued>();
  private sending: Promise<unknown> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private lastSentAt = 0;
  private dropped = 0;
  private readonly maxQueued: number;
  private readonly minIntervalMs: number;

  constructor(private readonly options: SecurityEventReporterOptions) {
    this.maxQueued = options.maxQueued ?? 100;
    this.minIntervalMs = options.minIntervalMs ?? 1000;
  }

  /** Queues an event; never throws, never waits. */
  report(event: SecurityEventReport, at = new Date()): void {
    const key = `${event.kind}\u0000${event.subject}`;
    const waiting = this.queued.get(key);
    if (waiting) {
      waiting.occurrences += 1;
      waiting.lastAt = at;
      waiting.detail = event.detail;
    } else if (this.queued.size >= this.maxQueued) {
      this.dropped += 1;
      return;
    } else {
      this.queued.set(key, { ...event, occurrences: 1, firstAt: at, lastAt: at });
    }
    this.schedule();
  }

  /** Sends what is queued now, without waiting for the interval; resolves once nothing is queued or in flight. */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    while (this.sending || this.queued.size > 0) {
      if (this.sending) await this.sending;
      else this.sendQueued();
    }
  }

  private schedule(): void {
    if (this.sending || this.timer) return;
    const wait = this.lastSentAt + this.minIntervalMs - Date.now();
    if (wait <= 0) return this.sendQueued();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.sendQueued();
    }, wait);
    this.timer.unref();
  }

  private sendQueued(): void {
    if (this.queued.size === 0) return;
    const events = [...this.queued.values()];
    this.queued.clear();
    if (this.dropped > 0) {
      this.options.log.warn({ dropped: this.dropped }, 'security events dropped: the report queue was full');
      this.dropped = 0;
    }
    this.lastSentAt = Date.now();
    const sending = this.options
      .send(
        events.map((event) => ({
          ...event,
          firstAt: event.firstAt.toISOString(),
          lastAt: event.lastAt.toISOString(),
        })),
      )
      .catch((error: Error) =>
        this.options.log.error(
          {
            err: error.message,
            kinds: events.map((event) => event.kind),
            occurrences: events.map((e) => e.occurrences),
          },
          'could not report security events',
        ),
      )
      .finally(() => {
        this.sending = undefined;
        if (this.queued.size > 0) this.schedule();
      });
    this.sending = sending;
    this.options.track?.(sending);
  }
}
