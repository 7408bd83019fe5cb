import { DomainRefusal } from '../../../lib/domainRefusal';
import type { EstimateMethod } from '../generated/enums';

/**
 * Estimating variable consideration (ASC 606-10-32-5 to 32-14, IFRS 15.50-59), in integer minor
 * units:
 * - the expected value: the probability-weighted sum of the possible amounts (32-8a), rounded half
 *   up to the minor unit;
 * - the most likely amount: the single amount with the highest probability (32-8b); a tie goes to
 *   the smaller amount, the conservative choice when the evidence cannot tell them apart;
 * - the constraint (32-11): only the amount for which a significant reversal is highly probable not
 *   to occur is included in the transaction price, never more than the estimate.
 *
 * Probabilities are validated as numbers, then counted in whole parts per billion so that the sums
 * and comparisons are exact (0.1 + 0.2 equals 0.3 there) and the amounts are multiplied as BigInt.
 */

export interface VariableConsiderationInput {
  method: EstimateMethod;
  /** Possible outcomes with their probabilities (summing to 1 within 1e-9). */
  outcomes: { amountMinor: number; probability: number }[];
  /**
   * The constraint (32-11): when true only `highlyProbableMinor` (default 0) — the amount for which
   * a significant reversal is highly probable not to occur — is included, never more than the estimate.
   */
  constrained: boolean;
  /** Ignored when not constrained. */
  highlyProbableMinor?: number;
}

export interface VariableConsiderationEstimate {
  method: EstimateMethod;
  estimateMinor: number;
  includedMinor: number;
  constrained: boolean;
}

export class VariableConsiderationError extends DomainRefusal {}

const PARTS_PER_BILLION = 1_000_000_000;
const SUM_TOLERANCE = 1e-9;

interface WeightedOutcome {
  amountMinor: number;
  partsPerBillion: number;
}

function isNonNegativeMinor(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function checkOutcomes(outcomes: VariableConsiderationInput['outcomes']): void {
  if (outcomes.length === 0)
    throw new VariableConsiderationError('variable consideration needs at least one possible outcome');
  outcomes.forEach((outcome, i) => {
    // Penalties and refunds reduce the fixed consideration; they are not outcomes of a variable amount here.
    if (!isNonNegativeMinor(outcome.amountMinor)) {
      throw new VariableConsiderationError(
        `outcomes[${i}].amountMinor must be a non-negative whole number of minor units, got ${outcome.amountMinor}`,
      );
    }
    if (!Number.isFinite(outcome.probability) || outcome.probability < 0 || outcome.probability > 1) {
      throw new VariableConsiderationError(
        `outcomes[${i}].probability must be between 0 and 1, got ${outcome.probability}`,
      );
    }
  });
  const sum = outcomes.reduce((total, outcome) => total + outcome.probability, 0);
  if (Math.abs(sum - 1) > SUM_TOLERANCE)
    throw new VariableConsiderationError(`the probabilities of the outcomes must add up to 1, they add up to ${sum}`);
}

function weigh(outcomes: VariableConsiderationInput['outcomes']): WeightedOutcome[] {
  return outcomes.map((outcome) => ({
    amountMinor: outcome.amountMinor,
    partsPerBillion: Math.round(outcome.probability * PARTS_PER_BILLION),
  }));
}

/** Σ amount × probability, divided by the probabilities' own total so their rounding to parts per billion cannot shift the result. */
function expectedValue(outcomes: readonly WeightedOutcome[]): number {
  const weighted = outcomes.reduce((sum, o) => sum + BigInt(o.amountMinor) * BigInt(o.partsPerBillion), 0n);
  const totalWeight = outcomes.reduce((sum, o) => sum + BigInt(o.partsPerBillion), 0n);
  // Half up for a non-negative quotient: floor((2n + d) / 2d).
  return Number((2n * weighted + totalWeight) / (2n * totalWeight));
}

/** The amount with the highest probability, outcomes listed twice for one amount counting together; ties to the smaller amount. */
function mostLikelyAmount(outcomes: readonly WeightedOutcome[]): number {
  const byAmount = new Map<number, number>();
  for (const o of outcomes) byAmount.set(o.amountMinor, (byAmount.get(o.amountMinor) ?? 0) + o.partsPerBillion);
  const ranked = [...byAmount].sort(([amountA, weightA], [amountB, weightB]) => weightB - weightA || amountA - amountB);
  return ranked[0][0];
}

function estimate(method: EstimateMethod, outcomes: readonly WeightedOutcome[]): number {
  switch (method) {
    case 'EXPECTED_VALUE':
      return expectedValue(outcomes);
    case 'MOST_LIKELY_AMOUNT':
      return mostLikelyAmount(outcomes);
    default:
      throw new VariableConsiderationError(
        `unknown estimate method ${String(method)}: use EXPECTED_VALUE or MOST_LIKELY_AMOUNT`,
      );
  }
}

export function estimateVariableConsideration(input: VariableConsiderationInput): VariableConsiderationEstimate {
  checkOutcomes(input.outcomes);
  const estimateMinor = estimate(input.method, weigh(input.outcomes));
  if (!input.constrained)
    return { method: input.method, estimateMinor, includedMinor: estimateMinor, constrained: false };
  const highlyProbableMinor = input.highlyProbableMinor ?? 0;
  if (!isNonNegativeMinor(highlyProbableMinor)) {
    throw new VariableConsiderationError(
      `highlyProbableMinor must be a non-negative whole number of minor units, got ${highlyProbableMinor}`,
    );
  }
  return {
    method: input.method,
    estimateMinor,
    includedMinor: Math.min(highlyProbableMinor, estimateMinor),
    constrained: true,
  };
}
