/**
 * Revenue recognised for performance obligations, day by day and month by month (ASC 606-10-25-23
 * to 25-37, IFRS 15.31-45), and the contract's position against what was billed.
 *
 * The documented, deterministic rounding rule. Amounts are integer minor units; fractions are exact
 * rationals (BigInt), never floats.
 * - Fraction satisfied f(t), through the end of day t:
 *   - POINT_IN_TIME: 1 once transferDate is set and t >= transferDate, else 0;
 *   - RATABLE: days from startDate through t (inclusive) / days from startDate to endDate
 *     (inclusive), clamped to [0, 1];
 *   - INPUT_METHOD: completedUnits / totalUnits of the latest measurement with asOf <= t, clamped
 *     to [0, 1]; 0 before the first measurement. Units are read as the decimals they are written
 *     as (37.5 hours is 375/10).
 * - Revisions apply in effective-date order; before the first one nothing is recognised. With T the
 *   allocation of the revision in force on t, effective on D, cumulative revenue C(t) is:
 *   - INITIAL, SEPARATE_CONTRACT, CUMULATIVE_CATCH_UP: trunc(T × f(t)), so a catch-up recognises
 *     the whole difference on D;
 *   - PROSPECTIVE: with R = carriedMinor (or C(D − 1) under the earlier revisions) and
 *     f0 = f(D − 1): R + trunc((T − R) × (f(t) − f0) / (1 − f0)); T when f0 = 1.
 *   trunc rounds toward zero. Cumulative amounts are therefore rounded down to the minor unit, the
 *   day the obligation is fully satisfied recognises the rest, and the amounts of any set of
 *   consecutive periods add up exactly to the allocation.
 * - A month's billing position splits what the contract billed through the month's end over its
 *   obligations by the allocations in force then (largest remainder); the contract's deferred and
 *   unbilled amounts are its net position, not the sum of the obligations' ones.
 * - MRR and ARR come from the RATABLE obligations in service on the day: allocation / term in
 *   months, the term counted in whole calendar months from the start plus the leftover days as a
 *   share of the month they fall in, rounded half up.
 */
import { DomainRefusal } from '../../../lib/domainRefusal';
import {
  addDays,
  addMonths,
  daysBetween,
  firstDayOfMonth,
  isIsoDate,
  isIsoMonth,
  lastDayOfMonth,
  monthsFromTo,
} from '../../../lib/calendar';
import { compareFractions, decimalFraction, type Fraction } from '../../../lib/decimal';
import { splitByWeight } from './allocateTransactionPrice';
import type { AllocationRevision, Billing, ObligationTerms, ProgressMeasurement } from './types';

export class ScheduleError extends DomainRefusal {}

export interface ScheduleRow {
  month: string;
  recognizedMinor: number;
  recognizedToDateMinor: number;
  billedToDateMinor: number;
  deferredMinor: number;
  unbilledMinor: number;
}

export interface ContractSchedule {
  obligations: { obligationId: string; rows: ScheduleRow[] }[];
  totals: ScheduleRow[];
}

export interface RevenueSummary {
  recognizedToDateMinor: number;
  billedToDateMinor: number;
  deferredMinor: number;
  unbilledMinor: number;
  mrrMinor: number;
  arrMinor: number;
}

const NONE: Fraction = { numerator: 0n, denominator: 1n };
const ALL: Fraction = { numerator: 1n, denominator: 1n };

function checkDate(value: string | null | undefined, what: string): asserts value is string {
  if (typeof value !== 'string' || !isIsoDate(value))
    throw new ScheduleError(`${what} must be a date YYYY-MM-DD, got ${String(value)}`);
}

function checkMonth(value: string, what: string): void {
  if (typeof value !== 'string' || !isIsoMonth(value))
    throw new ScheduleError(`${what} must be a month YYYY-MM, got ${String(value)}`);
}

function checkAmount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new ScheduleError(`${what} must be a non-negative amount in minor units, got ${value}`);
}

function checkMeasurement(obligationId: string, m: ProgressMeasurement): void {
  checkDate(m.asOf, `a progress measurement of obligation ${obligationId}`);
  const total = decimalFraction(m.totalUnits);
  if (!total || compareFractions(total, NONE) <= 0)
    throw new ScheduleError(
      `obligation ${obligationId}: totalUnits must be more than 0, got ${m.totalUnits} on ${m.asOf}`,
    );
  const completed = decimalFraction(m.completedUnits);
  if (!completed || compareFractions(completed, NONE) < 0)
    throw new ScheduleError(
      `obligation ${obligationId}: completedUnits must be 0 or more, got ${m.completedUnits} on ${m.asOf}`,
    );
}

/** Validates what the obligation's pattern needs and returns its revisions in effective-date order (stable). */
function checkedRevisions(obligation: ObligationTerms): AllocationRevision[] {
  const { id } = obligation;
  if (obligation.pattern === 'RATABLE') {
    checkDate(obligation.startDate, `the startDate of RATABLE obligation ${id}`);
    checkDate(obligation.endDate, `the endDate of RATABLE obligation ${id}`);
    if (obligation.startDate > obligation.endDate)
      throw new ScheduleError(
        `RATABLE obligation ${id} ends (${obligation.endDate}) before it starts (${obligation.startDate})`,
      );
  } else if (obligation.pattern === 'POINT_IN_TIME') {
    if (obligation.transferDate != null) checkDate(obligation.transferDate, `the transferDate of obligation ${id}`);
  } else if (obligation.pattern === 'INPUT_METHOD') {
    for (const m of obligation.progress ?? []) checkMeasurement(id, m);
  } else {
    throw new ScheduleError(`obligation ${id} has an unknown satisfaction pattern ${String(obligation.pattern)}`);
  }
  if (!obligation.revisions || obligation.revisions.length === 0)
    throw new ScheduleError(`obligation ${id} needs at least one allocation revision`);
  for (const r of obligation.revisions) {
    checkDate(r.effectiveDate, `the effectiveDate of a revision of obligation ${id}`);
    checkAmount(r.allocatedMinor, `the allocatedMinor of obligation ${id} on ${r.effectiveDate}`);
    if (r.carriedMinor !== undefined)
      checkAmount(r.carriedMinor, `the carriedMinor of obligation ${id} on ${r.effectiveDate}`);
  }
  return [...obligation.revisions].sort((a, b) =>
    a.effectiveDate < b.effectiveDate ? -1 : a.effectiveDate > b.effectiveDate ? 1 : 0,
  );
}

/** The index of the revision in force on `date` (the last of those effective by then), or -1. */
function indexInForce(revisions: readonly AllocationRevision[], date: string): number {
  let found = -1;
  revisions.forEach((r, i) => {
    if (r.effectiveDate <= date) found = i;
  });
  return found;
}

function clampToUnit(numerator: bigint, denominator: bigint): Fraction {
  if (numerator <= 0n) return NONE;
  if (numerator >= denominator) return ALL;
  return { numerator, denominator };
}

function ratableFraction(obligation: ObligationTerms, date: string): Fraction {
  const start = obligation.startDate as string;
  const periodDays = daysBetween(start, obligation.endDate as string) + 1;
  return clampToUnit(BigInt(daysBetween(start, date) + 1), BigInt(periodDays));
}

function inputMethodFraction(obligation: ObligationTerms, date: string): Fraction {
  let latest: ProgressMeasurement | undefined;
  // A later measurement on the same day replaces an earlier one (a re-measurement).
  for (const m of obligation.progress ?? []) if (m.asOf <= date && (!latest || m.asOf >= latest.asOf)) latest = m;
  if (!latest) return NONE;
  const completed = decimalFraction(latest.completedUnits) as Fraction;
  const total = decimalFraction(latest.totalUnits) as Fraction;
  return clampToUnit(completed.numerator * total.denominator, completed.denominator * total.numerator);
}

function fractionOn(obligation: ObligationTerms, date: string): Fraction {
  if (obligation.pattern === 'RATABLE') return ratableFraction(obligation, date);
  if (obligation.pattern === 'INPUT_METHOD') return inputMethodFraction(obligation, date);
  return obligation.transferDate != null && date >= obligation.transferDate ? ALL : NONE;
}

/** C(t) under the given revisions (in effective-date order); see the header for the rule. */
function recognizedUnder(obligation: ObligationTerms, revisions: readonly AllocationRevision[], date: string): number {
  const k = indexInForce(revisions, date);
  if (k === -1) return 0;
  const revision = revisions[k];
  const total = BigInt(revision.allocatedMinor);
  const f = fractionOn(obligation, date);
  if (revision.treatment !== 'PROSPECTIVE') return Number((total * f.numerator) / f.denominator);
  const dayBefore = addDays(revision.effectiveDate, -1);
  const f0 = fractionOn(obligation, dayBefore);
  if (f0.numerator === f0.denominator) return revision.allocatedMinor;
  const carried = BigInt(revision.carriedMinor ?? recognizedUnder(obligation, revisions.slice(0, k), dayBefore));
  // (f − f0) / (1 − f0) with f = a/b, f0 = c/d is (a·d − c·b) / (b·(d − c)).
  const progressNumerator = f.numerator * f0.denominator - f0.numerator * f.denominator;
  const progressDenominator = f.denominator * (f0.denominator - f0.numerator);
  return Number(carried + ((total - carried) * progressNumerator) / progressDenominator);
}

/** The exact fraction of the obligation satisfied through the end of `date`, in [0, 1]. */
export function fractionSatisfied(obligation: ObligationTerms, date: string): Fraction {
  checkDate(date, 'the date');
  checkedRevisions(obligation);
  return fractionOn(obligation, date);
}

/** Revenue recognised for the obligation from its beginning through the end of `date` (inclusive), in minor units. */
export function recognizedThrough(obligation: ObligationTerms, date: string): number {
  checkDate(date, 'the date');
  return recognizedUnder(obligation, checkedRevisions(obligation), date);
}

/** The allocation in force on `date` (latest revision with effectiveDate <= date), or 0 before the first. */
export function allocationOn(obligation: ObligationTerms, date: string): number {
  checkDate(date, 'the date');
  return allocationUnder(checkedRevisions(obligation), date);
}

function allocationUnder(revisions: readonly AllocationRevision[], date: string): number {
  const k = indexInForce(revisions, date);
  return k === -1 ? 0 : revisions[k].allocatedMinor;
}

/** Validates every obligation once and returns each one's revisions in effective-date order. */
function checkObligations(obligations: readonly ObligationTerms[]): AllocationRevision[][] {
  const ids = new Set(obligations.map((o) => o.id));
  if (ids.size !== obligations.length) throw new ScheduleError('obligation ids must be unique');
  return obligations.map(checkedRevisions);
}

function checkBillings(billings: readonly Billing[]): void {
  for (const b of billings) {
    checkDate(b.date, 'a billing date');
    // Negative amounts are credit notes.
    if (!Number.isSafeInteger(b.amountMinor))
      throw new ScheduleError(`the billing of ${b.date} must be an amount in minor units, got ${b.amountMinor}`);
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function billedThrough(billings: readonly Billing[], date: string): number {
  return sum(billings.filter((b) => b.date <= date).map((b) => b.amountMinor));
}

/** The contract's billed amount split over its obligations by allocation; with nothing allocated yet, all to the first. */
function splitBilled(billedMinor: number, allocations: readonly number[]): number[] {
  if (allocations.length === 0) return [];
  if (sum(allocations) === 0) return allocations.map((_, i) => (i === 0 ? billedMinor : 0));
  return splitByWeight(billedMinor, allocations).amounts;
}

/** Billed ahead of revenue is deferred revenue (a contract liability); revenue ahead of billing is unbilled (a contract asset). */
function position(
  recognizedToDateMinor: number,
  billedToDateMinor: number,
): { deferredMinor: number; unbilledMinor: number } {
  return {
    deferredMinor: Math.max(billedToDateMinor - recognizedToDateMinor, 0),
    unbilledMinor: Math.max(recognizedToDateMinor - billedToDateMinor, 0),
  };
}

function positionRow(
  month: string,
  recognizedMinor: number,
  recognizedToDateMinor: number,
  billedToDateMinor: number,
): ScheduleRow {
  return {
    month,
    recognizedMinor,
    recognizedToDateMinor,
    billedToDateMinor,
    ...position(recognizedToDateMinor, billedToDateMinor),
  };
}

export function contractSchedule(
  obligations: readonly ObligationTerms[],
  billings: readonly Billing[],
  fromMonth: string,
  toMonth: string,
): ContractSchedule {
  checkMonth(fromMonth, 'fromMonth');
  checkMonth(toMonth, 'toMonth');
  if (toMonth < fromMonth) throw new ScheduleError(`toMonth ${toMonth} is before fromMonth ${fromMonth}`);
  // Checked once here: the month loops below read the revisions many times.
  const revisionsOf = checkObligations(obligations);
  checkBillings(billings);
  const months = monthsFromTo(fromMonth, toMonth);
  const monthEnds = months.map(lastDayOfMonth);
  const contractBilled = monthEnds.map((end) => billedThrough(billings, end));
  const billedShares = monthEnds.map((end, m) =>
    splitBilled(
      contractBilled[m],
      revisionsOf.map((revisions) => allocationUnder(revisions, end)),
    ),
  );
  const perObligation = obligations.map((o, i) => {
    const through = (date: string) => recognizedUnder(o, revisionsOf[i], date);
    let beforeMonth = through(addDays(firstDayOfMonth(months[0]), -1));
    return {
      obligationId: o.id,
      rows: months.map((month, m) => {
        const toDate = through(monthEnds[m]);
        const row = positionRow(month, toDate - beforeMonth, toDate, billedShares[m][i]);
        beforeMonth = toDate;
        return row;
      }),
    };
  });
  // The contract's deferred / unbilled is its net position: one obligation billed ahead offsets another billed behind.
  const totals = months.map((month, m) =>
    positionRow(
      month,
      sum(perObligation.map((p) => p.rows[m].recognizedMinor)),
      sum(perObligation.map((p) => p.rows[m].recognizedToDateMinor)),
      contractBilled[m],
    ),
  );
  return { obligations: perObligation, totals };
}

/** Rounds a non-negative numerator / denominator to the nearest integer, halves up. */
function roundHalfUp(numerator: bigint, denominator: bigint): number {
  return Number((2n * numerator + denominator) / (2n * denominator));
}

/** Whole calendar months from the start plus the leftover days as a share of the month they fall in. */
function termInMonths(startDate: string, endDate: string): Fraction {
  const dayAfterEnd = addDays(endDate, 1);
  let months = 0;
  while (addMonths(startDate, months + 1) <= dayAfterEnd) months += 1;
  const leftoverFrom = addMonths(startDate, months);
  const leftoverDays = daysBetween(leftoverFrom, dayAfterEnd);
  const daysOfThatMonth = daysBetween(leftoverFrom, addMonths(startDate, months + 1));
  return { numerator: BigInt(months * daysOfThatMonth + leftoverDays), denominator: BigInt(daysOfThatMonth) };
}

function inService(obligation: ObligationTerms, date: string): boolean {
  return (
    obligation.pattern === 'RATABLE' &&
    (obligation.startDate as string) <= date &&
    date <= (obligation.endDate as string)
  );
}

export function revenueSummary(
  obligations: readonly ObligationTerms[],
  billings: readonly Billing[],
  asOf: string,
): RevenueSummary {
  checkDate(asOf, 'asOf');
  checkObligations(obligations);
  checkBillings(billings);
  const recognizedToDateMinor = sum(obligations.map((o) => recognizedThrough(o, asOf)));
  const billedToDateMinor = billedThrough(billings, asOf);
  let mrrMinor = 0;
  let arrMinor = 0;
  for (const o of obligations.filter((o) => inService(o, asOf))) {
    const term = termInMonths(o.startDate as string, o.endDate as string);
    const allocated = BigInt(allocationOn(o, asOf));
    mrrMinor += roundHalfUp(allocated * term.denominator, term.numerator);
    arrMinor += roundHalfUp(12n * allocated * term.denominator, term.numerator);
  }
  return {
    recognizedToDateMinor,
    billedToDateMinor,
    ...position(recognizedToDateMinor, billedToDateMinor),
    mrrMinor,
    arrMinor,
  };
}
