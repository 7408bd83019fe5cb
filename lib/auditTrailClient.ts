import type { AuditEvent } from './auditEvent';
import type { InternalTokenConfig } from './config';
import { signOrigin, type OriginSigner } from './crypto/origin';
import { AppendAuditEventsDocument } from './generated/auditTrail';
import { callInternal } from './internalGraphQLClient';

/**
 * A Custos process's line to the audit trail: appends events through the audit subgraph, each
 * signed for its origin (the gateway reports operations and alerts, a service refused calls), and
 * resolves only once they are committed; the trail gives them their time and place. A connection
 * that drops before any answer (an idle keep-alive socket the trail closed as the append went out)
 * is tried once more: the trail answers an event it already holds from the trail, so the retry
 * cannot write it twice. Any other failure is thrown, so the caller can fail closed.
 */

export class AuditUnavailableError extends Error {}

export interface AuditTrailClientOptions {
  url: () => string;
  internalToken: InternalTokenConfig;
  timeoutMs: number;
  /** This process's origin key; its name (gateway, customer, ...) is the service the calls are made as. */
  signer: OriginSigner;
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

export class AuditTrailClient {
  constructor(private readonly options: AuditTrailClientOptions) {}

  async append(events: AuditEvent[], requestId?: string): Promise<void> {
    const { signer } = this.options;
    const signed = events.map((event) => ({
      ...event,
      body: JSON.stringify(event.body),
      origin: signOrigin(event, signer),
    }));
    const call = () =>
      callInternal({
        url: this.options.url(),
        target: 'audit',
        service: signer.by,
        document: AppendAuditEventsDocument,
        variables: { events: signed },
        internalToken: this.options.internalToken,
        timeoutMs: this.options.timeoutMs,
        requestId,
      });
    let answer = await call();
    if (!answer.reached && !isTimeout(answer.error)) answer = await call();
    if (!answer.reached) throw new AuditUnavailableError(`the audit trail is unreachable: ${describe(answer.error)}`);
    if (!answer.ok || answer.errors || answer.data?.appendAuditEvents?.length !== events.length) {
      throw new AuditUnavailableError(
        `the audit trail refused the events (HTTP ${answer.status}${answer.errors ? `: ${answer.errors[0].message}` : ''})`,
      );
    }
  }
}
