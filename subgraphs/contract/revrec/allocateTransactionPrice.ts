import { DomainRefusal } from '../../../lib/domainRefusal';
import type { AllocationMethod } from '../generated/enums';

/**
 * Allocation of a contract's transaction price to its performance obligations (ASC 606-10-32-28 to
 * 32-41, IFRS 15.73-86), in integer minor units:
 * - by relative standalone selling price (SSP), the default;
 * - a discount entirely to some obligations when observable evidence says it belongs to them
 *   (ASC 606-10-32-37): the others keep their SSP;
 * - the residual approach for one obligation whose SSP is highly variable or uncertain: it gets
 *   the price less the others' SSPs, refused when that falls outside its observable range;
 * - variable consideration entirely to one obligation when the criteria of 606-10-32-40 hold.
 *
 * Rounding keeps the total exact (largest remainder): every share is rounded down to a minor unit,
 * then the units left over go one each to the shares with the largest fractions, ties to the
 * obligation listed first.
 */

export interface ObligationInput {
  id: string;
  /** Standalone selling price in minor units; for the residual obligation, leave it out. */
  standaloneSellingPriceMinor?: number;
  /** This obligation's SSP is estimated with the residual approach. */
  residual?: boolean;
  /** For a residual obligation: the range of observed prices the residual must fall in. */
  observableRangeMinor?: { min: number; max: number };
}

export interface AllocationInput {
  /** Fixed consideration in minor units. */
  fixedConsiderationMinor: number;
  obligations: ObligationInput[];
  /** A discount that observable evidence attributes to these obligations only. */
  discountTo?: string[];
  /** Variable consideration (estimated, after the constraint) and, when its criteria hold, the one obligation it belongs to. */
  variableConsideration?: { amountMinor: number; allocateTo?: string };
}

export interface Allocation {
  obligationId: string;
  amountMinor: number;
  /** Before rounding, in minor units (for disclosure). */
  unroundedMinor: number;
}

export interface AllocationResult {
  transactionPriceMinor: number;
  /** SSPs in total less the transaction price; negative for a premium. */
  discountMinor: number;
  method: AllocationMethod;
  allocations: Allocation[];
}

export class AllocationError extends DomainRefusal {}

/** Splits `total` over `weights` in proportion, exactly, by the largest-remainder rule. */
export function splitByWeight(total: number, weights: readonly number[]): { amounts: number[]; unrounded: number[] } {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new AllocationError('standalone selling prices must add up to more than zero');
  const unrounded = weights.map((w) => (total * w) / sum);
  const amounts = unrounded.map(Math.floor);
  let left = total - amounts.reduce((a, b) => a + b, 0);
  const order = unrounded
    .map((u, i) => ({ i, fraction: u - Math.floor(u) }))
    .sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    amounts[i] += 1;
    left -= 1;
  }
  return { amounts, unrounded };
}

function check(input: AllocationInput): void {
  if (input.obligations.length === 0) throw new AllocationError('a contract needs at least one performance obligation');
  const ids = new Set(input.obligations.map((o) => o.id));
  if (ids.size !== input.obligations.length) throw new AllocationError('obligation ids must be unique');
  if (!Number.isSafeInteger(input.fixedConsiderationMinor) || input.fixedConsiderationMinor < 0)
    throw new AllocationError('fixed consideration must be a non-negative amount in minor units');
  for (const o of input.obligations) {
    if (o.residual) continue;
    if (!Number.isSafeInteger(o.standaloneSellingPriceMinor) || (o.standaloneSellingPriceMinor as number) < 0) {
      throw new AllocationError(`obligation ${o.id} needs a standalone selling price in minor units`);
    }
  }
  for (const id of input.discountTo ?? [])
    if (!ids.has(id)) throw new AllocationError(`discountTo names an unknown obligation ${id}`);
  const variable = input.variableConsideration;
  if (variable && (!Number.isSafeInteger(variable.amountMinor) || variable.amountMinor < 0))
    throw new AllocationError('variable consideration must be a non-negative amount in minor units');
  if (variable?.allocateTo && !ids.has(variable.allocateTo))
    throw new AllocationError(`variable consideration names an unknown obligation ${variable.allocateTo}`);
}

export function allocateTransactionPrice(input: AllocationInput): AllocationResult {
  check(input);
  const { obligations } = input;
  const variable = input.variableConsideration;
  const transactionPriceMinor = input.fixedConsiderationMinor + (variable?.amountMinor ?? 0);
  // Variable consideration that belongs to one obligation stays out of the relative split.
  const toSplit = variable?.allocateTo ? input.fixedConsiderationMinor : transactionPriceMinor;
  const residuals = obligations.filter((o) => o.residual);
  if (residuals.length > 1) throw new AllocationError('the residual approach can estimate one obligation only');

  let result: Omit<AllocationResult, 'transactionPriceMinor'>;
  if (residuals.length === 1) {
    const [residual] = residuals;
    const others = obligations.filter((o) => !o.residual);
    const othersSsp = others.reduce((sum, o) => sum + (o.standaloneSellingPriceMinor as number), 0);
    const remainder = toSplit - othersSsp;
    const range = residual.observableRangeMinor;
    if (remainder <= 0 || (range && (remainder < range.min || remainder > range.max))) {
      const allowed = range ? `its observable range ${range.min}..${range.max}` : 'what can be allocated';
      throw new AllocationError(
        `the residual for ${residual.id} would be ${remainder} minor units, outside ${allowed}: ` +
          'the residual approach is not permitted here',
      );
    }
    result = {
      method: 'RESIDUAL',
      discountMinor: 0,
      allocations: obligations.map((o) => {
        const amount = o.residual ? remainder : (o.standaloneSellingPriceMinor as number);
        return { obligationId: o.id, amountMinor: amount, unroundedMinor: amount };
      }),
    };
  } else if (input.discountTo && input.discountTo.length > 0) {
    const inSubset = (o: ObligationInput) => input.discountTo?.includes(o.id) ?? false;
    const ssp = (o: ObligationInput) => o.standaloneSellingPriceMinor as number;
    const outside = obligations.filter((o) => !inSubset(o)).reduce((sum, o) => sum + ssp(o), 0);
    const subsetPrice = toSplit - outside;
    const subset = obligations.filter(inSubset);
    if (subsetPrice < 0)
      throw new AllocationError(
        'the discount is larger than the standalone selling prices of the obligations it is attributed to',
      );
    const split = splitByWeight(subsetPrice, subset.map(ssp));
    result = {
      method: 'DISCOUNT_TO_SUBSET',
      discountMinor: obligations.reduce((sum, o) => sum + ssp(o), 0) - toSplit,
      allocations: obligations.map((o) => {
        const k = subset.indexOf(o);
        return k === -1
          ? { obligationId: o.id, amountMinor: ssp(o), unroundedMinor: ssp(o) }
          : { obligationId: o.id, amountMinor: split.amounts[k], unroundedMinor: split.unrounded[k] };
      }),
    };
  } else {
    const weights = obligations.map((o) => o.standaloneSellingPriceMinor as number);
    const split = splitByWeight(toSplit, weights);
    result = {
      method: 'RELATIVE_SSP',
      discountMinor: weights.reduce((a, b) => a + b, 0) - toSplit,
      allocations: obligations.map((o, i) => ({
        obligationId: o.id,
        amountMinor: split.amounts[i],
        unroundedMinor: split.unrounded[i],
      })),
    };
  }
  if (variable?.allocateTo) {
    const target = result.allocations.find((a) => a.obligationId === variable.allocateTo) as Allocation;
    target.amountMinor += variable.amountMinor;
    target.unroundedMinor += variable.amountMinor;
  }
  return { transactionPriceMinor, ...result };
}
