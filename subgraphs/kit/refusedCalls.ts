import { createHash, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { decodeJwt } from 'jose';
import type { AuditTrailClient } from '../../lib/auditTrailClient';
import type { BackgroundWork } from './backgroundWork';
import type { Logger } from '../../lib/logger';
import type { OperationPayload } from '../../lib/tokens/operationDigest';

/**
 * A request a subgraph refuses for want of a valid internal token (none, forged, replayed, minted
 * for another service or another request) is an attempt worth recording: it goes on the audit trail
 * as an ATTEMPT event signed by the refusing service, with what the caller claimed to be. Recording
 * never delays the refusal. A flood is recorded a few events a second, the rest counted into them.
 */

export interface RefusedCall {
  request: IncomingMessage;
  requestId: string;
  operation: OperationPayload;
  token: string | undefined;
  reason: string;
}

/** What an unverified token says about its caller: evidence, never trusted. */
function claimedBy(token: string | undefined): Record<string, unknown> | null {
  if (!token) return null;
  try {
    const { sub, svc, aud, rid, jti, iat } = decodeJwt(token);
    return { sub, svc, aud, rid, jti, iat };
  } catch {
    return { unreadable: true };
  }
}

export class RefusedCallRecorder {
  private second = 0;
  private recordedThisSecond = 0;
  private suppressed = 0;

  constructor(
    private readonly trail: AuditTrailClient,
    private readonly service: string,
    private readonly log: Logger,
    private readonly background: BackgroundWork,
    private readonly perSecond = 20,
  ) {}

  record(call: RefusedCall): void {
    const second = Math.floor(Date.now() / 1000);
    if (second !== this.second) {
      this.second = second;
      this.recordedThisSecond = 0;
    }
    if (this.recordedThisSecond >= this.perSecond) {
      this.suppressed += 1;
      return;
    }
    this.recordedThisSecond += 1;
    const alsoRefused = this.suppressed;
    this.suppressed = 0;
    const query = typeof call.operation.query === 'string' ? call.operation.query : '';
    const body = {
      service: this.service,
      requestId: call.requestId,
      reason: call.reason,
      remoteAddress: call.request.socket.remoteAddress ?? null,
      claimed: claimedBy(call.token),
      operation: {
        name: typeof call.operation.operationName === 'string' ? call.operation.operationName : null,
        hash: createHash('sha256').update(query).digest('hex'),
      },
      ...(alsoRefused > 0 ? { alsoRefused } : {}),
    };
    const recording = this.trail
      .append([{ id: `aud_${randomUUID()}`, kind: 'ATTEMPT', body }], call.requestId)
      .catch((error: Error) =>
        this.log.error(
          { err: error.message, requestId: call.requestId },
          'could not record a refused call on the audit trail',
        ),
      );
    this.background.track(recording);
  }
}
