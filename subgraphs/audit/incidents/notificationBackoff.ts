/**
 * When a failed notification of an incident is tried again: `retryBaseMs` after the first failure,
 * doubling with each failure in a row, at most an hour apart; after `attempts` failures it is given
 * up (the timeline says so, and the incident stays readable through the graph).
 */

const MAX_BACKOFF_MS = 3_600_000;

/** When to try again after failure number `failures` (from 1), or null when the notification is given up. */
export function nextNotificationAt(
  failures: number,
  failedAt: Date,
  retryBaseMs: number,
  attempts: number,
): Date | null {
  if (failures >= attempts) return null;
  return new Date(failedAt.getTime() + Math.min(retryBaseMs * 2 ** (failures - 1), MAX_BACKOFF_MS));
}
