import { badUserInput } from '../../../lib/errors';
import { InvalidCardError, normalisePan } from '../../../lib/crypto';
import { InvalidIbanError, parseIban } from '../../../lib/iban/iban';
import { requiredText } from '../../../lib/textInput';
import type { BankAccountInput, PaymentCardInput } from '../generated/resolvers';

/**
 * Turns GraphQL input for bank accounts and cards into validated values, or a BAD_USER_INPUT
 * error naming the field. The messages come from the validators, which never repeat what they were
 * given, so no error carries an IBAN or a card number.
 */

export interface BankAccountFields {
  iban: string;
  bic: string | null;
  accountHolder: string | null;
  currency: string | null;
}

export interface PaymentCardFields {
  pan: string;
  expiryMonth: number;
  expiryYear: number;
}

const BIC = /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/;
const CURRENCY = /^[A-Z]{3}$/;
/** Issuers print at most a few years ahead; anything further is a typing error. */
const MAX_YEARS_AHEAD = 20;

export function toIban(text: string, field: string): string {
  try {
    return parseIban(text);
  } catch (error) {
    if (error instanceof InvalidIbanError) throw badUserInput(`${field} is not a valid IBAN: ${error.message}`, field);
    throw error;
  }
}

/** Absent is fine; given, it must be real text. */
function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  return value == null ? null : requiredText(value, field, max);
}

function optionalCode(value: string | null | undefined, pattern: RegExp, field: string, what: string): string | null {
  if (value == null) return null;
  const code = value.trim().toUpperCase();
  if (!pattern.test(code)) throw badUserInput(`${field} must be ${what}`, field);
  return code;
}

export function toBankAccountFields(input: BankAccountInput): BankAccountFields {
  return {
    iban: toIban(input.iban, 'iban'),
    bic: optionalCode(input.bic, BIC, 'bic', 'a BIC of 8 or 11 letters and digits'),
    accountHolder: optionalText(input.accountHolder, 'accountHolder', 200),
    currency: optionalCode(input.currency, CURRENCY, 'currency', 'an ISO 4217 code'),
  };
}

/** `now` decides what has expired: a card is valid through the last day of its expiry month (UTC). */
export function toPaymentCardFields(input: PaymentCardInput, now: Date): PaymentCardFields {
  let pan: string;
  try {
    pan = normalisePan(input.number);
  } catch (error) {
    if (error instanceof InvalidCardError)
      throw badUserInput(`number is not a valid card number: ${error.message}`, 'number');
    throw error;
  }
  const { expiryMonth, expiryYear } = input;
  if (!Number.isInteger(expiryMonth) || expiryMonth < 1 || expiryMonth > 12)
    throw badUserInput('expiryMonth must be 1 to 12', 'expiryMonth');
  const thisYear = now.getUTCFullYear();
  if (!Number.isInteger(expiryYear) || expiryYear > thisYear + MAX_YEARS_AHEAD) {
    throw badUserInput(`expiryYear must be a year at most ${MAX_YEARS_AHEAD} years ahead`, 'expiryYear');
  }
  if (expiryYear * 12 + expiryMonth < thisYear * 12 + now.getUTCMonth() + 1)
    throw badUserInput('the card has expired', 'expiryYear');
  return { pan, expiryMonth, expiryYear };
}
