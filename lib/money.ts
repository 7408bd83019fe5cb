import { DomainRefusal } from './domainRefusal';

/**
 * Money is stored as integer minor units with its currency and shown as a decimal string in the
 * major unit. Floats never touch an amount.
 */

export interface Money {
  amount: string;
  currency: string;
}

/** ISO 4217 minor-unit exponents that differ from the usual 2. */
const EXPONENT: Record<string, number> = { JPY: 0, KRW: 0, CLP: 0, VND: 0, KWD: 3, BHD: 3, OMR: 3, JOD: 3, TND: 3 };
const CURRENCY = /^[A-Z]{3}$/;

export function currencyExponent(currency: string): number {
  return EXPONENT[currency] ?? 2;
}

export function formatMinor(minor: number, currency: string): Money {
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
export function parseMoney(input: Money, argumentName = 'amount'): { minor: number; currency: string } {
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
 * Reads an amount sent by a source system as `{ minor, currency }` (integer minor units, ISO 4217
 * code, any case); undefined when it is anything else or negative.
 */
export function minorAmountOf(value: unknown): { minor: number; currency: string } | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { minor, currency } = value as { minor?: unknown; currency?: unknown };
  const code = typeof currency === 'string' ? currency.trim().toUpperCase() : '';
  if (!Number.isSafeInteger(minor) || (minor as number) < 0 || !CURRENCY.test(code)) return undefined;
  return { minor: minor as number, currency: code };
}
