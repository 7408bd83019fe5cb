import { DomainRefusal } from '../../../lib/domainRefusal';

/**
 * The four-eyes control on discounts: a transaction price further below the standalone selling
 * prices than a threshold needs a second person's approval before the contract is booked.
 */

export interface DiscountAssessment {
  standaloneTotalMinor: number;
  transactionPriceMinor: number;
  discountMinor: number;
  /** discount / standalone total, in basis points, rounded half up */
  discountBasisPoints: number;
  needsApproval: boolean;
}

export class DiscountApprovalError extends DomainRefusal {}

const BASIS_POINTS_IN_WHOLE = 10_000n;

function checkAmount(value: number, what: string, allowZero: boolean): void {
  if (!Number.isSafeInteger(value) || value < 0 || (!allowZero && value === 0)) {
    throw new DiscountApprovalError(
      `${what} must be a ${allowZero ? 'non-negative' : 'positive'} whole number, got ${value}`,
    );
  }
}

/** Half up on the magnitude (half away from zero), so a premium rounds like the same discount with the sign turned. */
function basisPointsOf(discountMinor: number, standaloneTotalMinor: number): number {
  const magnitude = BigInt(Math.abs(discountMinor)) * BASIS_POINTS_IN_WHOLE;
  const total = BigInt(standaloneTotalMinor);
  const rounded = Number((2n * magnitude + total) / (2n * total));
  return discountMinor < 0 ? -rounded : rounded;
}

/** A discount above `thresholdBasisPoints` of the standalone selling prices needs a second person's approval. Premiums (negative discounts) never do. */
export function assessDiscount(
  standaloneTotalMinor: number,
  transactionPriceMinor: number,
  thresholdBasisPoints: number,
): DiscountAssessment {
  checkAmount(standaloneTotalMinor, 'the standalone total in minor units', false);
  checkAmount(transactionPriceMinor, 'the transaction price in minor units', true);
  checkAmount(thresholdBasisPoints, 'the approval threshold in basis points', true);
  const discountMinor = standaloneTotalMinor - transactionPriceMinor;
  // Compared exactly rather than after rounding: a discount a fraction of a basis point above the threshold is above it.
  const needsApproval =
    BigInt(discountMinor) * BASIS_POINTS_IN_WHOLE > BigInt(thresholdBasisPoints) * BigInt(standaloneTotalMinor);
  return {
    standaloneTotalMinor,
    transactionPriceMinor,
    discountMinor,
    discountBasisPoints: basisPointsOf(discountMinor, standaloneTotalMinor),
    needsApproval,
  };
}
