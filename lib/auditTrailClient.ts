import type { AuditEvent } from './auditEvent';
import type { InternalTokenConfig } from './config';
import { signOrigin, type OriginSigner } from './crypto/origin';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from './tokens/internalToken';

/**
 * A Custos process's line to the audit trail: appends events through the audit subgraph, each
 * signed for its origin (the gateway reports operations and alerts, a service refused calls), and
 * resolves only once they are committed; the trail gives them their time and place. Any failure is
 * thrown, so the caller can fail closed.
 */

export class AuditUnavailableError extends Error {}

const APPEND = `mutation Append($events: [AuditEventInput!]!) { appendAuditEvents(events: $events) { id sequence } }`;

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
    const payload = { query: APPEND, variables: { events: signed } };
    const principal = { sub: `service:${signer.by}`, roles: [], regions: [], service: signer.by };
    const token = await mintInternalToken(
      this.options.internalToken,
      { principal, requestId },
      { target: 'audit', payload },
    );
    let response: Response;
    try {
      response = await fetch(this.options.url(), {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_TOKEN_HEADER]: token,
          ...(requestId ? { 'x-request-id': requestId } : {}),
        },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw new AuditUnavailableError(`the audit trail is unreachable: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => ({}))) as {
      data?: { appendAuditEvents?: unknown[] };
      errors?: { message: string }[];
    };
    if (!response.ok || body.errors || body.data?.appendAuditEvents?.length !== events.length) {
      throw new AuditUnavailableError(
        `the audit trail refused the events (HTTP ${response.status}${body.errors ? `: ${body.errors[0].message}` : ''})`,
      );
    }
  }
}
