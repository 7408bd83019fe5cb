/**
 * A change in the estimate of variable consideration after inception (ASC 606-10-32-42 to 32-45,
 * IFRS 15.87-90), turned into allocation revisions effective on the reporting date of the new
 * estimate.
 *
 * - The change in the transaction price is allocated on the same basis as at inception (32-43):
 *   entirely to the obligations the component relates to when 32-40's criteria held (32-44), else
 *   across the obligations that remain, by standalone selling price, largest remainder.
 * - What falls to satisfied or partly satisfied obligations is recognised in the period of the
 *   change (32-43): a cumulative catch-up on the reporting date.
 *   - An obligation recognising by the ordinary rule gets a CUMULATIVE_CATCH_UP revision with its
 *     allocation changed by its share, so C(t) = trunc(T' × f(t)) from the reporting date on.
 *   - An obligation under a PROSPECTIVE revision (a modification treated as a new contract, 32-45)
 *     keeps that basis: its share is caught up by the progress made since that modification and the
 *     rest recognised as it goes, which is what the prospective revision would have recognised had
 *     its allocation included the share from the start.
 */
import { addDays } from '../../../lib/calendar';
import { DomainRefusal, amountMessage, quoted } from '../../../lib/domainRefusal';
import { splitByWeight } from './allocateTransactionPrice';
import {
  revenueImpact,
  withRevisions,
  type ExistingObligation,
  type ObligationRevision,
  type RevenueImpact,
} from './modifyContract';
import { fractionSatisfied, recognizedThrough } from './revenueSchedule';
import type { AllocationRevision } from './types';

export interface VariableChangeInput {
  /** The reporting date of the new estimate: revenue is caught up on it. */
  effectiveDate: string;
  /** The change in what the transaction price includes: negative when the estimate falls. */
  changeMinor: number;
  /** The obligations the component belongs to entirely (32-40); empty: every obligation given. */
  allocateTo: readonly string[];
}

export interface VariableChangeResult extends RevenueImpact {
  /** Revisions to append, one per obligation whose allocation changes, effective on effectiveDate. */
  revisions: ObligationRevision[];
}

export class VariableConsiderationChangeError extends DomainRefusal {}

function checkInput(obligations: readonly ExistingObligation[], input: VariableChangeInput): void {
  if (!Number.isSafeInteger(input.changeMinor))
    throw new VariableConsiderationChangeError(
      `the change must be a whole number of minor units, got ${input.changeMinor}`,
    );
  if (obligations.length === 0)
    throw new VariableConsiderationChangeError('no performance obligation remains to take the change');
  for (const id of input.allocateTo)
    if (!obligations.some((o) => o.id === id))
      throw new VariableConsiderationChangeError(
        `the component belongs to obligation ${id}, which no longer remains in the contract`,
      );
  for (const o of obligations) {
    const later = o.revisions.find((r) => r.effectiveDate > input.effectiveDate);
    if (later)
      throw new VariableConsiderationChangeError(
        `obligation ${o.id} has a revision effective ${later.effectiveDate}, after the re-estimate's date ${input.effectiveDate}`,
      );
  }
}

/** Each target's share of `delta` (negative for a reduction), split by SSP; equally when no target has one. */
function shares(delta: number, targets: readonly ExistingObligation[]): number[] {
  const weights = targets.map((o) => o.standaloneSellingPriceMinor);
  const basis = weights.some((w) => w > 0) ? weights : targets.map(() => 1);
  const split = splitByWeight(Math.abs(delta), basis).amounts;
  return delta < 0 ? split.map((amount) => 0 - amount) : split;
}

/** The revision in force on `date`: the last of those effective by then, in the order they were made. */
function revisionInForce(obligation: ExistingObligation, date: string): AllocationRevision | undefined {
  return obligation.revisions.filter((r) => r.effectiveDate <= date).at(-1);
}

/** Share of what was left after a prospective revision's date that progress has used up by `dayBefore`: (f1 − f0) / (1 − f0). */
function progressSince(obligation: ExistingObligation, revision: AllocationRevision, dayBefore: string) {
  const f0 = fractionSatisfied(obligation, addDays(revision.effectiveDate, -1));
  const f1 = fractionSatisfied(obligation, dayBefore);
  if (f0.numerator === f0.denominator) return { numerator: 1n, denominator: 1n };
  return {
    numerator: f1.numerator * f0.denominator - f0.numerator * f1.denominator,
    denominator: f1.denominator * (f0.denominator - f0.numerator),
  };
}

function revisionWithShare(obligation: ExistingObligation, share: number, date: string): AllocationRevision {
  const inForce = revisionInForce(obligation, date);
  if (!inForce)
    throw new VariableConsiderationChangeError(`obligation ${obligation.id} has no allocation yet on ${date}`);
  const allocatedMinor = inForce.allocatedMinor + share;
  if (allocatedMinor < 0)
    throw new VariableConsiderationChangeError(
      amountMessage`the reduction would leave obligation ${obligation.id} with ${quoted(allocatedMinor)}: less than nothing`,
    );
  if (inForce.treatment !== 'PROSPECTIVE')
    return { effectiveDate: date, allocatedMinor, treatment: 'CUMULATIVE_CATCH_UP' };
  if (inForce.effectiveDate === date) return { ...inForce, allocatedMinor };
  const dayBefore = addDays(date, -1);
  const used = progressSince(obligation, inForce, dayBefore);
  const caughtUp = Number((BigInt(share) * used.numerator) / used.denominator);
  return {
    effectiveDate: date,
    allocatedMinor,
    treatment: 'PROSPECTIVE',
    carriedMinor: recognizedThrough(obligation, dayBefore) + caughtUp,
  };
}

export function changeVariableConsideration(
  obligations: readonly ExistingObligation[],
  input: VariableChangeInput,
): VariableChangeResult {
  checkInput(obligations, input);
  const date = input.effectiveDate;
  const delta = input.changeMinor;
  const targets =
    input.allocateTo.length > 0 ? obligations.filter((o) => input.allocateTo.includes(o.id)) : obligations;
  const amounts = delta === 0 ? targets.map(() => 0) : shares(delta, targets);
  const revisions = targets
    .map((o, k) => ({ obligationId: o.id, revision: revisionWithShare(o, amounts[k], date) }))
    .filter((_, k) => amounts[k] !== 0);
  return { revisions, ...revenueImpact(obligations, withRevisions(obligations, revisions), date) };
}
