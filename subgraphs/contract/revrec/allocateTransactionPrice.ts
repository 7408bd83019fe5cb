import { DomainRefusal, amountMessage, quoted } from '../../../lib/domainRefusal';
import type { AllocationMethod } from '../generated/enums';

/**
 * Allocation of a contract's transaction price to its performance obligations (ASC 606-10-32-28 to
 * 32-41, IFRS 15.73-86), in integer minor units:
 * - by relative standalone selling price (SSP), the default;
 * - a discount entirely to one or more bundles of obligations when observable evidence says it
 *   belongs to them (32-37): each bundle gets its observable price (one bundle may leave it out and
 *   take what the contract's price leaves), the others keep their SSP;
 * - the residual approach for one obligation whose SSP is highly variable or uncertain (32-34(c)):
 *   it gets the price less the others' SSPs, and less the observable price of any discounted bundle
 *   rather than its SSPs (as in ASC 606-10-55-259, Example 34 Case B); refused when that falls outside
 *   its observable range;
 * - each component of variable consideration either across all obligations like the rest of the
 *   price, or entirely to the one or more (not all) obligations it relates to when 32-40's criteria
 *   hold, split among them by SSP.
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

/** Obligations regularly sold together at a discount (ASC 606-10-32-37). */
export interface DiscountBundle {
  obligationIds: string[];
  /** The bundle's observable price; required alongside a residual obligation, may be left out by one bundle otherwise. */
  observablePriceMinor?: number;
}

/** A component of variable consideration, as included in the transaction price after the constraint. */
export interface VariableComponent {
  key: string;
  amountMinor: number;
  /** The obligations it relates to entirely when 32-40's criteria hold (one or more, not all); absent or empty: all. */
  allocateTo?: string[];
}

export interface AllocationInput {
  /** Fixed consideration in minor units. */
  fixedConsiderationMinor: number;
  obligations: ObligationInput[];
  /** One bundle without an observable price: the discount belongs to these obligations only. */
  discountTo?: string[];
  discountBundles?: DiscountBundle[];
  variableConsideration?: VariableComponent[];
}

export interface Allocation {
  obligationId: string;
  amountMinor: number;
  /** Before rounding, in minor units (for disclosure). */
  unroundedMinor: number;
}

export interface AllocationResult {
  transactionPriceMinor: number;
  /** SSPs in total (the residual obligation at what it was allocated) less the transaction price; negative for a premium. */
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

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function isAmount(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function bundlesOf(input: AllocationInput): DiscountBundle[] {
  if (input.discountBundles?.length) {
    if (input.discountTo?.length) throw new AllocationError('give discountTo or discountBundles, not both');
    return input.discountBundles;
  }
  return input.discountTo?.length ? [{ obligationIds: input.discountTo }] : [];
}

function checkBundles(bundles: readonly DiscountBundle[], obligations: readonly ObligationInput[]): void {
  const byId = new Map(obligations.map((o) => [o.id, o]));
  const bundled = new Set<string>();
  bundles.forEach((bundle, b) => {
    if (bundle.obligationIds.length === 0) throw new AllocationError(`discount bundle ${b + 1} names no obligation`);
    for (const id of bundle.obligationIds) {
      const obligation = byId.get(id);
      if (!obligation) throw new AllocationError(`a discount bundle names an unknown obligation ${id}`);
      if (obligation.residual)
        throw new AllocationError(
          `${id} is estimated with the residual approach; its standalone selling price is not observable, so no observable discount can belong to it`,
        );
      if (bundled.has(id)) throw new AllocationError(`obligation ${id} is in more than one discount bundle`);
      bundled.add(id);
    }
    if (bundle.observablePriceMinor !== undefined && !isAmount(bundle.observablePriceMinor))
      throw new AllocationError(`the observable price of discount bundle ${b + 1} must be a non-negative amount`);
  });
}

function checkComponents(components: readonly VariableComponent[], obligations: readonly ObligationInput[]): void {
  const ids = new Set(obligations.map((o) => o.id));
  const keys = new Set<string>();
  for (const component of components) {
    if (keys.has(component.key)) throw new AllocationError(`variable consideration ${component.key} is listed twice`);
    keys.add(component.key);
    if (!isAmount(component.amountMinor))
      throw new AllocationError(`variable consideration ${component.key} must be a non-negative amount`);
    const targets = component.allocateTo ?? [];
    for (const id of targets)
      if (!ids.has(id))
        throw new AllocationError(`variable consideration ${component.key} names an unknown obligation ${id}`);
    if (new Set(targets).size !== targets.length)
      throw new AllocationError(`variable consideration ${component.key} names an obligation twice`);
    if (obligations.length > 1 && targets.length === obligations.length)
      throw new AllocationError(
        `variable consideration ${component.key} names every obligation: allocated entirely to some (ASC 606-10-32-40) means not to all; leave allocateTo out to spread it`,
      );
  }
}

function check(input: AllocationInput): void {
  if (input.obligations.length === 0) throw new AllocationError('a contract needs at least one performance obligation');
  const ids = new Set(input.obligations.map((o) => o.id));
  if (ids.size !== input.obligations.length) throw new AllocationError('obligation ids must be unique');
  if (!isAmount(input.fixedConsiderationMinor))
    throw new AllocationError('fixed consideration must be a non-negative amount in minor units');
  for (const o of input.obligations) {
    if (o.residual) continue;
    if (!isAmount(o.standaloneSellingPriceMinor))
      throw new AllocationError(`obligation ${o.id} needs a standalone selling price in minor units`);
  }
  if (input.obligations.filter((o) => o.residual).length > 1)
    throw new AllocationError('the residual approach can estimate one obligation only');
  checkBundles(bundlesOf(input), input.obligations);
  checkComponents(input.variableConsideration ?? [], input.obligations);
}

type BaseAllocation = Omit<AllocationResult, 'transactionPriceMinor'>;

const ssp = (o: ObligationInput) => o.standaloneSellingPriceMinor as number;

/** `price` split over the bundle's obligations by their SSPs, keyed by obligation id. */
function splitBundle(price: number, members: readonly ObligationInput[]): Map<string, Allocation> {
  const split = splitByWeight(price, members.map(ssp));
  return new Map(
    members.map((o, k) => [
      o.id,
      { obligationId: o.id, amountMinor: split.amounts[k], unroundedMinor: split.unrounded[k] },
    ]),
  );
}

const NOT_ATTRIBUTABLE =
  'the discount is not entirely attributable to the bundles (ASC 606-10-32-37(c)); allocate by relative standalone selling price';

/** Bundle prices: as observed, except that one bundle without a price takes what `available` leaves. */
function bundlePrices(bundles: readonly DiscountBundle[], available: number): number[] {
  const unpriced = bundles.filter((b) => b.observablePriceMinor === undefined);
  if (unpriced.length > 1)
    throw new AllocationError(
      'only one discount bundle may leave its observable price out (it takes what the contract price leaves)',
    );
  const observed = sum(bundles.map((b) => b.observablePriceMinor ?? 0));
  if (unpriced.length === 0) {
    if (observed !== available)
      throw new AllocationError(
        amountMessage`the observable bundle prices add up to ${quoted(observed)} but the contract leaves ${quoted(available)} for them: ${NOT_ATTRIBUTABLE}`,
      );
    return bundles.map((b) => b.observablePriceMinor as number);
  }
  if (available - observed < 0)
    throw new AllocationError(
      'the discount is larger than the standalone selling prices of the obligations it is attributed to',
    );
  return bundles.map((b) => b.observablePriceMinor ?? available - observed);
}

/** Obligations outside every bundle keep their SSP; each bundle shares its price by SSP. */
function allocateWithBundles(
  obligations: readonly ObligationInput[],
  bundles: readonly DiscountBundle[],
  prices: readonly number[],
  residualAllocation?: Allocation,
): Allocation[] {
  const shares = new Map<string, Allocation>();
  bundles.forEach((bundle, b) => {
    const members = obligations.filter((o) => bundle.obligationIds.includes(o.id));
    for (const [id, allocation] of splitBundle(prices[b], members)) shares.set(id, allocation);
  });
  return obligations.map((o) => {
    if (o.residual) return residualAllocation as Allocation;
    return shares.get(o.id) ?? { obligationId: o.id, amountMinor: ssp(o), unroundedMinor: ssp(o) };
  });
}

const NO_RESIDUAL = 'the residual approach is not permitted here';

function withResidual(
  obligations: readonly ObligationInput[],
  bundles: readonly DiscountBundle[],
  toSplit: number,
): BaseAllocation {
  const residual = obligations.find((o) => o.residual) as ObligationInput;
  if (bundles.some((b) => b.observablePriceMinor === undefined))
    throw new AllocationError(
      'with the residual approach every discount bundle needs its observable price: the residual is what the contract price leaves after the observable prices (ASC 606-10-32-37 with 32-34(c))',
    );
  const bundled = new Set(bundles.flatMap((b) => b.obligationIds));
  const unbundledSsp = sum(obligations.filter((o) => !o.residual && !bundled.has(o.id)).map(ssp));
  const prices = bundles.map((b) => b.observablePriceMinor as number);
  const remainder = toSplit - unbundledSsp - sum(prices);
  const range = residual.observableRangeMinor;
  if (remainder <= 0 || (range && (remainder < range.min || remainder > range.max))) {
    throw new AllocationError(
      range
        ? amountMessage`the residual for ${residual.id} would be ${quoted(remainder)}, outside its observable range ${quoted(range.min)} to ${quoted(range.max)}: ${NO_RESIDUAL}`
        : amountMessage`the residual for ${residual.id} would be ${quoted(remainder)}, and a residual must be more than nothing: ${NO_RESIDUAL}`,
    );
  }
  const allocations = allocateWithBundles(obligations, bundles, prices, {
    obligationId: residual.id,
    amountMinor: remainder,
    unroundedMinor: remainder,
  });
  return {
    method: bundles.length > 0 ? 'RESIDUAL_AFTER_DISCOUNT' : 'RESIDUAL',
    discountMinor: sum(obligations.filter((o) => !o.residual).map(ssp)) + remainder - toSplit,
    allocations,
  };
}

function allocateBase(
  obligations: readonly ObligationInput[],
  bundles: readonly DiscountBundle[],
  toSplit: number,
): BaseAllocation {
  if (obligations.some((o) => o.residual)) return withResidual(obligations, bundles, toSplit);
  const discountMinor = sum(obligations.map(ssp)) - toSplit;
  if (bundles.length > 0) {
    const bundled = new Set(bundles.flatMap((b) => b.obligationIds));
    const unbundledSsp = sum(obligations.filter((o) => !bundled.has(o.id)).map(ssp));
    const prices = bundlePrices(bundles, toSplit - unbundledSsp);
    return {
      method: 'DISCOUNT_TO_SUBSET',
      discountMinor,
      allocations: allocateWithBundles(obligations, bundles, prices),
    };
  }
  const split = splitByWeight(toSplit, obligations.map(ssp));
  return {
    method: 'RELATIVE_SSP',
    discountMinor,
    allocations: obligations.map((o, i) => ({
      obligationId: o.id,
      amountMinor: split.amounts[i],
      unroundedMinor: split.unrounded[i],
    })),
  };
}

/** A component allocated entirely to some obligations, split among them by SSP (the residual one at what it was allocated). */
function addComponent(
  allocations: Allocation[],
  obligations: readonly ObligationInput[],
  component: VariableComponent,
) {
  const targets = component.allocateTo as string[];
  const weightOf = (id: string) => {
    const o = obligations.find((x) => x.id === id) as ObligationInput;
    return o.residual ? (allocations.find((a) => a.obligationId === id) as Allocation).amountMinor : ssp(o);
  };
  const weights = targets.map(weightOf);
  // Obligations with no standalone selling price share equally rather than not at all.
  const split = splitByWeight(component.amountMinor, sum(weights) > 0 ? weights : targets.map(() => 1));
  targets.forEach((id, k) => {
    const target = allocations.find((a) => a.obligationId === id) as Allocation;
    target.amountMinor += split.amounts[k];
    target.unroundedMinor += split.unrounded[k];
  });
}

export function allocateTransactionPrice(input: AllocationInput): AllocationResult {
  check(input);
  const components = input.variableConsideration ?? [];
  const specific = components.filter((c) => (c.allocateTo ?? []).length > 0);
  const spread = components.filter((c) => (c.allocateTo ?? []).length === 0);
  const transactionPriceMinor = input.fixedConsiderationMinor + sum(components.map((c) => c.amountMinor));
  // Variable consideration that belongs to some obligations stays out of the split of the rest.
  const toSplit = input.fixedConsiderationMinor + sum(spread.map((c) => c.amountMinor));
  const base = allocateBase(input.obligations, bundlesOf(input), toSplit);
  for (const component of specific) addComponent(base.allocations, input.obligations, component);
  return { transactionPriceMinor, ...base };
}
