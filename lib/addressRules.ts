import type { CountryCode } from './countries';

/**
 * What an address must hold in each country, as data: the parts its post needs, and the shape of
 * its postal code where that shape is well known. A country without a rule of its own gets
 * DEFAULT_ADDRESS_RULE: a city and no street line required, the postal code taken as sent.
 *
 * A street line is optional where business records often have none (the Gulf states, Hong Kong and
 * Macao, where a building or a P.O. box is the address; Ireland, whose Eircode is recent; small
 * island states). A postal code is required only where the post cannot deliver without one.
 */

/**
 * The parts of an address a rule can require. A city and a country are required everywhere: every
 * address is filed under its town, even in a city-state.
 */
export type RequiredAddressPart = 'line1' | 'postalCode';

export interface PostalCodeFormat {
  /** The code with spaces and hyphens removed, upper-cased, must match. */
  readonly compact: RegExp;
  /** Said to whoever sent a code that does not fit, e.g. "5 digits, e.g. 10115". */
  readonly shape: string;
  /** Where the country's post writes a separator into the compact code; a negative `at` counts from the end. */
  readonly separator?: { readonly at: number; readonly text: ' ' | '-' };
}

export interface AddressRule {
  readonly required: readonly RequiredAddressPart[];
  /** FREE_TEXT: taken as sent; NONE: the country has no postal codes. */
  readonly postalCode: PostalCodeFormat | 'FREE_TEXT' | 'NONE';
}

export const DEFAULT_ADDRESS_RULE: AddressRule = Object.freeze({ required: [], postalCode: 'FREE_TEXT' });

const digits = (count: number, example: string, separator?: PostalCodeFormat['separator']): PostalCodeFormat => ({
  compact: new RegExp(`^\\d{${count}}$`),
  shape: `${count} digits, e.g. ${example}`,
  ...(separator ? { separator } : {}),
});

const FOUR_DIGITS = digits(4, '1234');
const FIVE_DIGITS = digits(5, '12345');
const SIX_DIGITS = digits(6, '123456');
/** Sweden, Czechia, Slovakia and Greece print five digits as "123 45". */
const FIVE_DIGITS_SPLIT = digits(5, '123 45', { at: 3, text: ' ' });

const UK_POSTCODE: PostalCodeFormat = {
  compact: /^(?:[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|GIR0AA)$/,
  shape: 'an outward and an inward code, e.g. SW1A 1AA',
  separator: { at: -3, text: ' ' },
};
const US_ZIP: PostalCodeFormat = {
  compact: /^\d{5}(?:\d{4})?$/,
  shape: 'a ZIP code of 5 digits or a ZIP+4, e.g. 94105 or 94105-1234',
  separator: { at: 5, text: '-' },
};

const STREET: readonly RequiredAddressPart[] = ['line1'];
const STREET_POSTCODE: readonly RequiredAddressPart[] = ['line1', 'postalCode'];

const street = (postalCode: AddressRule['postalCode']): AddressRule => ({ required: STREET, postalCode });
const noStreet = (postalCode: AddressRule['postalCode']): AddressRule => ({ required: [], postalCode });

export const ADDRESS_RULES: Readonly<Partial<Record<CountryCode, AddressRule>>> = Object.freeze({
  // Postal codes the post needs to deliver at all.
  GB: { required: STREET_POSTCODE, postalCode: UK_POSTCODE },
  NL: {
    required: STREET_POSTCODE,
    postalCode: {
      compact: /^[1-9]\d{3}(?!SA|SD|SS)[A-Z]{2}$/,
      shape: '4 digits and 2 letters, e.g. 1234 AB',
      separator: { at: 4, text: ' ' },
    },
  },
  CA: {
    required: STREET_POSTCODE,
    postalCode: {
      compact: /^[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z]\d[ABCEGHJ-NPRSTV-Z]\d$/,
      shape: 'letter, digit, letter, space, digit, letter, digit, e.g. K1A 0B1',
      separator: { at: 3, text: ' ' },
    },
  },
  // The Crown Dependencies, Gibraltar and the US territories use the British and American codes.
  GG: street(UK_POSTCODE),
  JE: street(UK_POSTCODE),
  IM: street(UK_POSTCODE),
  GI: street(UK_POSTCODE),
  PR: street(US_ZIP),
  GU: street(US_ZIP),
  VI: street(US_ZIP),
  AS: street(US_ZIP),
  MP: street(US_ZIP),
  // A street, and a postal code of a known shape when one is sent.
  US: street(US_ZIP),
  DE: street(FIVE_DIGITS),
  FR: street(FIVE_DIGITS),
  IT: street(FIVE_DIGITS),
  ES: street(FIVE_DIGITS),
  FI: street(FIVE_DIGITS),
  EE: street(FIVE_DIGITS),
  HR: street(FIVE_DIGITS),
  MX: street(FIVE_DIGITS),
  TR: street(FIVE_DIGITS),
  KR: street(FIVE_DIGITS),
  MY: street(FIVE_DIGITS),
  TH: street(FIVE_DIGITS),
  ID: street(FIVE_DIGITS),
  UA: street(FIVE_DIGITS),
  EG: street(FIVE_DIGITS),
  MA: street(FIVE_DIGITS),
  PK: street(FIVE_DIGITS),
  AT: street(FOUR_DIGITS),
  BE: street(FOUR_DIGITS),
  CH: street(FOUR_DIGITS),
  LI: street(FOUR_DIGITS),
  DK: street(FOUR_DIGITS),
  NO: street(FOUR_DIGITS),
  HU: street(FOUR_DIGITS),
  LU: street(FOUR_DIGITS),
  BG: street(FOUR_DIGITS),
  SI: street(FOUR_DIGITS),
  CY: street(FOUR_DIGITS),
  AU: street(FOUR_DIGITS),
  NZ: street(FOUR_DIGITS),
  ZA: street(FOUR_DIGITS),
  PH: street(FOUR_DIGITS),
  SE: street(FIVE_DIGITS_SPLIT),
  CZ: street(FIVE_DIGITS_SPLIT),
  SK: street(FIVE_DIGITS_SPLIT),
  GR: street(FIVE_DIGITS_SPLIT),
  PL: street(digits(5, '00-950', { at: 2, text: '-' })),
  PT: street(digits(7, '1000-001', { at: 4, text: '-' })),
  BR: street(digits(8, '01310-100', { at: 5, text: '-' })),
  JP: street(digits(7, '100-0001', { at: 3, text: '-' })),
  IL: street(digits(7, '6100000')),
  IN: street({ compact: /^[1-9]\d{5}$/, shape: '6 digits not starting with 0, e.g. 110001' }),
  CN: street(SIX_DIGITS),
  RU: street(SIX_DIGITS),
  BY: street(SIX_DIGITS),
  KZ: street(SIX_DIGITS),
  RO: street(SIX_DIGITS),
  SG: street(SIX_DIGITS),
  // Ireland: many business addresses predate the Eircode (2015) and name no street.
  IE: noStreet({
    compact: /^(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[\dAC-FHKNPRTV-Y]{4}$/,
    shape: 'an Eircode, e.g. D02 X285',
    separator: { at: 3, text: ' ' },
  }),
  // The Gulf: a building, a P.O. box or a district often stands for the street.
  SA: noStreet(FIVE_DIGITS),
  KW: noStreet(FIVE_DIGITS),
  OM: noStreet(digits(3, '112')),
  BH: noStreet({ compact: /^\d{3,4}$/, shape: '3 or 4 digits, e.g. 317' }),
  AE: noStreet('NONE'),
  QA: noStreet('NONE'),
  // Hong Kong and Macao have no postal codes.
  HK: noStreet('NONE'),
  MO: noStreet('NONE'),
  // Small island states without postal codes.
  AG: noStreet('NONE'),
  AW: noStreet('NONE'),
  BS: noStreet('NONE'),
  BZ: noStreet('NONE'),
  CK: noStreet('NONE'),
  CW: noStreet('NONE'),
  DM: noStreet('NONE'),
  FJ: noStreet('NONE'),
  GD: noStreet('NONE'),
  KI: noStreet('NONE'),
  KN: noStreet('NONE'),
  NR: noStreet('NONE'),
  NU: noStreet('NONE'),
  SB: noStreet('NONE'),
  SC: noStreet('NONE'),
  SX: noStreet('NONE'),
  TK: noStreet('NONE'),
  TO: noStreet('NONE'),
  TV: noStreet('NONE'),
  VU: noStreet('NONE'),
});

export function addressRuleOf(country: CountryCode): AddressRule {
  return ADDRESS_RULES[country] ?? DEFAULT_ADDRESS_RULE;
}
