import { addDays, addMonths, today } from './calendar';

/**
 * The period of an access review: a calendar quarter, written `2026-Q3`, from its first day to the
 * first day of the next (exclusive), due for decision a fixed number of days after it ends.
 */

/** Days after its quarter ends by which a review should be complete; after that it is overdue. */
export const REVIEW_DUE_DAYS = 30;

const QUARTER = /^([12]\d{3})-Q([1-4])$/;

export interface ReviewPeriod {
  period: string;
  /** The quarter's first day. */
  from: string;
  /** The day after its last: activity before it counts. */
  until: string;
  /** The last day a review of it is on time. */
  dueOn: string;
}

/** The quarter a text names, or null when it names none. */
export function reviewPeriod(text: string): ReviewPeriod | null {
  const match = QUARTER.exec(text);
  if (!match) return null;
  const from = `${match[1]}-${String((Number(match[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  const until = addMonths(from, 3);
  return { period: text, from, until, dueOn: addDays(until, REVIEW_DUE_DAYS - 1) };
}

/** The quarter a day falls in. */
export function quarterOfDay(day: string): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter that ended last before `at`'s: the one a review opened at `at` looks back on. */
export function quarterEndedBefore(at: Date): string {
  const current = reviewPeriod(quarterOfDay(today(at))) as ReviewPeriod;
  return quarterOfDay(addDays(current.from, -1));
}

/** Whether the period has begun by `day`: a review of a quarter to come has nothing to look at. */
export function hasBegun(period: ReviewPeriod, day: string): boolean {
  return period.from <= day;
}

/** Overdue: not complete after its due day. */
export function isOverdue(period: ReviewPeriod, complete: boolean, day: string): boolean {
  return !complete && day > period.dueOn;
}
