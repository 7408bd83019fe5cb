import { badUserInput } from '../../../lib/errors';
import { parseMoney } from '../../../lib/money';
import { requiredText } from '../../../lib/textInput';
import type {
  AllocationInput as PureAllocationInput,
  ObligationInput as PureObligation,
} from '../revrec/allocateTransactionPrice';
import type { PricingTier, SatisfactionPattern } from '../generated/enums';
import type { Billing } from '../revrec/types';
import type { VariableConsiderationInput as PureVariable } from '../revrec/variableConsideration';
import type {
  AllocationInput,
  AllocationObligationInput,
  BillingEntryInput,
  ContractInput,
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
  productCode: string | null;
  pattern: SatisfactionPattern;
  startDate: string | null;
  endDate: string | null;
  transferDate: string | null;
}

export interface ContractDraft {
  customerId: string;
  number: string;
  startDate: string;
  endDate: string | null;
  currency: string;
  segment: string | null;
  pricingTier: PricingTier;
  allocation: Omit<PureAllocationInput, 'variableConsideration'>;
  variableConsideration: (PureVariable & { allocateTo: string | null }) | null;
  obligations: ObligationDraft[];
  billings: Billing[];
}

const KEY = /^[A-Za-z0-9_-]{1,32}$/;

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

function allocationObligation(input: AllocationObligationInput, currency: string, field: string): PureObligation {
  if (!KEY.test(input.key)) throw badUserInput(`${field}.key must be 1 to 32 letters, digits, - or _`, `${field}.key`);
  const min = optionalAmount(input.observableMin, currency, `${field}.observableMin`);
  const max = optionalAmount(input.observableMax, currency, `${field}.observableMax`);
  if ((min === undefined) !== (max === undefined))
    throw badUserInput(`${field} needs both observableMin and observableMax, or neither`, field);
  if (min !== undefined && max !== undefined && min > max)
    throw badUserInput(`${field}.observableMin is above observableMax`, field);
  const ssp = optionalAmount(input.standaloneSellingPrice, currency, `${field}.standaloneSellingPrice`);
  if (!input.residual && ssp === undefined)
    throw badUserInput(
      `${field} needs a standaloneSellingPrice (or residual: true)`,
      `${field}.standaloneSellingPrice`,
    );
  return {
    id: input.key,
    ...(ssp !== undefined ? { standaloneSellingPriceMinor: ssp } : {}),
    ...(input.residual ? { residual: true } : {}),
    ...(min !== undefined && max !== undefined ? { observableRangeMinor: { min, max } } : {}),
  };
}

function variableConsideration(
  input: VariableConsiderationInput | null | undefined,
  currency: string,
): ContractDraft['variableConsideration'] {
  if (!input) return null;
  return {
    method: input.method,
    outcomes: input.outcomes.map((o, i) => ({
      amountMinor: amount(o.amount, currency, `variableConsideration.outcomes[${i}].amount`),
      probability: o.probability,
    })),
    constrained: input.constrained,
    ...(input.highlyProbableAmount != null
      ? {
          highlyProbableMinor: amount(
            input.highlyProbableAmount,
            currency,
            'variableConsideration.highlyProbableAmount',
          ),
        }
      : {}),
    allocateTo: input.allocateTo ?? null,
  };
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
    },
    variableConsideration: variableConsideration(input.variableConsideration, currency),
  };
}

export function toObligationDraft(input: ObligationInput, currency: string, field: string): ObligationDraft {
  return {
    ...allocationObligation(input, currency, field),
    description: requiredText(input.description, `${field}.description`, 200),
    productCode: input.productCode ? requiredText(input.productCode, `${field}.productCode`, 32) : null,
    pattern: input.pattern,
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
    segment: input.segment ? requiredText(input.segment, 'segment', 32) : null,
    pricingTier: input.pricingTier ?? 'LIST',
    allocation: request.allocation,
    variableConsideration: request.variableConsideration,
    obligations: input.obligations.map((o, i) => toObligationDraft(o, currency, `obligations[${i}]`)),
    billings: toBillings(input.billingSchedule, currency, 'billingSchedule'),
  };
}
