import { daysBetween } from '../../../lib/calendar';

/**
 * Which alerts are due: an active agreement whose expiry, or an approved DPIA whose review date, is
 * at most `thresholdDays` away (or already past), and that has no alert yet for that date and
 * threshold. A renewal moves the date, so the next window raises a new alert; a changed threshold
 * raises one too.
 */

export type AlertKind = 'AGREEMENT_EXPIRY' | 'DPIA_REVIEW';

export interface AlertSubject {
  kind: AlertKind;
  id: string;
  /** The partner or the initiative. */
  name: string;
  dueOn: string;
}

/** An alert already raised, by what makes it unique. */
export interface RaisedAlert {
  subjectId: string;
  dueOn: string;
  thresholdDays: number;
}

/** Days from `today` until `dueOn`: negative once it has passed. */
export function daysUntil(dueOn: string, today: string): number {
  return daysBetween(today, dueOn);
}

export function alertsDue(
  subjects: readonly AlertSubject[],
  raised: readonly RaisedAlert[],
  asOf: string,
  thresholdDays: number,
): AlertSubject[] {
  const known = new Set(raised.map((alert) => `${alert.subjectId}|${alert.dueOn}|${alert.thresholdDays}`));
  return subjects.filter(
    (subject) =>
      daysUntil(subject.dueOn, asOf) <= thresholdDays && !known.has(`${subject.id}|${subject.dueOn}|${thresholdDays}`),
  );
}
