import { INCIDENT_KINDS, INCIDENT_PLAYBOOKS, mayReport, playbookOf } from '../../../../../policies/incidentPlaybooks';
import { incidentToExtend, type IncidentFacts } from '../../../../../subgraphs/audit/incidents/incidentDedupe';
import { nextNotificationAt } from '../../../../../subgraphs/audit/incidents/notificationBackoff';
import { chainFailureEvent } from '../../../../../subgraphs/audit/incidents/chainFailure';
import { incidentPayload } from '../../../../../subgraphs/audit/incidents/incidentPayload';
import { checkedSecurityEvents } from '../../../../../subgraphs/audit/incidents/securityEventInput';
import type { SecurityIncident } from '../../../../../subgraphs/audit/entities/SecurityIncident';

const at = (iso: string) => new Date(iso);

describe('playbooks', () => {
  it('give every kind a severity, a playbook and a dedupe window', () => {
    for (const kind of INCIDENT_KINDS) {
      const playbook = playbookOf(kind);
      expect(playbook.kind).toBe(kind);
      expect(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL']).toContain(playbook.severity);
      expect(playbook.playbook.id).toMatch(/^SEC-PB-\d+$/);
      expect(playbook.playbook.url).toMatch(/^https:\/\//);
      expect(playbook.dedupeWindowMinutes).toBeGreaterThan(0);
      expect(playbook.reportedBy.length).toBeGreaterThan(0);
    }
    expect(new Set(Object.values(INCIDENT_PLAYBOOKS).map((p) => p.playbook.id)).size).toBe(INCIDENT_KINDS.length);
  });

  it('rate a broken audit chain critical', () => {
    expect(playbookOf('AUDIT_CHAIN_FAILURE').severity).toBe('CRITICAL');
  });

  it('say which process may report which kind', () => {
    expect(mayReport('BULK_EXPORT', 'gateway')).toBe(true);
    expect(mayReport('BULK_EXPORT', 'customer')).toBe(false);
    expect(mayReport('FORGED_INTERNAL_REQUEST', 'contract')).toBe(true);
    expect(mayReport('FORGED_INTERNAL_REQUEST', 'gateway')).toBe(false);
    expect(mayReport('AUDIT_CHAIN_FAILURE', 'audit')).toBe(true);
  });
});

describe('dedupe', () => {
  const incident = (fields: Partial<IncidentFacts>): IncidentFacts => ({
    id: 'inc_1',
    kind: 'REPEATED_DENIALS',
    subject: 'principal:eve',
    status: 'OPEN',
    lastSeenAt: at('2026-12-05T10:00:00Z'),
    ...fields,
  });
  const event = { kind: 'REPEATED_DENIALS' as const, subject: 'principal:eve', at: at('2026-12-05T10:30:00Z') };

  it('adds a repeat within the window to the open incident', () => {
    expect(incidentToExtend([incident({})], event, 60)?.id).toBe('inc_1');
    expect(incidentToExtend([incident({ status: 'ACKNOWLEDGED' })], event, 60)?.id).toBe('inc_1');
  });

  it('opens a new incident after the window, after resolution, or for another subject or kind', () => {
    expect(incidentToExtend([incident({})], event, 29)).toBeUndefined();
    expect(incidentToExtend([incident({ status: 'RESOLVED' })], event, 60)).toBeUndefined();
    expect(incidentToExtend([incident({ subject: 'principal:bob' })], event, 60)).toBeUndefined();
    expect(incidentToExtend([incident({ kind: 'BULK_EXPORT' })], event, 60)).toBeUndefined();
  });

  it('counts the window from the last occurrence, and picks the latest incident', () => {
    const older = incident({ id: 'inc_old', lastSeenAt: at('2026-12-05T09:50:00Z') });
    const newer = incident({ id: 'inc_new', lastSeenAt: at('2026-12-05T10:10:00Z') });
    expect(incidentToExtend([older, newer], event, 30)?.id).toBe('inc_new');
    expect(incidentToExtend([older], event, 30)).toBeUndefined();
  });
});

describe('notification backoff', () => {
  const failedAt = at('2026-12-05T10:00:00Z');
  it('doubles from the base, at most an hour, and gives up after the attempts', () => {
    expect(nextNotificationAt(1, failedAt, 1000, 5)).toEqual(at('2026-12-05T10:00:01Z'));
    expect(nextNotificationAt(3, failedAt, 1000, 5)).toEqual(at('2026-12-05T10:00:04Z'));
    expect(nextNotificationAt(4, failedAt, 3_600_000, 5)).toEqual(at('2026-12-05T11:00:00Z'));
    expect(nextNotificationAt(5, failedAt, 1000, 5)).toBeNull();
  });
});

describe('a broken chain', () => {
  const verdict = {
    intact: false,
    length: 40,
    firstBrokenEventId: 'aud_9',
    firstBrokenSequence: 9,
    reason: 'hash mismatch: event content was modified',
    checkpointsVerified: 2,
    originsVerified: 40,
  };
  it('is an event about the first broken event; an intact chain is none', () => {
    expect(chainFailureEvent(verdict, failedAtNow())).toMatchObject({
      kind: 'AUDIT_CHAIN_FAILURE',
      subject: 'event:aud_9',
      occurrences: 1,
    });
    expect(chainFailureEvent({ ...verdict, firstBrokenEventId: null }, failedAtNow())?.subject).toBe('audit-trail');
    expect(chainFailureEvent({ ...verdict, intact: true }, failedAtNow())).toBeUndefined();
  });
});

function failedAtNow(): Date {
  return at('2026-12-05T10:00:00Z');
}

describe('the webhook payload', () => {
  it('carries the state, playbook and counts but not the detail', () => {
    const incident: SecurityIncident = {
      id: 'inc_1',
      kind: 'BULK_EXPORT',
      severity: 'HIGH',
      playbookId: 'SEC-PB-01',
      subject: 'principal:bi',
      detail: 'one operation returned 900 sensitive records (limit 500)',
      reportedBy: 'gateway',
      status: 'OPEN',
      occurrences: 3,
      openedAt: at('2026-12-05T10:00:00Z'),
      lastSeenAt: at('2026-12-05T10:05:00Z'),
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      resolvedBy: null,
      resolution: null,
      notifyDueAt: null,
      notifyFailures: 0,
      entries: 3,
    };
    const payload = incidentPayload(incident);
    expect(payload).toMatchObject({
      type: 'custos.incident',
      id: 'inc_1',
      kind: 'BULK_EXPORT',
      severity: 'HIGH',
      playbook: { id: 'SEC-PB-01', url: INCIDENT_PLAYBOOKS.BULK_EXPORT.playbook.url },
      subject: 'principal:bi',
      status: 'OPEN',
      occurrences: 3,
      openedAt: '2026-12-05T10:00:00.000Z',
    });
    expect(JSON.stringify(payload)).not.toContain('900');
  });
});

describe('a report of security events', () => {
  const now = at('2026-12-05T10:00:00Z');
  const event = {
    kind: 'FORGED_INTERNAL_REQUEST' as const,
    subject: 'service:customer',
    detail: 'refused a request without a valid internal token',
    occurrences: 2,
    firstAt: at('2026-12-05T09:59:00Z'),
    lastAt: at('2026-12-05T09:59:30Z'),
  };
  const code = (work: () => unknown) => {
    try {
      work();
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
    return 'NONE';
  };

  it('is accepted from a process that may report its kinds', () => {
    expect(checkedSecurityEvents([event], 'customer', now)).toEqual([event]);
  });

  it('is refused for a kind the process may not report', () => {
    expect(code(() => checkedSecurityEvents([event], 'gateway', now))).toBe('FORBIDDEN');
  });

  it('refuses bad input', () => {
    const bad = (fields: object) => code(() => checkedSecurityEvents([{ ...event, ...fields }], 'customer', now));
    expect(code(() => checkedSecurityEvents([], 'customer', now))).toBe('BAD_USER_INPUT');
    expect(bad({ subject: ' ' })).toBe('BAD_USER_INPUT');
    expect(bad({ subject: 'x'.repeat(257) })).toBe('BAD_USER_INPUT');
    expect(bad({ detail: '' })).toBe('BAD_USER_INPUT');
    expect(bad({ occurrences: 0 })).toBe('BAD_USER_INPUT');
    expect(bad({ firstAt: at('2026-12-05T09:59:45Z') })).toBe('BAD_USER_INPUT');
    expect(bad({ lastAt: at('2026-12-05T11:00:00Z') })).toBe('BAD_USER_INPUT');
  });
});
