/**
 * When a failed item of the exception queue is retried by itself: `retryBaseMs` after its first
 * failure, then twice and four times as long; after that it waits for an operator. Job runs and
 * failed source records and change events wait alike.
 */

/** Retries made by themselves; after them the item waits for an operator. */
export const AUTOMATIC_RETRIES = 3;

/** When the retry after failure number `attempts` (from 1) is due, or null when none is made by itself. */
export function automaticRetryAt(attempts: number, failedAt: Date, retryBaseMs: number | null): Date | null {
  if (retryBaseMs === null || attempts > AUTOMATIC_RETRIES) return null;
  return new Date(failedAt.getTime() + retryBaseMs * 2 ** (attempts - 1));
}
