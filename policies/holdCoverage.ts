import type { RecordClass } from './retention';

/**
 * What a legal hold covers. Each part of the scope narrows it: a record is covered when it belongs
 * to one of the customers named (or none are named), is of one of the classes named (or none
 * are), and is dated within the range (where one is given). A hold names at least one part.
 */

export interface HoldScope {
  id: string;
  matter: string;
  customerIds: readonly string[];
  recordClasses: readonly RecordClass[];
  /** First and last day of the records' dates it covers, inclusive. */
  from: string | null;
  to: string | null;
}

/** A record as a hold judges it: whose it is (null when no customer's), its class and its date. */
export interface HeldRecord {
  customerId: string | null;
  recordClass: RecordClass;
  date: string;
}

export function holdCovers(hold: HoldScope, record: HeldRecord): boolean {
  if (hold.customerIds.length > 0 && (record.customerId === null || !hold.customerIds.includes(record.customerId)))
    return false;
  if (hold.recordClasses.length > 0 && !hold.recordClasses.includes(record.recordClass)) return false;
  if (hold.from !== null && record.date < hold.from) return false;
  return hold.to === null || record.date <= hold.to;
}

/**
 * Whether a hold may cover any record of these customers in these classes dated within `dates`
 * (any date when not given): what a destructive change (an unmerge, a synthetic purge) must not
 * touch. Records of no customer or of no class are reached only by a hold that names none.
 */
export function holdReaches(
  hold: HoldScope,
  customerIds: readonly string[],
  recordClasses: readonly RecordClass[],
  dates?: { from: string; to: string },
): boolean {
  const customers = hold.customerIds.length === 0 || customerIds.some((id) => hold.customerIds.includes(id));
  const classes = hold.recordClasses.length === 0 || recordClasses.some((c) => hold.recordClasses.includes(c));
  const overlaps =
    !dates || ((hold.from === null || hold.from <= dates.to) && (hold.to === null || dates.from <= hold.to));
  return customers && classes && overlaps;
}

/** The first hold covering the record, in the order given (oldest first), or undefined. */
export function coveringHold(holds: readonly HoldScope[], record: HeldRecord): HoldScope | undefined {
  return holds.find((hold) => holdCovers(hold, record));
}
