import { badUserInput, forbidden } from '../../../lib/errors';
import { mayReport } from '../../../policies/incidentPlaybooks';
import type { SecurityEventInput } from '../generated/resolvers';
import type { SecurityEvent } from './incidentLedger';

/**
 * A report of security events, checked: the reporting process may report each kind
 * (incidentPlaybooks.ts), texts and counts are bounded, and times are in order and not ahead of
 * this service's clock by more than a reporter's drift.
 */

export const MAX_EVENTS = 100;
const MAX_SUBJECT = 256;
const MAX_DETAIL = 2000;
const MAX_OCCURRENCES = 1_000_000;
const CLOCK_DRIFT_MS = 60_000;

export function checkedSecurityEvents(
  events: readonly SecurityEventInput[],
  reporter: string,
  now: Date,
): SecurityEvent[] {
  if (events.length < 1 || events.length > MAX_EVENTS)
    throw badUserInput(`a report holds 1 to ${MAX_EVENTS} events`, 'events');
  return events.map((event) => {
    if (!mayReport(event.kind, reporter)) throw forbidden(`${reporter} does not report ${event.kind} events`);
    const subject = event.subject.trim();
    const detail = event.detail.trim();
    if (subject === '' || subject.length > MAX_SUBJECT)
      throw badUserInput(`subject must be 1 to ${MAX_SUBJECT} characters`, 'events');
    if (detail === '' || detail.length > MAX_DETAIL)
      throw badUserInput(`detail must be 1 to ${MAX_DETAIL} characters`, 'events');
    if (!Number.isInteger(event.occurrences) || event.occurrences < 1 || event.occurrences > MAX_OCCURRENCES)
      throw badUserInput(`occurrences must be 1 to ${MAX_OCCURRENCES}`, 'events');
    if (event.firstAt > event.lastAt) throw badUserInput('firstAt must not be after lastAt', 'events');
    if (event.lastAt.getTime() > now.getTime() + CLOCK_DRIFT_MS)
      throw badUserInput('lastAt must not be in the future', 'events');
    return {
      kind: event.kind,
      subject,
      detail,
      occurrences: event.occurrences,
      firstAt: event.firstAt,
      lastAt: event.lastAt,
    };
  });
}
