import type { IncidentKind } from '../../../policies/incidentPlaybooks';
import type { IncidentStatus } from './incidentTimeline';

/**
 * Dedupe: a security event adds to the incident of its kind and subject that is not resolved and was
 * last seen at most the playbook's dedupe window before it; otherwise it opens a new incident. A
 * flood of one thing is one incident with a count, while the same thing a day later (or after the
 * incident was resolved) is a new one.
 */

export interface IncidentFacts {
  id: string;
  kind: IncidentKind;
  subject: string;
  status: IncidentStatus;
  lastSeenAt: Date;
}

export interface EventFacts {
  kind: IncidentKind;
  subject: string;
  /** When the event (its first occurrence, when several are reported together) happened. */
  at: Date;
}

/** The incident the event adds to, or undefined when it opens one. */
export function incidentToExtend<T extends IncidentFacts>(
  incidents: readonly T[],
  event: EventFacts,
  windowMinutes: number,
): T | undefined {
  const windowMs = windowMinutes * 60_000;
  return incidents
    .filter(
      (incident) =>
        incident.kind === event.kind &&
        incident.subject === event.subject &&
        incident.status !== 'RESOLVED' &&
        event.at.getTime() - incident.lastSeenAt.getTime() <= windowMs,
    )
    .reduce<T | undefined>(
      (latest, incident) => (!latest || incident.lastSeenAt > latest.lastSeenAt ? incident : latest),
      undefined,
    );
}
