import { decimalFraction } from '../../../lib/decimal';
import { badUserInput } from '../../../lib/errors';
import { parseMoney } from '../../../lib/money';
import { requiredText } from '../../../lib/textInput';
import type {
  AllocationInput as PureAllocationInput,
  DiscountBundle,
  ObligationInput as PureObligation,
} from '../revrec/allocateTransactionPrice';
import type { CustomerSegment, PricingTier, SatisfactionPattern } from '../generated/enums';
import type { Billing } from '../revrec/types';
import type { VariableConsiderationInput as PureVariable } from '../revrec/variableConsideration';
import type {
  AllocationInput,
  AllocationObligationInput,
  BillingEntryInput,
  ContractInput,
  DiscountBundleInput,
  ObligationInput,
  VariableConsiderationInput,
} from '../generated/resolvers';

/**
 * GraphQL input of the revenue mutations turned into the plain data of revrec/, amounts parsed from
 * decimal strings in the contract's currency (dates arrive checked by the Date scalar). Anything
 * malformed is a BAD_USER_INPUT naming the field.
 */

/** A parsed obligation: what allocation needs plus how it is satisfied. */
export interface ObligationDraft extends PureObligation {
  description: string;
  /** What the standalone selling price tables know it by. */
  productCode: string | null;
  /** Units on the obligation's contract line, an exact decimal above 0. */
  quantity: string;
  pattern: SatisfactionPattern;
  /** INPUT_METHOD: progress counts distinct units delivered rather than one good being built. */
  distinctUnits: boolean;
  startDate: string | null;
  endDate: string | null;
  transferDate: string | null;
}

/** One component of variable consideration as the caller estimates it. */
export interface VariableComponentDraft extends PureVariable {
  key: string;
  /** Obligation keys it belongs to entirely (ASC 606-10-32-40); empty: spread across all. */
  allocateTo: string[];
}

export interface ContractDraft {
  customerId: string;
  number: string;
  startDate: string;
  endDate: string | null;
  currency: string;
  segment: CustomerSegment | null;
  pricingTier: PricingTier;
  allocation: Omit<PureAllocationInput, 'variableConsideration'>;
  variableComponents: VariableComponentDraft[];
  obligations: ObligationDraft[];
  billings: Billing[];
}

const KEY = /^[A-Za-z0-9_-]{1,32}$/;

/** A decimal the Decimal scalar read, refused unless above 0. */
export function positiveDecimal(value: string, field: string): string {
  const fraction = decimalFraction(value);
  if (!fraction || fraction.numerator <= 0n) throw badUserInput(`${field} must be more than 0, got ${value}`, field);
  return value;
}

/** Minor units of a decimal string in `currency`. */
export function amount(value: string, currency: string, field: string, options: { negative?: boolean } = {}): number {
  const { minor } = parseMoney({ amount: value, currency }, field);
  if (minor < 0 && !options.negative) throw badUserInput(`${field} must not be negative`, field);
  return minor;
}

function optionalAmount(value: string | null | undefined, currency: string, field: string): number | undefined {
  return value == null ? undefined : amount(value, currency, field);
}

export function currencyOf(value: string): string {
  return parseMoney({ amount: '0', currency: value }, 'currency').currency;
}

function allocationObligation(
  input: AllocationObligationInput,
  currency: string,
  field: string,
): PureObligation & { productCode: string | null } {
  componentKey(input.key, `${field}.key`);
  const min = optionalAmount(input.observableMin, currency, `${field}.observableMin`);
  const max = optionalAmount(input.observableMax, currency, `${field}.observableMax`);
  if ((min === undefined) !== (max === undefined))
    throw badUserInput(`${field} needs both observableMin and observableMax, or neither`, field);
  if (min !== undefined && max !== undefined && min > max)
    throw badUserInput(`${field}.observableMin is above observableMax`, field);
  const ssp = optionalAmount(input.standaloneSellingPrice, currency, `${field}.standaloneSellingPrice`);
  const productCode = input.productCode ? requiredText(input.productCode, `${field}.productCode`, 32) : null;
  if (!input.residual && ssp === undefined && !productCode)
    throw badUserInput(
      `${field} needs a standaloneSellingPrice, a productCode the tables price, or residual: true`,
      `${field}.standaloneSellingPrice`,
    );
  return {
    id: input.key,
    productCode,
    ...(ssp !== undefined ? { standaloneSellingPriceMinor: ssp } : {}),
    ...(input.residual ? { residual: true } : {}),
    ...(min !== undefined && max !== undefined ? { observableRangeMinor: { min, max } } : {}),
  };
}

/** A component's estimate input (method, outcomes, constraint) in minor units; `field` names it in errors. */
export function toVariableEstimate(
  input: Pick<VariableConsiderationInput, 'method' | 'outcomes' | 'constrained' | 'highlyProbableAmount'>,
  currency: string,
  field: string,
): PureVariable {
  if (input.outcomes.length > 100) throw badUserInput('at most 100 outcomes', `${field}.outcomes`);
  return {
    method: input.method,
    outcomes: input.outcomes.map((o, i) => ({
      amountMinor: amount(o.amount, currency, `${field}.outcomes[${i}].amount`),
      probability: o.probability,
    })),
    constrained: input.constrained,
    ...(input.highlyProbableAmount != null
      ? { highlyProbableMinor: amount(input.highlyProbableAmount, currency, `${field}.highlyProbableAmount`) }
      : {}),
  };
}

/** A key the caller gives an obligation or a component of variable consideration. */
export function componentKey(value: string, field: string): string {
  if (!KEY.test(value)) throw badUserInput(`${field} must be 1 to 32 letters, digits, - or _`, field);
  return value;
}

function variableComponents(
  inputs: readonly VariableConsiderationInput[] | null | undefined,
  currency: string,
): VariableComponentDraft[] {
  const list = inputs ?? [];
  if (list.length > 20) throw badUserInput('at most 20 components of variable consideration', 'variableConsideration');
  return list.map((input, i) => {
    const field = `variableConsideration[${i}]`;
    return {
      key: componentKey(input.key ?? `vc${i + 1}`, `${field}.key`),
      ...toVariableEstimate(input, currency, field),
      allocateTo: input.allocateTo ?? [],
    };
  });
}

function discountBundles(
  inputs: readonly DiscountBundleInput[] | null | undefined,
  currency: string,
): DiscountBundle[] {
  return (inputs ?? []).map((bundle, i) => {
    const price = optionalAmount(bundle.observablePrice, currency, `discountBundles[${i}].observablePrice`);
    return { obligationIds: [...bundle.keys], ...(price !== undefined ? { observablePriceMinor: price } : {}) };
  });
}

export function toAllocationRequest(input: AllocationInput) {
  const currency = currencyOf(input.currency);
  if (input.obligations.length > 200) throw badUserInput('at most 200 obligations', 'obligations');
  return {
    currency,
    allocation: {
      fixedConsiderationMinor: amount(input.fixedConsideration, currency, 'fixedConsideration'),
      obligations: input.obligations.map((o, i) => allocationObligation(o, currency, `obligations[${i}]`)),
      ...(input.discountTo?.length ? { discountTo: input.discountTo } : {}),
      ...(input.discountBundles?.length ? { discountBundles: discountBundles(input.discountBundles, currency) } : {}),
    },
    variableComponents: variableComponents(input.variableConsideration, currency),
  };
}

export function toObligationDraft(input: ObligationInput, currency: string, field: string): ObligationDraft {
  return {
    ...allocationObligation(input, currency, field),
    description: requiredText(input.description, `${field}.description`, 200),
    quantity: positiveDecimal(input.quantity ?? '1', `${field}.quantity`),
    pattern: input.pattern,
    distinctUnits: input.distinctUnits ?? false,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    transferDate: input.transferDate ?? null,
  };
}

export function toBillings(entries: readonly BillingEntryInput[], currency: string, field: string): Billing[] {
  if (entries.length > 600) throw badUserInput(`at most 600 billing dates`, field);
  return entries.map((e, i) => ({
    date: e.date,
    amountMinor: amount(e.amount, currency, `${field}[${i}].amount`),
  }));
}

export function toContractDraft(input: ContractInput): ContractDraft {
  const request = toAllocationRequest(input);
  const { currency } = request;
  return {
    customerId: requiredText(input.customerId, 'customerId', 40),
    number: requiredText(input.number, 'number', 64),
    startDate: input.startDate,
    endDate: input.endDate ?? null,
    currency,
    segment: input.segment ?? null,
    pricingTier: input.pricingTier ?? 'LIST',
    allocation: request.allocation,
    variableComponents: request.variableComponents,
    obligations: input.obligations.map((o, i) => toObligationDraft(o, currency, `obligations[${i}]`)),
    billings: toBillings(input.billingSchedule, currency, 'billingSchedule'),
  };
}
