import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput } from '../../../lib/errors';
import { decodeCursor, encodeCursor } from '../../../lib/pagination';
import { ChangeLogEntryEntity, type ChangeLogEntry } from '../entities/ChangeLogEntry';

/**
 * The change feed: the change log read in the order changes were recorded. Each recording numbers
 * its changes after the highest number so far, in the transaction that inserts them; the number is
 * unique, so two recordings that read the same highest number cannot both commit (the later one
 * fails and its sender retries). Numbers therefore become visible in order, and a reader that has
 * seen up to n never finds a change below n later.
 */

async function highestNumber(em: SqlEntityManager, entity?: string): Promise<number> {
  const [head] = await em.find(
    ChangeLogEntryEntity,
    { sequence: { $ne: null }, ...(entity ? { entity } : {}) },
    { fields: ['sequence'], orderBy: { sequence: 'desc' }, limit: 1, disableIdentityMap: true },
  );
  return head?.sequence ?? 0;
}

/**
 * Inserts `fresh` numbered, after numbering any change a previous release recorded without a
 * number (during a rolling upgrade), so the feed misses none of them.
 */
export async function insertNumbered(tx: SqlEntityManager, fresh: readonly ChangeLogEntry[]): Promise<void> {
  let next = (await highestNumber(tx)) + 1;
  const unnumbered = await tx.find(
    ChangeLogEntryEntity,
    { sequence: null },
    { fields: ['id'], orderBy: { recordedAt: 'asc', id: 'asc' }, disableIdentityMap: true },
  );
  for (const { id } of unnumbered) await tx.nativeUpdate(ChangeLogEntryEntity, { id }, { sequence: next++ });
  if (fresh.length > 0)
    await tx.insertMany(
      ChangeLogEntryEntity,
      fresh.map((entry) => ({ ...entry, sequence: next++ })),
    );
}

/** The number of the latest change to a customer: where the feed ends now. */
export function latestChangeNumber(em: SqlEntityManager): Promise<number> {
  return highestNumber(em, 'Customer');
}

/** Changes to customers after `afterSequence`, oldest first. */
export function customerChangesAfter(em: SqlEntityManager, afterSequence: number, limit: number) {
  return em.find(
    ChangeLogEntryEntity,
    { entity: 'Customer', sequence: { $gt: afterSequence } },
    { orderBy: { sequence: 'asc' }, limit, disableIdentityMap: true },
  );
}

const CURSOR_TAG = 'changes';

/** A place in the feed as clients see it: an opaque cursor, as every list's. */
export function changeCursor(sequence: number): string {
  return encodeCursor(CURSOR_TAG, String(sequence));
}

export function changeNumberOf(cursor: string, argument: string): number {
  const sequence = Number(decodeCursor(CURSOR_TAG, cursor));
  if (!Number.isSafeInteger(sequence) || sequence < 0)
    throw badUserInput(`\`${argument}\` is not a cursor of customerChanges`, argument);
  return sequence;
}
