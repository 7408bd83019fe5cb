/**
 * The plain data revenue recognition works on. Amounts are integer minor units of the contract's
 * one currency; dates are ISO `YYYY-MM-DD`, months `YYYY-MM` (lib/calendar.ts).
 */
import type { DecimalValue } from '../../../lib/decimal';
import type { RevisionTreatment, SatisfactionPattern } from '../generated/enums';

/** Progress of an INPUT_METHOD obligation measured on `asOf` (that day included), in units read as the exact decimals they are written as. */
export interface ProgressMeasurement {
  asOf: string;
  completedUnits: DecimalValue;
  totalUnits: DecimalValue;
}

/** From `effectiveDate` on, the obligation's whole allocation (including what was recognised before) is `allocatedMinor`. */
export interface AllocationRevision {
  effectiveDate: string;
  allocatedMinor: number;
  /**
   * How the revision came about:
   * - INITIAL: the allocation when the contract was saved;
   * - SEPARATE_CONTRACT: an obligation added by a modification accounted for as a separate contract;
   * - PROSPECTIVE: a termination-and-new-contract modification: what was recognised before stays,
   *   the rest of the new allocation is recognised over what remains;
   * - CUMULATIVE_CATCH_UP: progress re-measured against the new allocation, the difference recognised
   *   on the modification date.
   */
  treatment: RevisionTreatment;
  /**
   * PROSPECTIVE only: the revenue recognised before `effectiveDate` that stands (less any price
   * concession on what was already transferred). Absent: what was recognised through the day before.
   */
  carriedMinor?: number;
}

/** What recognition needs to know of one performance obligation. */
export interface ObligationTerms {
  id: string;
  /**
   * How the obligation is satisfied (ASC 606-10-25-23 to 25-37):
   * - POINT_IN_TIME: all at once, the day control transfers;
   * - RATABLE: over time, evenly by day across its service period (subscriptions, support);
   * - INPUT_METHOD: over time, by measured progress (units completed of units expected, e.g. costs or hours).
   */
  pattern: SatisfactionPattern;
  /** RATABLE: the service period, both days included. INPUT_METHOD: when the work is planned. */
  startDate?: string | null;
  endDate?: string | null;
  /** POINT_IN_TIME: the day control transfers to the customer; absent while it has not. */
  transferDate?: string | null;
  /** INPUT_METHOD: measurements in any order. */
  progress?: readonly ProgressMeasurement[];
  /** At least one; in effective-date order, the first is INITIAL or SEPARATE_CONTRACT. */
  revisions: readonly AllocationRevision[];
}

/** An amount billed (invoiced) to the customer under the contract on `date`. */
export interface Billing {
  date: string;
  amountMinor: number;
}
