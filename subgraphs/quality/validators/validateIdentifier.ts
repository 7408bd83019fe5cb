/**
 * One validator for the tax and bank identifiers customer records carry, saying why a value is
 * invalid. Pure and total: any string gives an answer, none throws. IBAN messages never contain
 * the IBAN or any part of it but the country code (it is PCI data).
 */
import { TAX_ID_KINDS } from '../../../lib/taxids/kinds';
import { iso7064Mod97_10 } from '../../../lib/taxids/checksums';
import { checkTaxId, type InvalidReason, type TaxIdCheck } from '../../../lib/taxids/validate';
import {
  bbanLayout,
  ibanLength,
  isValidIban,
  normaliseIban,
  type BbanSegment,
  type CharacterKind,
} from '../../../lib/iban/iban';
import { abaRoutingFault } from './abaRouting';

export const IDENTIFIER_KINDS = [...TAX_ID_KINDS, 'IBAN', 'US_ABA_ROUTING', 'DUNS'] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** `valid`; the compact form, or null when the value could not be parsed at all; why not valid, or null. */
export type IdentifierValidation = TaxIdCheck;

/** Inputs come from the network: anything longer is refused before any other work. */
const MAX_INPUT_LENGTH = 64;

/** What people write between groups of digits: spaces and dashes (any Unicode dash). */
const DIGIT_SEPARATORS = /[\s\-\u2010-\u2015\u2212]/g;

function result(normalized: string | null, reason: InvalidReason | null): IdentifierValidation {
  return { valid: reason === null, normalized, reason };
}

const BBAN_CHARACTERS: Readonly<Record<CharacterKind, RegExp>> = { n: /^\d+$/, a: /^[A-Z]+$/, c: /^[\dA-Z]+$/ };

function hasBbanLayout(bban: string, layout: readonly BbanSegment[]): boolean {
  let at = 0;
  return layout.every(({ length, kind }) => BBAN_CHARACTERS[kind].test(bban.slice(at, (at += length))));
}

/** Why an IBAN that isValidIban refuses is invalid, taking parseIban's checks one by one. */
function ibanFault(iban: string): InvalidReason {
  if (!/^[\dA-Z]*$/.test(iban))
    return { code: 'FORMAT', message: 'IBANs hold only letters and digits (and spaces between groups)' };
  const country = iban.slice(0, 2);
  const layout = bbanLayout(country);
  const length = ibanLength(country);
  if (layout === undefined || length === undefined) {
    return { code: 'UNKNOWN_PREFIX', message: 'IBANs start with the code of a country that uses IBANs' };
  }
  if (iban.length !== length)
    return { code: 'LENGTH', message: `IBANs of ${country} have ${length} characters; got ${iban.length}` };
  const checkDigits = iban.slice(2, 4);
  if (!/^\d\d$/.test(checkDigits))
    return { code: 'FORMAT', message: 'IBANs have 2 check digits after the country code' };
  if (!hasBbanLayout(iban.slice(4), layout)) {
    return { code: 'FORMAT', message: `the account number does not have the layout of an IBAN of ${country}` };
  }
  // Both ends of the MOD 97-10 range alias valid values (00 ≡ 97, 01 ≡ 98, 99 ≡ 02), so parseIban refuses them.
  if (checkDigits < '02' || checkDigits > '98' || iso7064Mod97_10(`${iban.slice(4)}${country}${checkDigits}`) !== 1) {
    return { code: 'CHECK_DIGIT', message: 'the IBAN check digits do not match' };
  }
  return { code: 'CHECK_DIGIT', message: `the account number fails the national check digits of ${country}` };
}

function checkIban(value: string): IdentifierValidation {
  const iban = normaliseIban(value);
  return result(/^[\dA-Z]+$/.test(iban) ? iban : null, isValidIban(value) ? null : ibanFault(iban));
}

function checkDigitsOnly(value: string, fault: (digits: string) => InvalidReason | null): IdentifierValidation {
  const digits = value.normalize('NFKC').replace(DIGIT_SEPARATORS, '');
  return result(/^\d+$/.test(digits) ? digits : null, fault(digits));
}

/** D-U-N-S numbers: 9 digits; Dun & Bradstreet publish no check digit, so only the layout is checked. */
function dunsFault(digits: string): InvalidReason | null {
  if (!/^\d*$/.test(digits)) return { code: 'FORMAT', message: 'DUNS numbers have 9 digits; got other characters' };
  if (digits.length !== 9) return { code: 'LENGTH', message: `DUNS numbers have 9 digits; got ${digits.length}` };
  return null;
}

/** Whether `value` is a valid `kind` identifier, its compact form, and if it is not valid, why. */
export function validateIdentifier(kind: IdentifierKind, value: string): IdentifierValidation {
  if (value.length > MAX_INPUT_LENGTH) {
    return result(null, {
      code: 'FORMAT',
      message: `identifiers have at most ${MAX_INPUT_LENGTH} characters; got ${value.length}`,
    });
  }
  switch (kind) {
    case 'IBAN':
      return checkIban(value);
    case 'US_ABA_ROUTING':
      return checkDigitsOnly(value, abaRoutingFault);
    case 'DUNS':
      return checkDigitsOnly(value, dunsFault);
    default:
      return checkTaxId(kind, value);
  }
}
