import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput, notFound } from '../../../lib/errors';
import { playbookOf, type IncidentKind } from '../../../policies/incidentPlaybooks';
import { SecurityIncidentEntity, type SecurityIncident } from '../entities/SecurityIncident';
import { SecurityIncidentEntryEntity } from '../entities/SecurityIncidentEntry';
import { inTransaction } from '../../kit/transaction';
import { incidentToExtend } from './incidentDedupe';
import type { IncidentEntryKind } from './incidentTimeline';
import { nextNotificationAt } from './notificationBackoff';

/**
 * The incidents as stored: security events recorded (a new incident, or a repeat counted into the
 * open one), responders acknowledging and resolving, and the incident webhook's deliveries, each
 * step written with its timeline entry in one transaction. An incident whose state changed (opened,
 * acknowledged, resolved) is due at the webhook; a delivery claims it under a lease, so that of
 * several audit instances one sends it.
 */

export interface SecurityEvent {
  kind: IncidentKind;
  subject: string;
  detail: string;
  /** Events of this kind and subject the reporter counted together. */
  occurrences: number;
  firstAt: Date;
  lastAt: Date;
}

interface Entry {
  kind: IncidentEntryKind;
  at: Date;
  actor: string;
  occurrences: number;
  note: string | null;
}

async function addEntry(tx: SqlEntityManager, incident: SecurityIncident, entry: Entry): Promise<void> {
  const position = incident.entries + 1;
  await tx.insertMany(SecurityIncidentEntryEntity, [
    { id: `ine_${randomUUID()}`, incidentId: incident.id, position, ...entry },
  ]);
  incident.entries = position;
}

async function openIncident(
  tx: SqlEntityManager,
  event: SecurityEvent,
  reportedBy: string,
  notify: boolean,
): Promise<SecurityIncident> {
  const playbook = playbookOf(event.kind);
  const incident: SecurityIncident = {
    id: `inc_${randomUUID()}`,
    kind: event.kind,
    severity: playbook.severity,
    playbookId: playbook.playbook.id,
    subject: event.subject,
    detail: event.detail,
    reportedBy,
    status: 'OPEN',
    occurrences: event.occurrences,
    openedAt: event.firstAt,
    lastSeenAt: event.lastAt,
    acknowledgedAt: null,
    acknowledgedBy: null,
    resolvedAt: null,
    resolvedBy: null,
    resolution: null,
    notifyDueAt: notify ? event.lastAt : null,
    notifyFailures: 0,
    entries: 0,
  };
  await tx.insertMany(SecurityIncidentEntity, [incident]);
  await addEntry(tx, incident, {
    kind: 'OPENED',
    at: event.firstAt,
    actor: reportedBy,
    occurrences: event.occurrences,
    note: event.detail,
  });
  await tx.nativeUpdate(SecurityIncidentEntity, { id: incident.id }, { entries: incident.entries });
  return incident;
}

async function addOccurrences(
  tx: SqlEntityManager,
  incident: SecurityIncident,
  event: SecurityEvent,
  reportedBy: string,
): Promise<SecurityIncident> {
  const lastSeenAt = event.lastAt > incident.lastSeenAt ? event.lastAt : incident.lastSeenAt;
  const occurrences = incident.occurrences + event.occurrences;
  await addEntry(tx, incident, {
    kind: 'OCCURRED',
    at: event.lastAt,
    actor: reportedBy,
    occurrences: event.occurrences,
    note: event.detail,
  });
  await tx.nativeUpdate(
    SecurityIncidentEntity,
    { id: incident.id },
    { occurrences, lastSeenAt, detail: event.detail, entries: incident.entries },
  );
  return { ...incident, occurrences, lastSeenAt, detail: event.detail };
}

/**
 * Records reported security events, in order: each adds to the open incident of its kind and
 * subject within the playbook's dedupe window, or opens one (due at the webhook when `notify`).
 * Answers the incidents as they now stand, one per event.
 */
export async function recordSecurityEvents(
  em: SqlEntityManager,
  events: readonly SecurityEvent[],
  reportedBy: string,
  notify: boolean,
): Promise<SecurityIncident[]> {
  return inTransaction(em, async (tx) => {
    const recorded: SecurityIncident[] = [];
    for (const event of events) {
      const candidates = await tx.find(
        SecurityIncidentEntity,
        { kind: event.kind, subject: event.subject, status: { $ne: 'RESOLVED' } },
        { disableIdentityMap: true },
      );
      const open = incidentToExtend(
        candidates,
        { kind: event.kind, subject: event.subject, at: event.firstAt },
        playbookOf(event.kind).dedupeWindowMinutes,
      );
      recorded.push(
        open ? await addOccurrences(tx, open, event, reportedBy) : await openIncident(tx, event, reportedBy, notify),
      );
    }
    return recorded;
  });
}

export async function findIncident(em: SqlEntityManager, id: string): Promise<SecurityIncident> {
  const incident = await em.findOne(SecurityIncidentEntity, { id }, { disableIdentityMap: true });
  if (!incident) throw notFound(`no incident ${id}`);
  return incident;
}

export type Response = { kind: 'ACKNOWLEDGED' | 'RESOLVED'; by: string; note: string | null };

/**
 * A responder's step: acknowledging an open incident, or resolving one that is not resolved yet
 * (with the note saying how). The incident's new state is due at the webhook.
 */
export async function respondToIncident(
  em: SqlEntityManager,
  id: string,
  response: Response,
  notify: boolean,
  now: Date,
): Promise<SecurityIncident> {
  return inTransaction(em, async (tx) => {
    const incident = await findIncident(tx, id);
    if (incident.status === 'RESOLVED') throw badUserInput(`incident ${id} is resolved: nothing to do`, 'id');
    if (response.kind === 'ACKNOWLEDGED' && incident.status === 'ACKNOWLEDGED')
      throw badUserInput(`incident ${id} was acknowledged by ${incident.acknowledgedBy}`, 'id');
    const changes: Partial<SecurityIncident> =
      response.kind === 'ACKNOWLEDGED'
        ? { status: 'ACKNOWLEDGED', acknowledgedAt: now, acknowledgedBy: response.by }
        : { status: 'RESOLVED', resolvedAt: now, resolvedBy: response.by, resolution: response.note };
    await addEntry(tx, incident, {
      kind: response.kind,
      at: now,
      actor: response.by,
      occurrences: 0,
      note: response.note,
    });
    const updated = {
      ...changes,
      entries: incident.entries,
      notifyDueAt: notify ? now : null,
      notifyFailures: 0,
    };
    // Read and changed in one step: a second responder who read the same state changes nothing.
    const changed = await tx.nativeUpdate(SecurityIncidentEntity, { id, status: incident.status }, updated);
    if (changed !== 1) throw badUserInput(`incident ${id} changed meanwhile: read it again`, 'id');
    return { ...incident, ...updated };
  });
}

/** A delivery's hold on an incident: it may settle only while the incident is due as it claimed it. */
export interface ClaimedNotification {
  incident: SecurityIncident;
  claimedUntil: Date;
}

/** The incidents whose state is due at the webhook and that no other delivery holds, held for `leaseMs`. */
export async function claimDueNotifications(
  em: SqlEntityManager,
  leaseMs: number,
  max: number,
  now: Date,
): Promise<ClaimedNotification[]> {
  const due = await em.find(
    SecurityIncidentEntity,
    { notifyDueAt: { $lte: now } },
    { orderBy: { notifyDueAt: 'asc' }, limit: max, disableIdentityMap: true },
  );
  const claimedUntil = new Date(now.getTime() + leaseMs);
  const claimed: ClaimedNotification[] = [];
  for (const incident of due) {
    const won = await em.nativeUpdate(
      SecurityIncidentEntity,
      { id: incident.id, notifyDueAt: incident.notifyDueAt },
      { notifyDueAt: claimedUntil },
    );
    if (won === 1) claimed.push({ incident, claimedUntil });
  }
  return claimed;
}

export type DeliveryOutcome = { delivered: true; status: number } | { delivered: false; error: string };

export interface RetryRule {
  retryBaseMs: number;
  attempts: number;
}

/**
 * Records how a delivery ended on the timeline. A delivery that failed is due again after the
 * backoff, until the attempts run out. If the incident changed while it was being sent, the new
 * state stays due (the claim no longer matches) and is sent next.
 */
export async function settleNotification(
  em: SqlEntityManager,
  claim: ClaimedNotification,
  outcome: DeliveryOutcome,
  retry: RetryRule,
  now: Date,
): Promise<void> {
  await inTransaction(em, async (tx) => {
    const incident = await findIncident(tx, claim.incident.id);
    const failures = outcome.delivered ? 0 : incident.notifyFailures + 1;
    const retryAt = outcome.delivered ? null : nextNotificationAt(failures, now, retry.retryBaseMs, retry.attempts);
    const note = outcome.delivered
      ? `the webhook answered ${outcome.status}`
      : `${outcome.error}; ${retryAt ? `tried again at ${retryAt.toISOString()}` : `given up after ${failures} attempts`}`;
    await addEntry(tx, incident, {
      kind: outcome.delivered ? 'NOTIFIED' : 'NOTIFICATION_FAILED',
      at: now,
      actor: 'incident-webhook',
      occurrences: 0,
      note,
    });
    await tx.nativeUpdate(SecurityIncidentEntity, { id: incident.id }, { entries: incident.entries });
    await tx.nativeUpdate(
      SecurityIncidentEntity,
      { id: incident.id, notifyDueAt: claim.claimedUntil },
      { notifyDueAt: retryAt, notifyFailures: failures },
    );
  });
}
