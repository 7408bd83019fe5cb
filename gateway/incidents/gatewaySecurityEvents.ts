import { ReportSecurityEventsDocument } from '../../lib/incidents/generated/securityEvents';
import { SecurityEventReporter } from '../../lib/incidents/securityEventReporter';
import type { Logger } from '../../lib/logger';
import { callAuditAsGateway, type AuditServiceOptions } from '../auditServiceCall';

/** The gateway's line to the incidents: its security events, queued and sent to the audit subgraph as the gateway. */
export function gatewaySecurityEvents(audit: AuditServiceOptions, log: Logger): SecurityEventReporter {
  return new SecurityEventReporter({
    send: (events) => callAuditAsGateway(audit, 'the incident desk', ReportSecurityEventsDocument, { events }),
    log,
  });
}
