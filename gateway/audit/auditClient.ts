import type { InternalTokenConfig } from '../../lib/config';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '../../lib/tokens/internalToken';

/**
 * The gateway's line to the audit trail: appends events through the audit subgraph and resolves
 * only once they are committed. Any failure is thrown, so the caller can fail closed.
 */

export interface AuditEventDraft {
  id: string;
  at: string;
  kind: 'OPERATION' | 'ALERT';
  body: Record<string, unknown>;
}

export class AuditUnavailableError extends Error {}

const APPEND = `mutation Append($events: [AuditEventInput!]!) { appendAuditEvents(events: $events) { id sequence } }`;
const GATEWAY_SERVICE = { sub: 'service:gateway', roles: [], regions: [], service: 'gateway' };

export class AuditClient {
  constructor(private readonly options: { url: () => string; internalToken: InternalTokenConfig; timeoutMs: number }) {}

  async append(events: AuditEventDraft[], requestId?: string): Promise<void> {
    const token = await mintInternalToken(this.options.internalToken, { principal: GATEWAY_SERVICE, requestId });
    let response: Response;
    try {
      response = await fetch(this.options.url(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token, ...(requestId ? { 'x-request-id': requestId } : {}) },
        body: JSON.stringify({ query: APPEND, variables: { events: events.map((e) => ({ ...e, body: JSON.stringify(e.body) })) } }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw new AuditUnavailableError(`the audit trail is unreachable: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => ({}))) as { data?: { appendAuditEvents?: unknown[] }; errors?: { message: string }[] };
    if (!response.ok || body.errors || body.data?.appendAuditEvents?.length !== events.length) {
      throw new AuditUnavailableError(`the audit trail refused the events (HTTP ${response.status}${body.errors ? `: ${body.errors[0].message}` : ''})`);
    }
  }
}
