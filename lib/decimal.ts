/**
 * Decimal quantities (progress in hours or costs, contract line quantities) read exactly: a value
 * is the rational it is written as ("37.5" is 375/10), compared and divided as BigInt, never as a
 * float, and with no 32-bit (or 53-bit) ceiling.
 */

/** A decimal as a string (exact) or a number (exact while it has at most 15 significant digits). */
export type DecimalValue = string | number;

/** An exact rational; the denominator is positive. */
export interface Fraction {
  numerator: bigint;
  denominator: bigint;
}

/** How many digits a decimal may have before and after its point. */
export const DECIMAL_DIGITS = { whole: 30, fraction: 12 } as const;

const WRITTEN = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** The exact rational a decimal is written as, or undefined when it is not a finite decimal. */
export function decimalFraction(value: unknown): Fraction | undefined {
  if (typeof value === 'number' && !Number.isFinite(value)) return undefined;
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const match = WRITTEN.exec(String(value).trim());
  if (!match) return undefined;
  const [, sign, digits, decimals = '', exponent = '0'] = match;
  const power = Number(exponent) - decimals.length;
  if (!Number.isSafeInteger(power) || Math.abs(power) > 1000) return undefined;
  const magnitude = BigInt(digits + decimals);
  const numerator = sign === '-' ? -magnitude : magnitude;
  return power >= 0
    ? { numerator: numerator * 10n ** BigInt(power), denominator: 1n }
    : { numerator, denominator: 10n ** BigInt(-power) };
}

/** -1, 0 or 1 as a is less than, equal to or more than b. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const left = a.numerator * b.denominator;
  const right = b.numerator * a.denominator;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** A decimal as decimalFraction reads it (a power of ten below), written without superfluous zeros: "037.50" → "37.5". */
export function canonicalDecimal({ numerator, denominator }: Fraction): string {
  let places = denominator.toString().length - 1;
  let digits = numerator < 0n ? -numerator : numerator;
  while (places > 0 && digits % 10n === 0n) {
    digits /= 10n;
    places -= 1;
  }
  const text = digits.toString().padStart(places + 1, '0');
  const written = places === 0 ? text : `${text.slice(0, -places)}.${text.slice(-places)}`;
  return numerator < 0n ? `-${written}` : written;
}

/** What is wrong with `value` as a decimal of at most DECIMAL_DIGITS, or undefined when nothing is. */
export function decimalProblem(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && !Number.isSafeInteger(value)) {
    if (
      String(value)
        .replace(/^-|\.|e.*$/gi, '')
        .replace(/^0+/, '').length > 15
    )
      return 'a number with more than 15 significant digits is not exact: send it as a string';
  }
  const fraction = decimalFraction(value);
  if (!fraction) return 'must be a decimal number like 37.5';
  const [whole, decimals = ''] = canonicalDecimal(fraction).replace('-', '').split('.');
  if (whole.length > DECIMAL_DIGITS.whole)
    return `has more than ${DECIMAL_DIGITS.whole} digits before the decimal point`;
  if (decimals.length > DECIMAL_DIGITS.fraction)
    return `has more than ${DECIMAL_DIGITS.fraction} digits after the decimal point`;
  return undefined;
}

/** A non-negative amount of minor units per one of `quantity` units (above 0), rounded half up to the minor unit. */
export function amountPerUnit(amountMinor: number, quantity: DecimalValue): number {
  const units = decimalFraction(quantity);
  if (!units || units.numerator <= 0n) throw new RangeError(`a quantity must be above 0, got ${quantity}`);
  const scaled = BigInt(amountMinor) * units.denominator;
  return Number((2n * scaled + units.numerator) / (2n * units.numerator));
}
