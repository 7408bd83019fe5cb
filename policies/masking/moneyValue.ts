import { currencyExponent, formatMinor, parseMoney, type Money } from '../../lib/money';

/** A resolved Money value in integer minor units, with its currency normalised by parseMoney. */
export interface MinorMoney {
  minor: bigint;
  currency: string;
}

function isMoneyShape(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const { amount, currency } = value as Record<string, unknown>;
  return typeof amount === 'string' && typeof currency === 'string';
}

/**
 * Reads a resolved Money value. parseMoney refuses with a DomainRefusal, which reaches the client
 * as BAD_USER_INPUT and would blame it for bad stored data, so its failure is re-raised as a plain
 * (internal) error.
 */
export function moneyValue(value: unknown, strategy: string): MinorMoney {
  if (!isMoneyShape(value))
    throw new Error(`${strategy}: a Money field resolved to something other than { amount, currency }`);
  try {
    const { minor, currency } = parseMoney(value);
    return { minor: BigInt(minor), currency };
  } catch (error) {
    throw new Error(`${strategy}: ${JSON.stringify(value)} is not a valid Money value`, { cause: error });
  }
}

/** Minor units in `currency` of a whole number of major units (a ROUND step or a BUCKET bound). */
export function wholeUnitsToMinor(units: number, currency: string): bigint {
  return BigInt(units) * 10n ** BigInt(currencyExponent(currency));
}

/** Formats minor units back; formatMinor refuses anything beyond a safe integer. */
export function toMoney(minor: bigint, currency: string): Money {
  return formatMinor(Number(minor), currency);
}
