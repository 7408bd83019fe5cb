/**
 * Contract modifications (ASC 606-10-25-10 to 25-13, IFRS 15.18-21): a change in scope or price
 * the parties approved, turned into allocation revisions the revenue schedule applies from the
 * modification's effective date on.
 *
 * - SEPARATE_CONTRACT (25-12): it only adds distinct goods at their standalone selling prices. The
 *   existing obligations are untouched; the added consideration goes to the added obligations.
 * - PROSPECTIVE (25-13(a)): the remaining goods are distinct from those transferred, so the old
 *   contract is treated as terminated and a new one made. What was recognised stands (less a price
 *   concession on what was already transferred, taken off revenue on the effective date); the
 *   consideration not yet recognised plus the change is allocated over what remains, by remaining
 *   standalone selling price, and recognised from the effective date on.
 * - CUMULATIVE_CATCH_UP (25-13(b)): the remaining goods are part of a partly satisfied obligation,
 *   so the new transaction price is re-allocated and progress re-measured against it; the
 *   difference is recognised on the effective date.
 * Removed obligations keep what they recognised before the effective date and nothing more.
 */
import { DomainRefusal, amountMessage, quoted } from '../../../lib/domainRefusal';
import { addDays, isIsoDate } from '../../../lib/calendar';
import { compareFractions, decimalFraction } from '../../../lib/decimal';
import { allocateTransactionPrice, splitByWeight } from './allocateTransactionPrice';
import { allocationOn, fractionSatisfied, recognizedThrough } from './revenueSchedule';
import type { ModificationType } from '../generated/enums';
import type { AllocationRevision, ObligationTerms, ProgressMeasurement } from './types';

export interface ExistingObligation extends ObligationTerms {
  standaloneSellingPriceMinor: number;
}

export interface AddedObligation extends Omit<ObligationTerms, 'revisions'> {
  standaloneSellingPriceMinor: number;
}

export interface ModificationInput {
  effectiveDate: string;
  /** Change in the contract's consideration: positive adds, negative reduces. */
  considerationChangeMinor: number;
  addObligations?: AddedObligation[];
  /** Existing obligations whose remaining part is cancelled: they keep what they recognised before the effective date. */
  removeObligationIds?: string[];
  addedGoodsDistinct: boolean;
  priceReflectsStandaloneSellingPrice: boolean;
  remainingGoodsDistinct: boolean;
  /** Part of the price change that is a credit for goods already transferred (e.g. a quality concession): a reduction of revenue on the effective date, kept out of what remains. Non-negative. */
  priceConcessionMinor?: number;
  /** PROSPECTIVE: standalone selling prices at the modification date of what remains of existing obligations, by id. Default: SSP × the share not yet satisfied the day before, rounded half up. */
  remainingStandaloneSellingPriceMinor?: Record<string, number>;
  /** Progress measured at the modification (INPUT_METHOD obligations re-measured), by obligation id. */
  progress?: Record<string, ProgressMeasurement>;
}

export interface ObligationRevision {
  obligationId: string;
  revision: AllocationRevision;
}

/** What a change to a contract did to its revenue, as of its effective date. */
export interface RevenueImpact {
  /** Σ current allocations (allocationOn effectiveDate) of existing obligations. */
  transactionPriceBeforeMinor: number;
  transactionPriceAfterMinor: number;
  /** Revenue recognised on the effective date because of the change (catch-up or concession), may be negative. */
  recognizedOnEffectiveDateMinor: number;
  /** Revenue still to recognise after the effective date, before and after the change. */
  remainingBeforeMinor: number;
  remainingAfterMinor: number;
}

export interface ModificationResult extends RevenueImpact {
  type: ModificationType;
  /** Revisions to append, one per affected obligation (existing or added), effective on effectiveDate. */
  revisions: ObligationRevision[];
  /** Added obligations with their first revision. */
  addedObligations: ExistingObligation[];
  /** Measurements to store (from input.progress). */
  progress: { obligationId: string; measurement: ProgressMeasurement }[];
}

export class ModificationError extends DomainRefusal {}

export function classifyModification(
  input: Pick<
    ModificationInput,
    | 'addObligations'
    | 'removeObligationIds'
    | 'addedGoodsDistinct'
    | 'priceReflectsStandaloneSellingPrice'
    | 'remainingGoodsDistinct'
    | 'priceConcessionMinor'
  >,
): ModificationType {
  const onlyAdds =
    (input.addObligations?.length ?? 0) > 0 &&
    (input.removeObligationIds?.length ?? 0) === 0 &&
    (input.priceConcessionMinor ?? 0) === 0;
  if (onlyAdds && input.addedGoodsDistinct && input.priceReflectsStandaloneSellingPrice) return 'SEPARATE_CONTRACT';
  return input.remainingGoodsDistinct ? 'PROSPECTIVE' : 'CUMULATIVE_CATCH_UP';
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function checkAmount(value: number | undefined, what: string): void {
  if (!Number.isSafeInteger(value) || (value as number) < 0)
    throw new ModificationError(`${what} must be a non-negative amount in minor units, got ${value}`);
}

function checkUnique(ids: readonly string[], what: string): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new ModificationError(`${what} names obligation ${id} twice`);
    seen.add(id);
  }
}

function checkMeasurement(
  obligation: ObligationTerms | undefined,
  id: string,
  measurement: ProgressMeasurement,
  effectiveDate: string,
): void {
  if (!obligation) throw new ModificationError(`progress names an unknown obligation ${id}`);
  if (obligation.pattern !== 'INPUT_METHOD')
    throw new ModificationError(
      `progress is measured for INPUT_METHOD obligations only, not ${obligation.pattern} obligation ${id}`,
    );
  // Measured at the modification: an earlier date would rewrite revenue already recognised.
  if (measurement.asOf !== effectiveDate)
    throw new ModificationError(
      `the progress of obligation ${id} must be measured on the effective date ${effectiveDate}, not ${measurement.asOf}`,
    );
  const zero = { numerator: 0n, denominator: 1n };
  const total = decimalFraction(measurement.totalUnits);
  if (!total || compareFractions(total, zero) <= 0)
    throw new ModificationError(
      `the progress of obligation ${id} needs totalUnits above 0, got ${measurement.totalUnits}`,
    );
  const completed = decimalFraction(measurement.completedUnits);
  if (!completed || compareFractions(completed, zero) < 0)
    throw new ModificationError(
      `the progress of obligation ${id} needs completedUnits of 0 or more, got ${measurement.completedUnits}`,
    );
}

function checkInput(obligations: readonly ExistingObligation[], input: ModificationInput): void {
  const { effectiveDate } = input;
  if (typeof effectiveDate !== 'string' || !isIsoDate(effectiveDate))
    throw new ModificationError(`effectiveDate must be a date YYYY-MM-DD, got ${String(effectiveDate)}`);
  if (obligations.length === 0)
    throw new ModificationError('a modification needs the existing obligations of the contract');
  const existingIds = obligations.map((o) => o.id);
  checkUnique(existingIds, 'the contract');
  for (const o of obligations) {
    checkAmount(o.standaloneSellingPriceMinor, `the standalone selling price of obligation ${o.id}`);
    // Modifications apply in order: one effective before a revision already made would rewrite it.
    const later = o.revisions.find((r) => r.effectiveDate > effectiveDate);
    if (later)
      throw new ModificationError(
        `obligation ${o.id} has a revision effective ${later.effectiveDate}, after the modification's effective date ${effectiveDate}`,
      );
  }
  if (!Number.isSafeInteger(input.considerationChangeMinor))
    throw new ModificationError(
      `considerationChangeMinor must be an amount in minor units, got ${input.considerationChangeMinor}`,
    );
  if (input.priceConcessionMinor !== undefined) checkAmount(input.priceConcessionMinor, 'priceConcessionMinor');

  const added = input.addObligations ?? [];
  checkUnique(
    added.map((a) => a.id),
    'addObligations',
  );
  for (const a of added) {
    if (existingIds.includes(a.id))
      throw new ModificationError(`added obligation ${a.id} has the id of an existing obligation`);
    checkAmount(a.standaloneSellingPriceMinor, `the standalone selling price of added obligation ${a.id}`);
  }
  const removed = input.removeObligationIds ?? [];
  checkUnique(removed, 'removeObligationIds');
  for (const id of removed)
    if (!existingIds.includes(id)) throw new ModificationError(`removeObligationIds names an unknown obligation ${id}`);

  for (const [id, ssp] of Object.entries(input.remainingStandaloneSellingPriceMinor ?? {})) {
    if (!existingIds.includes(id) || removed.includes(id))
      throw new ModificationError(
        `remainingStandaloneSellingPriceMinor names ${id}, which is not an obligation that remains`,
      );
    checkAmount(ssp, `the remaining standalone selling price of obligation ${id}`);
  }
  for (const [id, measurement] of Object.entries(input.progress ?? {})) {
    checkMeasurement(
      obligations.find((o) => o.id === id),
      id,
      measurement,
      effectiveDate,
    );
  }

  const concession = input.priceConcessionMinor ?? 0;
  const recognizedBefore = sum(obligations.map((o) => recognizedThrough(o, addDays(effectiveDate, -1))));
  if (concession > recognizedBefore) {
    throw new ModificationError(
      amountMessage`the price concession of ${quoted(concession)} is more than the ${quoted(recognizedBefore)} recognised for goods already transferred`,
    );
  }
}

/**
 * Splits `amountMinor` over `targets` by relative standalone selling price. Refused when the amount
 * is negative, or when there is an amount but nothing to carry it.
 */
function allocateOver(
  amountMinor: number,
  targets: readonly { id: string; sspMinor: number }[],
  what: string,
): number[] {
  if (amountMinor < 0)
    throw new ModificationError(
      amountMessage`${what} would be ${quoted(amountMinor)}: there cannot be less than nothing to allocate`,
    );
  if (sum(targets.map((t) => t.sspMinor)) === 0) {
    if (amountMinor === 0) return targets.map(() => 0);
    throw new ModificationError(amountMessage`nothing remains to allocate ${what} of ${quoted(amountMinor)} to`);
  }
  const allocation = allocateTransactionPrice({
    fixedConsiderationMinor: amountMinor,
    obligations: targets.map((t) => ({ id: t.id, standaloneSellingPriceMinor: t.sspMinor })),
  });
  return allocation.allocations.map((a) => a.amountMinor);
}

/** A PROSPECTIVE revision: `carriedMinor` stands, the rest of `allocatedMinor` is recognised over what remains. */
function prospectiveRevision(effectiveDate: string, carriedMinor: number, allocatedMinor: number): AllocationRevision {
  return { effectiveDate, allocatedMinor, treatment: 'PROSPECTIVE', carriedMinor };
}

function separateContract(input: ModificationInput): ObligationRevision[] {
  const added = input.addObligations ?? [];
  const amounts = allocateOver(
    input.considerationChangeMinor,
    added.map((a) => ({ id: a.id, sspMinor: a.standaloneSellingPriceMinor })),
    'the consideration of the added obligations',
  );
  return added.map((a, k) => ({
    obligationId: a.id,
    revision: { effectiveDate: input.effectiveDate, allocatedMinor: amounts[k], treatment: 'SEPARATE_CONTRACT' },
  }));
}

function isFullySatisfied(obligation: ObligationTerms, date: string): boolean {
  const f = fractionSatisfied(obligation, date);
  return f.numerator === f.denominator;
}

/** The SSP of what is left of an obligation: as given, else its SSP × the share not yet satisfied, rounded half up. */
function remainingSsp(obligation: ExistingObligation, dayBefore: string, input: ModificationInput): number {
  const given = input.remainingStandaloneSellingPriceMinor?.[obligation.id];
  if (given !== undefined) return given;
  const f = fractionSatisfied(obligation, dayBefore);
  const numerator = BigInt(obligation.standaloneSellingPriceMinor) * (f.denominator - f.numerator);
  return Number((2n * numerator + f.denominator) / (2n * f.denominator));
}

function prospective(obligations: readonly ExistingObligation[], input: ModificationInput): ObligationRevision[] {
  const date = input.effectiveDate;
  const dayBefore = addDays(date, -1);
  const removed = new Set(input.removeObligationIds ?? []);
  const added = input.addObligations ?? [];
  const concession = input.priceConcessionMinor ?? 0;

  const recognized = obligations.map((o) => recognizedThrough(o, dayBefore));
  // The concession credits goods already transferred: spread over what each obligation recognised for them.
  const concessionShares = concession === 0 ? recognized.map(() => 0) : splitByWeight(concession, recognized).amounts;
  const carried = recognized.map((r, i) => r - concessionShares[i]);

  // Not yet recognised plus the change; the concession is added back because it is taken off revenue now, not off what remains.
  const pool =
    sum(obligations.map((o, i) => allocationOn(o, date) - recognized[i])) + input.considerationChangeMinor + concession;
  const open = obligations.filter((o) => !removed.has(o.id) && !isFullySatisfied(o, dayBefore));
  const targets = [
    ...open.map((o) => ({ id: o.id, sspMinor: remainingSsp(o, dayBefore, input) })),
    ...added.map((a) => ({ id: a.id, sspMinor: a.standaloneSellingPriceMinor })),
  ];
  const shares = allocateOver(pool, targets, 'the consideration not yet recognised plus the change');
  const shareOf = (id: string) => {
    const k = targets.findIndex((t) => t.id === id);
    return k === -1 ? 0 : shares[k];
  };

  return [
    ...obligations.map((o, i) => ({
      obligationId: o.id,
      revision: prospectiveRevision(date, carried[i], carried[i] + shareOf(o.id)),
    })),
    ...added.map((a) => ({ obligationId: a.id, revision: prospectiveRevision(date, 0, shareOf(a.id)) })),
  ];
}

function cumulativeCatchUp(obligations: readonly ExistingObligation[], input: ModificationInput): ObligationRevision[] {
  const date = input.effectiveDate;
  const dayBefore = addDays(date, -1);
  const removed = new Set(input.removeObligationIds ?? []);
  const added = input.addObligations ?? [];

  const kept = obligations.filter((o) => !removed.has(o.id));
  const keptByRemoved = obligations
    .filter((o) => removed.has(o.id))
    .map((o) => ({ id: o.id, recognizedMinor: recognizedThrough(o, dayBefore) }));
  const transactionPrice = sum(obligations.map((o) => allocationOn(o, date))) + input.considerationChangeMinor;
  // What the removed obligations keep is out of the price the others share.
  const targets = [...kept, ...added].map((o) => ({ id: o.id, sspMinor: o.standaloneSellingPriceMinor }));
  const amounts = allocateOver(
    transactionPrice - sum(keptByRemoved.map((r) => r.recognizedMinor)),
    targets,
    'the new transaction price',
  );

  return [
    ...targets.map((t, k) => ({
      obligationId: t.id,
      revision: { effectiveDate: date, allocatedMinor: amounts[k], treatment: 'CUMULATIVE_CATCH_UP' as const },
    })),
    // A prospective revision with nothing left to recognise freezes a removed obligation at what it recognised.
    ...keptByRemoved.map((r) => ({
      obligationId: r.id,
      revision: prospectiveRevision(date, r.recognizedMinor, r.recognizedMinor),
    })),
  ];
}

function revisionsFor(id: string, revisions: readonly ObligationRevision[]): AllocationRevision[] {
  return revisions.filter((r) => r.obligationId === id).map((r) => r.revision);
}

/** The obligations with `revisions` appended to their own. */
export function withRevisions<T extends ObligationTerms>(
  obligations: readonly T[],
  revisions: readonly ObligationRevision[],
): T[] {
  return obligations.map((o) => ({ ...o, revisions: [...o.revisions, ...revisionsFor(o.id, revisions)] }));
}

function totalAllocated(obligations: readonly ObligationTerms[], date: string): number {
  return sum(obligations.map((o) => allocationOn(o, date)));
}

function totalRecognized(obligations: readonly ObligationTerms[], date: string): number {
  return sum(obligations.map((o) => recognizedThrough(o, date)));
}

/** The impact of going from `before` to `after` on `date`; what is recognised on it is the difference a catch-up makes. */
export function revenueImpact(
  before: readonly ObligationTerms[],
  after: readonly ObligationTerms[],
  date: string,
): RevenueImpact {
  const transactionPriceBeforeMinor = totalAllocated(before, date);
  const transactionPriceAfterMinor = totalAllocated(after, date);
  const recognizedBefore = totalRecognized(before, date);
  const recognizedAfter = totalRecognized(after, date);
  return {
    transactionPriceBeforeMinor,
    transactionPriceAfterMinor,
    recognizedOnEffectiveDateMinor: recognizedAfter - recognizedBefore,
    remainingBeforeMinor: transactionPriceBeforeMinor - recognizedBefore,
    remainingAfterMinor: transactionPriceAfterMinor - recognizedAfter,
  };
}

export function modifyContract(
  obligations: readonly ExistingObligation[],
  input: ModificationInput,
): ModificationResult {
  checkInput(obligations, input);
  const type = classifyModification(input);
  const date = input.effectiveDate;
  const remeasured = obligations.map((o) => {
    const measurement = input.progress?.[o.id];
    return measurement ? { ...o, progress: [...(o.progress ?? []), measurement] } : o;
  });
  const revisions =
    type === 'SEPARATE_CONTRACT'
      ? separateContract(input)
      : type === 'PROSPECTIVE'
        ? prospective(remeasured, input)
        : cumulativeCatchUp(remeasured, input);

  const addedObligations = (input.addObligations ?? []).map((a) => ({
    ...a,
    revisions: revisionsFor(a.id, revisions),
  }));
  const impact = revenueImpact(obligations, [...withRevisions(remeasured, revisions), ...addedObligations], date);
  const recognizedOnEffectiveDateMinor =
    type === 'CUMULATIVE_CATCH_UP'
      ? impact.recognizedOnEffectiveDateMinor
      : type === 'PROSPECTIVE'
        ? 0 - (input.priceConcessionMinor ?? 0)
        : 0; // 0 − x, never −0

  return {
    type,
    revisions,
    addedObligations,
    progress: Object.entries(input.progress ?? {}).map(([obligationId, measurement]) => ({
      obligationId,
      measurement,
    })),
    ...impact,
    recognizedOnEffectiveDateMinor,
  };
}
