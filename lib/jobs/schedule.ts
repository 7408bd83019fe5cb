import { Cron } from 'croner';

/**
 * When a job is due, from its cron pattern (croner's syntax: five fields, or six with seconds
 * first), read in UTC so every gateway agrees whatever its local zone. Plain functions over
 * instants: the runner asks which slot is due, the graph shows which one comes next.
 */

/** A pattern's parsed form; throws a readable error for a pattern croner cannot read. */
export function cronOf(pattern: string): Cron {
  return new Cron(pattern, { timezone: 'UTC', paused: true });
}

/** Whether `pattern` is a schedule croner can read; the reason when not. */
export function scheduleProblem(pattern: string): string | null {
  try {
    cronOf(pattern);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * The latest slot of the schedule after `since` and no later than `now`, or null when none is:
 * after a runner was down for three slots the job runs once, for the latest of them, rather than
 * three times in a row.
 */
export function dueSlot(pattern: string, since: Date, now: Date): Date | null {
  if (now.getTime() <= since.getTime()) return null;
  // previousRuns counts slots strictly before its reference: a slot at exactly `now` is due now.
  const [latest] = cronOf(pattern).previousRuns(1, new Date(now.getTime() + 1));
  return latest && latest.getTime() > since.getTime() ? latest : null;
}

/** The first slot after `now`, or null when the schedule has none left. */
export function nextSlot(pattern: string, now: Date): Date | null {
  return cronOf(pattern).nextRun(now);
}
