import type { IncomingMessage } from 'node:http';
import type { InternalTokenConfig } from '../../lib/config';
import { ReportSecurityEventsDocument } from '../../lib/incidents/generated/securityEvents';
import { SecurityEventReporter } from '../../lib/incidents/securityEventReporter';
import { callInternal } from '../../lib/internalGraphQLClient';
import type { Logger } from '../../lib/logger';
import type { BackgroundWork } from './backgroundWork';

/**
 * A subgraph refusing a request without a valid internal token reports a FORGED_INTERNAL_REQUEST
 * security event about itself, beside the ATTEMPT event the refused-call recorder writes on the
 * trail: the trail keeps the evidence, the incident calls a responder. Reports are queued and
 * coalesced (lib/incidents/securityEventReporter.ts), so a flood is a few calls, not a flood of them.
 */

export interface ForgedRequestReporterOptions {
  /** The refusing subgraph, which reports as itself. */
  service: string;
  auditUrl: () => string;
  internalToken: InternalTokenConfig;
  timeoutMs: number;
  log: Logger;
  background: BackgroundWork;
}

export interface ForgedRequestReporter {
  refused(request: IncomingMessage, reason: string): void;
}

export function forgedRequestReporter(options: ForgedRequestReporterOptions): ForgedRequestReporter {
  const { service, log, background } = options;
  const reporter = new SecurityEventReporter({
    send: async (events) => {
      const answer = await callInternal({
        url: options.auditUrl(),
        target: 'audit',
        service,
        document: ReportSecurityEventsDocument,
        variables: { events },
        internalToken: options.internalToken,
        timeoutMs: options.timeoutMs,
      });
      if (!answer.reached) throw answer.error;
      if (!answer.data || answer.errors?.length)
        throw new Error(`the audit subgraph refused the report: ${answer.errors?.map((e) => e.message).join('; ')}`);
    },
    log,
    track: (work) => background.track(work),
  });
  background.onSettle(() => void reporter.flush());
  return {
    refused(request, reason) {
      reporter.report({
        kind: 'FORGED_INTERNAL_REQUEST',
        subject: `service:${service}`,
        detail: `refused a request without a valid internal token (${reason}) from ${request.socket.remoteAddress ?? 'an unknown address'}`,
      });
    },
  };
}
