import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, rowId, status } from '../../kit/entityProperties';
import type { IncidentKind, IncidentSeverity } from '../../../policies/incidentPlaybooks';

/**
 * A security incident: a security-relevant event (policies/incidentPlaybooks.ts) and its repeats
 * of the same kind and subject, with the severity and playbook it was opened with, until someone
 * resolves it. It names who or what it is about (a principal, a service, an event id), never a
 * classified value. Its notification to the incident webhook is kept here until it is delivered.
 */
export const SecurityIncidentEntity = defineEntity({
  name: 'SecurityIncident',
  tableName: 'security_incident',
  properties: (p) => ({
    id: rowId(),
    kind: p.string().length(32).$type<IncidentKind>(),
    severity: status<IncidentSeverity>(),
    playbookId: p.string().length(32),
    /** What it is about: `principal:<sub>`, `service:<name>`, `event:<id>`. */
    subject: p.string().length(256),
    /** The latest report's description (counts, limits, reasons: nothing classified). */
    detail: p.text(),
    /** The process whose report opened it: `gateway` or a subgraph's name. */
    reportedBy: p.string().length(32),
    status: status<'OPEN' | 'ACKNOWLEDGED' | 'RESOLVED'>(),
    /** Security events it stands for, the first included. */
    occurrences: p.integer(),
    openedAt: instant(),
    lastSeenAt: instant(),
    acknowledgedAt: instant().nullable(),
    acknowledgedBy: p.string().nullable(),
    resolvedAt: instant().nullable(),
    resolvedBy: p.string().nullable(),
    resolution: p.text().nullable(),
    /** When its state is next due at the incident webhook; null when nothing waits to be sent. */
    notifyDueAt: instant().nullable(),
    /** Deliveries failed in a row since the state now due changed. */
    notifyFailures: p.integer(),
    /** Timeline entries so far: the next entry's position is one more. */
    entries: p.integer(),
  }),
  indexes: [
    { properties: ['kind', 'subject', 'status'] },
    { properties: ['status', 'lastSeenAt'] },
    { properties: ['notifyDueAt'] },
  ],
});

export type SecurityIncident = InferEntity<typeof SecurityIncidentEntity>;
