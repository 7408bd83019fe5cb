import { currencyExponent, minorMoneyOf, type MinorMoney } from '../../lib/money';

/**
 * Reads a resolved Money value, integer minor units (lib/money.ts). Anything else is a resolver's
 * bug or bad stored data, never the client's: a plain (internal) error.
 */
export function moneyValue(value: unknown, strategy: string): MinorMoney {
  const money = minorMoneyOf(value);
  if (!money) throw new Error(`${strategy}: a Money field resolved to something other than { minor, currency }`);
  return money;
}

/** Minor units in `currency` of a whole number of major units (a ROUND step or a BUCKET bound). */
export function wholeUnitsToMinor(units: number, currency: string): bigint {
  return BigInt(units) * 10n ** BigInt(currencyExponent(currency));
}

/** A masked amount, computed exactly in bigint, back in minor units; refuses one beyond a safe integer. */
export function toMoney(minor: bigint, currency: string): MinorMoney {
  const amount = Number(minor);
  if (!Number.isSafeInteger(amount)) throw new Error(`a masked amount of ${minor} is not a safe integer`);
  return { minor: amount, currency };
}
