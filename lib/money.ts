import { DomainRefusal } from './domainRefusal';

/**
 * Money is stored as integer minor units with its currency and shown as a decimal string in the
 * major unit. Floats never touch an amount.
 */

/**
 * An amount in integer minor units: what resolvers give the GraphQL `Money` type and what masks
 * read and return. The `Money` type resolver (subgraphs/kit/moneyResolvers.ts) formats it once.
 */
export interface MinorMoney {
  minor: number;
  currency: string;
  /** Set only by the BUCKET mask, the amount then being the lower bound of this range, e.g. "10000-50000". */
  bucket?: string;
}

/** An amount as a decimal string in the major unit: as clients send it (MoneyInput) and read it. */
export interface DecimalMoney {
  amount: string;
  currency: string;
}

/** ISO 4217 minor-unit exponents that differ from the usual 2. */
const EXPONENT: Record<string, number> = { JPY: 0, KRW: 0, CLP: 0, VND: 0, KWD: 3, BHD: 3, OMR: 3, JOD: 3, TND: 3 };
const CURRENCY = /^[A-Z]{3}$/;

export function currencyExponent(currency: string): number {
  return EXPONENT[currency] ?? 2;
}

export function formatMinor(minor: number, currency: string): DecimalMoney {
  if (!Number.isSafeInteger(minor)) throw new Error(`not a safe integer amount: ${minor}`);
  const exponent = currencyExponent(currency);
  const sign = minor < 0 ? '-' : '';
  const digits = Math.abs(minor)
    .toString()
    .padStart(exponent + 1, '0');
  const amount = exponent === 0 ? digits : `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
  return { amount: sign + amount, currency };
}

/** Parses a decimal string in the major unit into minor units; refuses (DomainRefusal) anything inexact. */
export function parseMoney(input: DecimalMoney, argumentName = 'amount'): MinorMoney {
  const currency = input.currency.trim().toUpperCase();
  if (!CURRENCY.test(currency))
    throw new DomainRefusal(`"${input.currency}" is not an ISO 4217 currency code`, argumentName);
  const exponent = currencyExponent(currency);
  const match = /^(-?)(\d{1,15})(?:\.(\d+))?$/.exec(input.amount.trim());
  if (!match) throw new DomainRefusal(`"${input.amount}" is not a decimal amount like 1250.00`, argumentName);
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > exponent) {
    throw new DomainRefusal(
      `${currency} amounts have at most ${exponent} decimal places, got "${input.amount}"`,
      argumentName,
    );
  }
  const minor = Number(whole + fraction.padEnd(exponent, '0'));
  if (!Number.isSafeInteger(minor)) throw new DomainRefusal(`"${input.amount}" is too large`, argumentName);
  return { minor: sign === '-' ? -minor : minor, currency };
}

/**
 * Reads `{ minor, currency }` (integer minor units, ISO 4217 code in any case) as MinorMoney with
 * its currency normalised, and nothing else of it; undefined when it is anything else.
 */
export function minorMoneyOf(value: unknown): MinorMoney | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { minor, currency } = value as { minor?: unknown; currency?: unknown };
  const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
  if (!Number.isSafeInteger(minor) || !CURRENCY.test(code)) return undefined;
  return { minor: minor as number, currency: code };
}

/** Reads an amount a source system sent as `{ minor, currency }` (see minorMoneyOf); undefined when negative too. */
export function minorAmountOf(value: unknown): MinorMoney | undefined {
  const money = minorMoneyOf(value);
  return money && money.minor >= 0 ? money : undefined;
}

/** Totals kept per currency, one amount each, in currency order. */
export function moneyPerCurrency(totals: ReadonlyMap<string, number>): MinorMoney[] {
  return [...totals].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ minor, currency }));
}

/**
 * Runs a pure core that works in minor units of `currency`: a refusal it throws quotes its amounts
 * in the currency's major unit, as clients write them ("4.00 EUR", not "400 minor units").
 */
export function inCurrency<T>(currency: string, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DomainRefusal)
      error.formatAmounts((minor) => `${formatMinor(minor, currency).amount} ${currency}`);
    throw error;
  }
}
