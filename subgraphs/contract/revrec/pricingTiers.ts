/**
 * Pricing tiers: a discount off the list price by customer tier. A tier change is requested, then
 * approved or rejected by a data steward; only an APPROVED change ever affects an invoice, from its
 * effective date on.
 */
import { DomainRefusal } from '../../../lib/domainRefusal';
import { isIsoDate } from '../../../lib/calendar';
import { listingEvery } from '../../../lib/listingEvery';
import type { ApprovalStatus, PricingTier } from '../generated/enums';

/** The discount of every tier the SDL has, in basis points. */
export const PRICING_TIERS: Readonly<Record<PricingTier, number>> = {
  LIST: 0,
  SILVER: 500,
  GOLD: 1000,
  PLATINUM: 1500,
};

export interface TierChange {
  tier: PricingTier;
  effectiveFrom: string;
  status: ApprovalStatus;
  decidedAt?: Date | null;
}

export class PricingTierError extends DomainRefusal {}

const BASIS_POINTS_IN_WHOLE = 10_000n;
const STATUSES = listingEvery<ApprovalStatus>()(['REQUESTED', 'APPROVED', 'REJECTED']);

export function isPricingTier(value: string): value is PricingTier {
  // Own keys only: 'toString' is not a tier.
  return Object.prototype.hasOwnProperty.call(PRICING_TIERS, value);
}

function checkTier(tier: string, what: string): void {
  if (!isPricingTier(tier))
    throw new PricingTierError(
      `${what} "${tier}" is not a pricing tier: use one of ${Object.keys(PRICING_TIERS).join(', ')}`,
    );
}

function checkDate(date: string, what: string): void {
  if (!isIsoDate(date)) throw new PricingTierError(`${what} "${date}" is not a real date (YYYY-MM-DD)`);
}

function checkChange(change: TierChange, i: number): void {
  checkTier(change.tier, `changes[${i}].tier`);
  checkDate(change.effectiveFrom, `changes[${i}].effectiveFrom`);
  if (!STATUSES.includes(change.status))
    throw new PricingTierError(`changes[${i}].status "${change.status}" is not one of ${STATUSES.join(', ')}`);
  const { decidedAt } = change;
  if (
    decidedAt !== undefined &&
    decidedAt !== null &&
    !(decidedAt instanceof Date && Number.isFinite(decidedAt.getTime()))
  ) {
    throw new PricingTierError(`changes[${i}].decidedAt is not a valid time`);
  }
}

/** A change without a decision time counts as decided before any that has one. */
function decidedAtMs(change: TierChange): number {
  return change.decidedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
}

/** Takes over when effective later, or on the same day when decided later or, decided at the same time, listed later. */
function supersedes(candidate: TierChange, current: TierChange): boolean {
  if (candidate.effectiveFrom !== current.effectiveFrom) return candidate.effectiveFrom > current.effectiveFrom;
  return decidedAtMs(candidate) >= decidedAtMs(current);
}

/** The tier in force on `date`: the latest-effective APPROVED change with effectiveFrom <= date (ties: the later decision), else `initialTier`. */
export function tierInForce(initialTier: PricingTier, changes: readonly TierChange[], date: string): PricingTier {
  checkTier(initialTier, 'initialTier');
  checkDate(date, 'date');
  changes.forEach(checkChange);
  let inForce: TierChange | null = null;
  for (const change of changes) {
    if (change.status !== 'APPROVED' || change.effectiveFrom > date) continue;
    if (inForce === null || supersedes(change, inForce)) inForce = change;
  }
  return inForce?.tier ?? initialTier;
}

/** The amount billed at a tier: list amount less the tier's discount, rounded half up to the minor unit. */
export function priceAtTier(listAmountMinor: number, tier: PricingTier): number {
  if (!Number.isSafeInteger(listAmountMinor) || listAmountMinor < 0) {
    throw new PricingTierError(
      `the list amount must be a non-negative whole number of minor units, got ${listAmountMinor}`,
    );
  }
  checkTier(tier, 'tier');
  const scaled = BigInt(listAmountMinor) * (BASIS_POINTS_IN_WHOLE - BigInt(PRICING_TIERS[tier]));
  // Half up for a non-negative quotient: floor((2n + d) / 2d); BigInt keeps large amounts exact.
  return Number((2n * scaled + BASIS_POINTS_IN_WHOLE) / (2n * BASIS_POINTS_IN_WHOLE));
}
