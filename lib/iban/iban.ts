import { DomainRefusal } from '../domainRefusal';
import { iso7064Mod97_10, iso7064Mod97_10CheckDigits } from '../taxids/checksums';
import { withNationalCheckDigits } from './nationalCheckDigits';

/**
 * IBANs (ISO 13616): a country code, two check digits (ISO 7064 MOD 97-10 over the whole IBAN)
 * and the national account number (BBAN), whose layout the SWIFT IBAN registry fixes per country
 * and which carries national check digits of its own in some countries.
 * An IBAN is PCI data: no message here ever contains one, or any part of one the caller gave.
 */

/** BBAN layouts of the SWIFT IBAN registry: `n` digits, `a` upper-case letters, `c` either. */
const BBAN_LAYOUTS: Readonly<Record<string, string>> = {
  AD: '4n4n12c',
  AE: '3n16n',
  AL: '8n16c',
  AT: '5n11n',
  AZ: '4a20c',
  BA: '3n3n8n2n',
  BE: '3n7n2n',
  BG: '4a4n2n8c',
  BH: '4a14c',
  BI: '5n5n11n2n',
  BR: '8n5n10n1a1c',
  BY: '4c4n16c',
  CH: '5n12c',
  CR: '4n14n',
  CY: '3n5n16c',
  CZ: '4n6n10n',
  DE: '8n10n',
  DJ: '5n5n11n2n',
  DK: '4n9n1n',
  DO: '4c20n',
  EE: '2n2n11n1n',
  EG: '4n4n17n',
  ES: '4n4n1n1n10n',
  FI: '3n11n',
  FK: '2a12n',
  FO: '4n9n1n',
  FR: '5n5n11c2n',
  GB: '4a6n8n',
  GE: '2a16n',
  GI: '4a15c',
  GL: '4n9n1n',
  GR: '3n4n16c',
  GT: '4c20c',
  HN: '4a20n',
  HR: '7n10n',
  HU: '3n4n1n15n1n',
  IE: '4a6n8n',
  IL: '3n3n13n',
  IQ: '4a3n12n',
  IS: '4n2n6n10n',
  IT: '1a5n5n12c',
  JO: '4a4n18c',
  KW: '4a22c',
  KZ: '3n13c',
  LB: '4n20c',
  LC: '4a24c',
  LI: '5n12c',
  LT: '5n11n',
  LU: '3n13c',
  LV: '4a13c',
  LY: '3n3n15n',
  MC: '5n5n11c2n',
  MD: '2c18c',
  ME: '3n13n2n',
  MK: '3n10c2n',
  MN: '4n12n',
  MR: '5n5n11n2n',
  MT: '4a5n18c',
  MU: '4a2n2n12n3n3a',
  NI: '4a20n',
  NL: '4a10n',
  NO: '4n6n1n',
  OM: '3n16c',
  PK: '4a16c',
  PL: '8n16n',
  PS: '4a21c',
  PT: '4n4n11n2n',
  QA: '4a21c',
  RO: '4a16c',
  RS: '3n13n2n',
  RU: '9n5n15c',
  SA: '2n18c',
  SC: '4a2n2n16n3a',
  SD: '2n12n',
  SE: '3n16n1n',
  SI: '5n8n2n',
  SK: '4n6n10n',
  SM: '1a5n5n12c',
  SO: '4n3n12n',
  ST: '4n4n11n2n',
  SV: '4a20n',
  TL: '3n14n2n',
  TN: '2n3n13n2n',
  TR: '5n1n16c',
  UA: '6n19c',
  VA: '3n15n',
  VG: '4a16n',
  XK: '4n10n2n',
  YE: '4a4n18c',
};

export type CharacterKind = 'n' | 'a' | 'c';

export interface BbanSegment {
  length: number;
  kind: CharacterKind;
}

const CHARACTER_CLASS: Record<CharacterKind, string> = { n: '[0-9]', a: '[A-Z]', c: '[A-Z0-9]' };

/** The longest IBAN of the registry has 34 characters; written with separators it is a little longer. */
const MAX_INPUT_LENGTH = 64;

export class InvalidIbanError extends DomainRefusal {
  override name = 'InvalidIbanError';
}

/** The BBAN layout of a country, or undefined if it does not use IBANs. */
export function bbanLayout(country: string): BbanSegment[] | undefined {
  const layout = Object.hasOwn(BBAN_LAYOUTS, country) ? BBAN_LAYOUTS[country] : undefined;
  return layout
    ?.match(/\d+[nac]/g)
    ?.map((segment) => ({ length: Number(segment.slice(0, -1)), kind: segment.slice(-1) as CharacterKind }));
}

export function ibanLength(country: string): number | undefined {
  const layout = bbanLayout(country);
  return layout && 4 + layout.reduce((sum, segment) => sum + segment.length, 0);
}

/** Drops what people write between groups (spaces, dashes, dots) and upper-cases the rest. */
export function normaliseIban(input: string): string {
  return input.replace(/[\s.-]/g, '').toUpperCase();
}

/** The check digits that make `country + digits + bban` a valid IBAN. */
export function ibanCheckDigits(country: string, bban: string): string {
  return iso7064Mod97_10CheckDigits(`${bban}${country}`);
}

/** The normalised IBAN; InvalidIbanError says what is wrong with it, never what it was. */
export function parseIban(input: string): string {
  if (input.length > MAX_INPUT_LENGTH) throw new InvalidIbanError('an IBAN has at most 34 characters');
  const iban = normaliseIban(input);
  if (!/^[A-Z0-9]*$/.test(iban))
    throw new InvalidIbanError('an IBAN holds only letters and digits (and spaces between groups)');
  const country = iban.slice(0, 2);
  const layout = bbanLayout(country);
  const length = ibanLength(country);
  if (!layout || length === undefined)
    throw new InvalidIbanError('an IBAN starts with the code of a country that uses IBANs');
  // Both ends of the MOD 97-10 range alias valid values (00 ≡ 97, 01 ≡ 98, 99 ≡ 02), so they are refused outright.
  const checkDigits = iban.slice(2, 4);
  if (!/^\d\d$/.test(checkDigits) || checkDigits < '02' || checkDigits > '98')
    throw new InvalidIbanError('an IBAN has check digits 02 to 98 after its country code');
  if (iban.length !== length) throw new InvalidIbanError(`an IBAN of ${country} has ${length} characters`);
  const pattern = new RegExp(
    `^${layout.map((segment) => `${CHARACTER_CLASS[segment.kind]}{${segment.length}}`).join('')}$`,
  );
  const bban = iban.slice(4);
  if (!pattern.test(bban))
    throw new InvalidIbanError(`the account number does not have the layout of an IBAN of ${country}`);
  if (iso7064Mod97_10(`${bban}${country}${checkDigits}`) !== 1)
    throw new InvalidIbanError('the IBAN check digits do not match');
  if (withNationalCheckDigits(country, bban) !== bban)
    throw new InvalidIbanError(`the account number fails the national check digits of ${country}`);
  return iban;
}

export function isValidIban(input: string): boolean {
  try {
    parseIban(input);
    return true;
  } catch (error) {
    if (error instanceof InvalidIbanError) return false;
    throw error;
  }
}
