import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput } from '../../../lib/errors';
import { decodeCursor, encodeCursor } from '../../../lib/pagination';
import { ChangeLogEntryEntity } from '../entities/ChangeLogEntry';

/**
 * The change feed: the change log read in the order changes were recorded. Each recording numbers
 * its changes after the highest number so far, in the transaction that inserts them
 * (changeLogChain.ts, which links them into the change log's hash chain too); the number is
 * unique, so two recordings that read the same highest number cannot both commit (the later one
 * fails and is run again on the new head). Numbers therefore become visible in order, and a reader
 * that has seen up to n never finds a change below n later.
 */

async function highestNumber(em: SqlEntityManager, entity?: string): Promise<number> {
  const [head] = await em.find(
    ChangeLogEntryEntity,
    { sequence: { $ne: null }, ...(entity ? { entity } : {}) },
    { fields: ['sequence'], orderBy: { sequence: 'desc' }, limit: 1, disableIdentityMap: true },
  );
  return head?.sequence ?? 0;
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
