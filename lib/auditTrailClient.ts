import { SpanStatusCode, context, trace, type Context, type Span } from '@opentelemetry/api';
import type { AuditEvent } from './auditEvent';
import type { InternalTokenConfig } from './config';
import { signOrigin, type OriginSigner } from './crypto/origin';
import { AppendAuditEventsDocument } from './generated/auditTrail';
import { callInternal } from './internalGraphQLClient';
import { AUDIT_EVENTS, AUDIT_OUTCOME, AUDIT_SHARED_BY } from './telemetry/spanAttributes';
import type { Tracing } from './telemetry/tracing';

/**
 * A Custos process's line to the audit trail: appends events through the audit subgraph, each
 * signed for its origin (the gateway reports operations and alerts, a service refused calls), and
 * resolves only once they are committed; the trail gives them their time and place.
 *
 * Appends share calls: while one call is on its way, the appends that arrive wait and then go
 * together in the next, so a busy gateway makes one call per round trip rather than one per
 * request (each caller still waits for its own events to be committed). If the trail refuses a
 * shared call, each caller's events are sent again on their own, so one refused event never costs
 * another request its answer. A connection that drops before any answer (an idle keep-alive socket
 * the trail closed as the append went out) is tried once more: the trail answers an event it
 * already holds from the trail, so the retry cannot write it twice. Any other failure is thrown, so
 * the caller can fail closed.
 *
 * Traced, each append is a span of its own, from the call until its events are committed. A shared
 * call continues the trace of its first caller's append; the others' spans link to that one.
 */

export class AuditUnavailableError extends Error {}

/** The trail answered, and refused what it was sent. */
class AuditRefusedError extends AuditUnavailableError {}

export interface AuditTrailClientOptions {
  url: () => string;
  internalToken: InternalTokenConfig;
  timeoutMs: number;
  /** This process's origin key; its name (gateway, customer, ...) is the service the calls are made as. */
  signer: OriginSigner;
  /** Told how long each call took and whether the trail committed it (the gateway's metrics). */
  observe?: (seconds: number, committed: boolean) => void;
  /** This process's traces. Default: none. */
  tracing?: Tracing;
}

/** A timed-out append may still be running at the trail; waiting as long again would only double the wait. */
function isTimeout(error: Error): boolean {
  return error.name === 'TimeoutError' || error.name === 'AbortError';
}

/** fetch says only "fetch failed"; the operator needs the cause (ECONNREFUSED, a closed socket, ...). */
function describe(error: Error): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause ? `${error.message} (${[cause.code, cause.message].filter(Boolean).join(': ')})` : error.message;
}

type SignedEvent = Omit<AuditEvent, 'body'> & { body: string; origin: ReturnType<typeof signOrigin> };

interface PendingAppend {
  events: SignedEvent[];
  requestId?: string;
  /** The trace the append was made in: a call made for it continues it. */
  context: Context;
  span?: Span;
  resolve(): void;
  reject(error: Error): void;
}

/** Events one shared call carries at most; a caller's own events are never split. */
const MAX_SHARED_EVENTS = 500;

export class AuditTrailClient {
  private readonly waiting: PendingAppend[] = [];
  private sending = false;

  constructor(private readonly options: AuditTrailClientOptions) {}

  append(events: AuditEvent[], requestId?: string): Promise<void> {
    const { signer } = this.options;
    const signed = events.map((event) => ({
      ...event,
      body: JSON.stringify(event.body),
      origin: signOrigin(event, signer),
    }));
    const { tracing } = this.options;
    if (!tracing?.enabled) return this.enqueue({ events: signed, requestId, context: context.active() });
    const span = tracing.tracer.startSpan('audit append', { attributes: { [AUDIT_EVENTS]: events.length } });
    return this.enqueue({ events: signed, requestId, context: trace.setSpan(context.active(), span), span }).then(
      () => {
        span.setAttribute(AUDIT_OUTCOME, 'committed');
        span.end();
      },
      (error: unknown) => {
        span.setAttribute(AUDIT_OUTCOME, 'failed');
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
        throw error;
      },
    );
  }

  private enqueue(append: Omit<PendingAppend, 'resolve' | 'reject'>): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ ...append, resolve, reject });
      if (!this.sending) void this.sendWaiting();
    });
  }

  private async sendWaiting(): Promise<void> {
    this.sending = true;
    while (this.waiting.length > 0) {
      const shared = this.takeShared();
      const [first] = shared;
      for (const pending of shared) {
        pending.span?.setAttribute(AUDIT_SHARED_BY, shared.length);
        if (pending !== first && first.span) pending.span?.addLink({ context: first.span.spanContext() });
      }
      try {
        // A shared call serves several requests: it is logged under none of their ids (each event names its own).
        const requestId = shared.length === 1 ? shared[0].requestId : undefined;
        await context.with(first.context, () =>
          this.send(
            shared.flatMap((pending) => pending.events),
            requestId,
          ),
        );
        for (const pending of shared) pending.resolve();
      } catch (error) {
        if (shared.length === 1 || !(error instanceof AuditRefusedError)) {
          for (const pending of shared) pending.reject(error as Error);
        } else {
          await Promise.all(
            shared.map((pending) =>
              context
                .with(pending.context, () => this.send(pending.events, pending.requestId))
                .then(pending.resolve, pending.reject),
            ),
          );
        }
      }
    }
    this.sending = false;
  }

  private takeShared(): PendingAppend[] {
    const shared = [this.waiting.shift() as PendingAppend];
    let size = shared[0].events.length;
    while (this.waiting.length > 0 && size + this.waiting[0].events.length <= MAX_SHARED_EVENTS) {
      const next = this.waiting.shift() as PendingAppend;
      shared.push(next);
      size += next.events.length;
    }
    return shared;
  }

  private async send(events: SignedEvent[], requestId: string | undefined): Promise<void> {
    const started = performance.now();
    try {
      await this.sendOnce(events, requestId);
      this.options.observe?.((performance.now() - started) / 1000, true);
    } catch (error) {
      this.options.observe?.((performance.now() - started) / 1000, false);
      throw error;
    }
  }

  private async sendOnce(events: SignedEvent[], requestId: string | undefined): Promise<void> {
    const call = () =>
      callInternal({
        url: this.options.url(),
        target: 'audit',
        service: this.options.signer.by,
        document: AppendAuditEventsDocument,
        variables: { events },
        internalToken: this.options.internalToken,
        timeoutMs: this.options.timeoutMs,
        requestId,
        tracing: this.options.tracing,
      });
    let answer = await call();
    if (!answer.reached && !isTimeout(answer.error)) answer = await call();
    if (!answer.reached) throw new AuditUnavailableError(`the audit trail is unreachable: ${describe(answer.error)}`);
    if (!answer.ok || answer.errors || answer.data?.appendAuditEvents?.length !== events.length) {
      throw new AuditRefusedError(
        `the audit trail refused the events (HTTP ${answer.status}${answer.errors ? `: ${answer.errors[0].message}` : ''})`,
      );
    }
  }
}
