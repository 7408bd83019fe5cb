import { DomainRefusal } from '../domainRefusal';
import { createHmac } from 'node:crypto';

/**
 * Payment card numbers (PANs). A PAN is validated, reduced to a token, brand and last four, and
 * then dropped: nothing here returns or stores it, and no error message contains it.
 */

export type CardBrand = 'VISA' | 'MASTERCARD' | 'AMEX' | 'DISCOVER' | 'JCB' | 'DINERS' | 'UNIONPAY' | 'UNKNOWN';

export interface CardToken {
  /** `tok_` + 32 hex characters; the same card always gets the same token. */
  token: string;
  brand: CardBrand;
  lastFour: string;
}

export class InvalidCardError extends DomainRefusal {
  override name = 'InvalidCardError';
}

const MIN_TOKEN_KEY_BYTES = 32;

export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Double every second digit counting from the rightmost (the check digit itself is not doubled).
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

function stripSeparators(input: string): string {
  return input.replace(/[ -]/g, '');
}

export function normalisePan(input: string): string {
  const pan = stripSeparators(input);
  if (!/^\d{12,19}$/.test(pan)) throw new InvalidCardError('card number must be 12 to 19 digits');
  if (!isLuhnValid(pan)) throw new InvalidCardError('card number fails its check digit');
  return pan;
}

/** IIN ranges as [brand, first, last] over a prefix of first.length digits. */
const IIN_RANGES: ReadonlyArray<readonly [CardBrand, string, string]> = [
  ['AMEX', '34', '34'],
  ['AMEX', '37', '37'],
  ['MASTERCARD', '51', '55'],
  ['MASTERCARD', '2221', '2720'],
  ['DISCOVER', '6011', '6011'],
  ['DISCOVER', '644', '649'],
  ['DISCOVER', '65', '65'],
  ['JCB', '3528', '3589'],
  ['DINERS', '300', '305'],
  ['DINERS', '36', '36'],
  ['DINERS', '38', '39'],
  ['UNIONPAY', '62', '62'],
  ['VISA', '4', '4'],
];

/** The brand by issuer identification number; the ranges do not overlap, so their order does not matter. */
export function cardBrand(pan: string): CardBrand {
  const digits = stripSeparators(pan);
  if (!/^\d+$/.test(digits)) return 'UNKNOWN';
  const match = IIN_RANGES.find(([, first, last]) => {
    const prefix = digits.slice(0, first.length);
    // Equal-length digit strings compare like the numbers they spell.
    return prefix.length === first.length && prefix >= first && prefix <= last;
  });
  return match ? match[0] : 'UNKNOWN';
}

/**
 * A deterministic, irreversible token: duplicates of one card are found by token, and without
 * `tokenKey` the token cannot be brute-forced back to a PAN (the PAN space is small enough that an
 * unkeyed hash could be). Throws InvalidCardError for anything normalisePan refuses.
 */
export function tokeniseCard(input: string, tokenKey: Buffer): CardToken {
  if (tokenKey.length < MIN_TOKEN_KEY_BYTES)
    throw new RangeError(`card token key must be at least ${MIN_TOKEN_KEY_BYTES} bytes`);
  const pan = normalisePan(input);
  const token = `tok_${createHmac('sha256', tokenKey).update(pan, 'utf8').digest('hex').slice(0, 32)}`;
  return { token, brand: cardBrand(pan), lastFour: pan.slice(-4) };
}
