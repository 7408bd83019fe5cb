import type { AuditEvent } from './auditEvent';
import type { InternalTokenConfig } from './config';
import { signOrigin, type OriginSigner } from './crypto/origin';
import { AppendAuditEventsDocument } from './generated/auditTrail';
import { callInternal } from './internalGraphQLClient';

/**
 * A Custos process's line to the audit trail: appends events through the audit subgraph, each
 * signed for its origin (the gateway reports operations and alerts, a service refused calls), and
 * resolves only once they are committed; the trail gives them their time and place. Any failure is
 * thrown, so the caller can fail closed.
 */

export class AuditUnavailableError extends Error {}

export interface AuditTrailClientOptions {
  url: () => string;
  internalToken: InternalTokenConfig;
  timeoutMs: number;
  /** This process's origin key; its name (gateway, customer, ...) is the service the calls are made as. */
  signer: OriginSigner;
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
    const answer = await callInternal({
      url: this.options.url(),
      target: 'audit',
      service: signer.by,
      document: AppendAuditEventsDocument,
      variables: { events: signed },
      internalToken: this.options.internalToken,
      timeoutMs: this.options.timeoutMs,
      requestId,
    });
    if (!answer.reached) throw new AuditUnavailableError(`the audit trail is unreachable: ${answer.error.message}`);
    if (!answer.ok || answer.errors || answer.data?.appendAuditEvents?.length !== events.length) {
      throw new AuditUnavailableError(
        `the audit trail refused the events (HTTP ${answer.status}${answer.errors ? `: ${answer.errors[0].message}` : ''})`,
      );
    }
  }
}
