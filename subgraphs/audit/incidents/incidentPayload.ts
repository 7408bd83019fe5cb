import { playbookOf } from '../../../policies/incidentPlaybooks';
import type { SecurityIncident } from '../entities/SecurityIncident';

/**
 * What the incident webhook receives: the incident's state, by the same names the graph uses. It
 * is made of the incident's own fields only (kind, subject, counts, times), none of which holds a
 * classified value; the detail text stays in Custos, readable through the graph by those granted.
 */
export interface IncidentPayload {
  type: 'custos.incident';
  id: string;
  kind: string;
  severity: string;
  playbook: { id: string; title: string; url: string };
  subject: string;
  status: string;
  occurrences: number;
  openedAt: string;
  lastSeenAt: string;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  resolvedAt: string | null;
  resolvedBy: string | null;
}

export function incidentPayload(incident: SecurityIncident): IncidentPayload {
  const { playbook } = playbookOf(incident.kind);
  return {
    type: 'custos.incident',
    id: incident.id,
    kind: incident.kind,
    severity: incident.severity,
    playbook: { ...playbook, id: incident.playbookId },
    subject: incident.subject,
    status: incident.status,
    occurrences: incident.occurrences,
    openedAt: incident.openedAt.toISOString(),
    lastSeenAt: incident.lastSeenAt.toISOString(),
    acknowledgedAt: incident.acknowledgedAt?.toISOString() ?? null,
    acknowledgedBy: incident.acknowledgedBy ?? null,
    resolvedAt: incident.resolvedAt?.toISOString() ?? null,
    resolvedBy: incident.resolvedBy ?? null,
  };
}
