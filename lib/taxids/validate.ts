/**
 * Normalising and validating tax identifiers. Validation is offline: layout plus check digits,
 * so a valid id is well formed, not necessarily issued (VIES and the national registers know that).
 * An invalid id comes with the reason, the first fault found in this order: a prefix that names no
 * issuer (UNKNOWN_PREFIX), characters the kind never uses (FORMAT), the wrong number of characters
 * (LENGTH), characters in the wrong places or an unassigned range (FORMAT), check digits (CHECK_DIGIT).
 *
 * Terms: a *compact* id has its separators removed and is upper case; an EU VAT id is a two-letter
 * *prefix* (the member state, EL for Greece, XI for Northern Ireland, EU or IM for the one-stop
 * shop) followed by the national *body*.
 */
import {
  abnCheckDigits,
  austrianUidCheckDigit,
  belgianCheckDigits,
  bulgarianEgnCheckDigit,
  bulgarianForeignerCheckDigit,
  bulgarianLegalCheckDigit,
  bulgarianOtherCheckDigit,
  cnpjCheckDigits,
  cpfCheckDigits,
  cypriotCheckLetter,
  czechLegalCheckDigit,
  czechSpecialCheckDigit,
  dutchElevenTestCheckDigit,
  finnishBusinessIdCheckDigit,
  frenchVatKey,
  gbVatRemainder,
  greekCheckDigit,
  gstinCheckCharacter,
  hungarianCheckDigit,
  innLegalCheckDigit,
  innPersonalCheckDigits,
  irishCheckLetter,
  isCalendarDate,
  isSaudiVatLayout,
  isValidBirthNumber,
  isValidDanishCvr,
  isValidEstonianKmkr,
  isValidFrenchAlphanumericKey,
  isValidLatvianLegalPvn,
  isValidSlovakDph,
  iso7064Mod11_10CheckDigit,
  iso7064Mod97_10,
  japaneseCorporateCheckDigit,
  latvianPersonalCheckDigit,
  lithuanianCheckDigit,
  luhnChecksum,
  luxembourgCheckDigits,
  malteseCheckDigits,
  polishNipCheckDigit,
  portugueseCheckDigit,
  romanianCnpCheckDigit,
  romanianCuiCheckDigit,
  slovenianCheckDigit,
  spanishCifControl,
  spanishDniLetter,
  swissUidCheckDigit,
  US_EIN_PREFIXES,
  USCC_ALPHABET,
  usccCheckCharacter,
} from './checksums';
import { EU_MEMBER_STATES } from '../euMemberStates';
import type { TaxIdKind } from './kinds';

export const INVALID_REASON_CODES = ['FORMAT', 'LENGTH', 'CHECK_DIGIT', 'UNKNOWN_PREFIX'] as const;
export type InvalidReasonCode = (typeof INVALID_REASON_CODES)[number];

/** Why an id is not valid, in plain English naming the kind and what it should look like. */
export interface InvalidReason {
  code: InvalidReasonCode;
  message: string;
}

export interface TaxIdCheck {
  valid: boolean;
  /** The compact form (see normalizeTaxId); null when the value holds nothing an id is made of. */
  normalized: string | null;
  /** Null exactly when the id is valid. */
  reason: InvalidReason | null;
}

/** What is wrong with an id (or an EU VAT body), or null when nothing is. */
type Rule = (id: string) => InvalidReason | null;

/** Spaces, dots, dashes (any Unicode dash), slashes and colons; commas and the like are kept, so they fail. */
const SEPARATORS = /[\s.\-/:\u2010-\u2015\u2212]/g;

/** What compact ids are made of: letters, digits, and the + and * of old Irish VAT numbers. */
const ID_CHARACTERS = /^[\dA-Z+*]+$/;

/** NFKC first, so full-width digits and letters (common in Japanese and Chinese input) become ASCII. */
function compact(value: string): string {
  return value.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
}

// ---- rules from layouts -------------------------------------------------------------------------

const DIGITS = /^\d*$/;
const LETTERS_AND_DIGITS = /^[\dA-Z]*$/;

/** How an id of one kind (or an EU VAT body of one prefix) is built. */
interface Layout {
  /** Singular, as in messages: "DE VAT number". */
  name: string;
  /** What a well-formed one has, completing "DE VAT numbers have …". */
  expected: string;
  /** Every character it may hold, tested before the length, so a stray comma is a FORMAT fault. */
  characters: RegExp;
  lengths: readonly number[];
  /** Where which characters go, and whatever else is not arithmetic; by default anything goes. */
  layout?: RegExp | ((id: string) => boolean);
  /** The check digits, for the kinds that have them. */
  check?: (id: string) => boolean;
}

function ruleOf({ name, expected, characters, lengths, layout, check }: Layout): Rule {
  const description = `${name}s have ${expected}`;
  return (id) => {
    if (!characters.test(id)) return { code: 'FORMAT', message: `${description}; got other characters` };
    if (!lengths.includes(id.length)) return { code: 'LENGTH', message: `${description}; got ${id.length}` };
    if (layout && !(layout instanceof RegExp ? layout.test(id) : layout(id)))
      return { code: 'FORMAT', message: description };
    if (check && !check(id)) return { code: 'CHECK_DIGIT', message: `${name}: the check digits do not match` };
    return null;
  };
}

// ---- EU VAT bodies, one layout per prefix; check functions assume their layout ------------------

/** Bulgarian EGN: a birth date (month + 20 before 1900, + 40 from 2000) and a check digit. */
function isBulgarianEgn(body: string): boolean {
  const coded = Number(body.slice(2, 4));
  const [century, month] = coded > 40 ? [2000, coded - 40] : coded > 20 ? [1800, coded - 20] : [1900, coded];
  const year = century + Number(body.slice(0, 2));
  return isCalendarDate(year, month, Number(body.slice(4, 6))) && bulgarianEgnCheckDigit(body.slice(0, 9)) === body[9];
}

function bulgarianVatChecks(body: string): boolean {
  if (body.length === 9) return bulgarianLegalCheckDigit(body.slice(0, 8)) === body[8];
  // Ten digits: a person's EGN, a foreigner's LNCh, or another taxpayer's number.
  const payload = body.slice(0, 9);
  return (
    isBulgarianEgn(body) ||
    bulgarianForeignerCheckDigit(payload) === body[9] ||
    bulgarianOtherCheckDigit(payload) === body[9]
  );
}

function czechVatChecks(body: string): boolean {
  if (body.length === 8) return czechLegalCheckDigit(body.slice(0, 7)) === body[7];
  if (/^6\d{8}$/.test(body)) return czechSpecialCheckDigit(body.slice(1, 8)) === body[8];
  // Otherwise a person's birth number.
  return isValidBirthNumber(body);
}

/** Spanish NIF: DNI (8 digits + letter), NIE (X/Y/Z), K/L/M (DNI letter) or a company CIF. */
function spanishVatChecks(body: string): boolean {
  const [first, control] = [body[0], body[8]];
  if (/\d/.test(first)) return spanishDniLetter(body.slice(0, 8)) === control;
  if ('XYZ'.includes(first)) return spanishDniLetter('XYZ'.indexOf(first) + body.slice(1, 8)) === control;
  if ('KLM'.includes(first)) return spanishDniLetter(body.slice(1, 8)) === control;
  // Sources disagree on which company types use the digit and which the letter: accept either.
  const expected = spanishCifControl(body.slice(1, 8));
  return control === expected.digit || control === expected.letter;
}

function frenchVatChecks(body: string): boolean {
  const [key, siren] = [body.slice(0, 2), body.slice(2)];
  // SIRENs starting 000 are Monaco's and carry no Luhn digit.
  if (!siren.startsWith('000') && luhnChecksum(siren) !== 0) return false;
  return /^\d\d$/.test(key) ? key === frenchVatKey(siren) : isValidFrenchAlphanumericKey(key, siren);
}

/** Irish VAT: 7 digits + letter (+ a second letter since 2013), or the old digit-letter-5-digits form. */
function irishVatChecks(body: string): boolean {
  if (/^\d{7}/.test(body)) return irishCheckLetter(body.slice(0, 7), body.slice(8)) === body[7];
  return irishCheckLetter(`0${body.slice(2, 7)}${body[0]}`) === body[7];
}

/** Italian partita IVA: digits 8–10 are the issuing province office. */
function hasItalianOffice(body: string): boolean {
  const office = Number(body.slice(7, 10));
  const knownOffice = (office >= 1 && office <= 100) || [120, 121, 888, 999].includes(office);
  return knownOffice && !/^0{7}/.test(body);
}

/** A Latvian person's code: DDMMYY, then the century (0 = 1800s, 1 = 1900s, 2 = 2000s). */
function hasLatvianBirthDate(body: string): boolean {
  const year = 1800 + 100 * Number(body[6]) + Number(body.slice(4, 6));
  return isCalendarDate(year, Number(body.slice(2, 4)), Number(body.slice(0, 2)));
}

/** Dutch btw-id: the old series passes the elfproef, the 2020 one MOD 97-10. */
function dutchVatChecks(body: string): boolean {
  return dutchElevenTestCheckDigit(body.slice(0, 8)) === body[8] || iso7064Mod97_10(`NL${body}`) === 1;
}

const CNP_CENTURY: Readonly<Record<string, number>> = { '3': 1800, '4': 1800, '5': 2000, '6': 2000 };

/** A Romanian CNP: the first digit gives sex and century (1/2 1900s, 3/4 1800s, 5/6 2000s, others residents). */
function hasRomanianCnpBirthDate(body: string): boolean {
  const year = (CNP_CENTURY[body[0]] ?? 1900) + Number(body.slice(1, 3));
  return isCalendarDate(year, Number(body.slice(3, 5)), Number(body.slice(5, 7)));
}

/** Romanian VAT: a CUI of 2 to 10 digits or (some sources accept it) a person's 13-digit CNP. */
function romanianVatChecks(body: string): boolean {
  if (body.length === 13) return romanianCnpCheckDigit(body.slice(0, 12)) === body[12];
  return romanianCuiCheckDigit(body.slice(0, -1)) === body.slice(-1);
}

/** UK VAT bodies: 9 digits (12 with a branch), or government departments (GD) / health authorities (HA). */
function ukVatChecks(body: string): boolean {
  if (body.length === 5) return true;
  if (/^(GD|HA)/.test(body)) return Number(body.slice(6, 9)) % 97 === Number(body.slice(9));
  const remainder = gbVatRemainder(body);
  // Numbers from 100 on may also be from the "9755" series issued since 2010.
  return Number(body.slice(0, 3)) >= 100 ? [0, 42, 55].includes(remainder) : remainder === 0;
}

function ukVatLayout(name: string, prefix: string): Layout {
  return {
    name,
    expected: `9 digits (12 with a branch), or GD or HA and 3 digits (GD8888 or HA8888 and 5), after ${prefix}`,
    characters: LETTERS_AND_DIGITS,
    lengths: [5, 9, 11, 12],
    layout: /^\d{9}(\d{3})?$|^GD[0-4]\d\d$|^HA[5-9]\d\d$|^GD8888[0-4]\d{4}$|^HA8888[5-9]\d{4}$/,
    check: ukVatChecks,
  };
}

/** ISO 3166-1 numeric codes of the member states (900: Northern Ireland) that issue one-stop-shop numbers. */
const OSS_STATE_CODES: readonly string[] = [
  '040',
  '056',
  '100',
  '191',
  '196',
  '203',
  '208',
  '233',
  '246',
  '250',
  '276',
  '300',
  '348',
  '372',
  '380',
  '428',
  '440',
  '442',
  '470',
  '528',
  '616',
  '620',
  '642',
  '703',
  '705',
  '724',
  '752',
  '900',
];

/** One-stop-shop numbers: EU + 9 digits (non-union scheme) or IM + 10 digits (import scheme), no check digit. */
function ossLayout(prefix: string, length: number): Omit<Layout, 'name'> {
  return {
    expected: `${length} digits after ${prefix}, the first 3 a member state's numeric code`,
    characters: DIGITS,
    lengths: [length],
    layout: (body) => OSS_STATE_CODES.includes(body.slice(0, 3)),
  };
}

const EU_VAT_LAYOUTS: Readonly<Record<string, Omit<Layout, 'name'>>> = {
  AT: {
    expected: 'U and 8 digits after AT',
    characters: LETTERS_AND_DIGITS,
    lengths: [9],
    layout: /^U\d{8}$/,
    check: (b) => austrianUidCheckDigit(b.slice(1, 8)) === b[8],
  },
  BE: {
    expected: '10 digits after BE, the first 0 or 1',
    characters: DIGITS,
    lengths: [10],
    layout: /^[01]/,
    check: (b) => belgianCheckDigits(b.slice(0, 8)) === b.slice(8),
  },
  BG: { expected: '9 or 10 digits after BG', characters: DIGITS, lengths: [9, 10], check: bulgarianVatChecks },
  CY: {
    expected: '8 digits and a letter after CY, the digits not starting with 12',
    characters: LETTERS_AND_DIGITS,
    lengths: [9],
    layout: /^(?!12)\d{8}[A-Z]$/,
    check: (b) => cypriotCheckLetter(b.slice(0, 8)) === b[8],
  },
  CZ: {
    expected: '8 digits (not starting with 9), or 9 or 10 digits, after CZ',
    characters: DIGITS,
    lengths: [8, 9, 10],
    layout: (b) => b.length > 8 || b[0] !== '9',
    check: czechVatChecks,
  },
  DE: {
    expected: '9 digits after DE, the first not 0',
    characters: DIGITS,
    lengths: [9],
    layout: /^[1-9]/,
    check: (b) => iso7064Mod11_10CheckDigit(b.slice(0, 8)) === b[8],
  },
  DK: {
    expected: '8 digits after DK, the first not 0',
    characters: DIGITS,
    lengths: [8],
    layout: /^[1-9]/,
    check: isValidDanishCvr,
  },
  EE: { expected: '9 digits after EE', characters: DIGITS, lengths: [9], check: isValidEstonianKmkr },
  EL: {
    expected: '9 digits after EL',
    characters: DIGITS,
    lengths: [9],
    check: (b) => greekCheckDigit(b.slice(0, 8)) === b[8],
  },
  ES: {
    expected: '9 characters after ES: a digit or a letter other than I, O and T, 7 digits, and a digit or letter',
    characters: LETTERS_AND_DIGITS,
    lengths: [9],
    layout: /^[\dA-HJ-NP-SU-Z]\d{7}[\dA-Z]$/,
    check: spanishVatChecks,
  },
  FI: {
    expected: '8 digits after FI',
    characters: DIGITS,
    lengths: [8],
    check: (b) => finnishBusinessIdCheckDigit(b.slice(0, 7)) === b[7],
  },
  FR: {
    expected: '11 characters after FR: a key of 2 digits or letters other than I and O, and the 9-digit SIREN',
    characters: LETTERS_AND_DIGITS,
    lengths: [11],
    layout: /^[\dA-HJ-NP-Z]{2}\d{9}$/,
    check: frenchVatChecks,
  },
  HR: {
    expected: '11 digits after HR',
    characters: DIGITS,
    lengths: [11],
    check: (b) => iso7064Mod11_10CheckDigit(b.slice(0, 10)) === b[10],
  },
  HU: {
    expected: '8 digits after HU',
    characters: DIGITS,
    lengths: [8],
    check: (b) => hungarianCheckDigit(b.slice(0, 7)) === b[7],
  },
  IE: {
    expected:
      '8 or 9 characters after IE: 7 digits and 1 or 2 letters, or a digit, a letter, + or *, 5 digits and a letter',
    characters: /^[\dA-Z+*]*$/,
    lengths: [8, 9],
    layout: /^\d[\dA-Z+*]\d{5}[A-W]{1,2}$/,
    check: irishVatChecks,
  },
  IT: {
    expected: '11 digits after IT, digits 8 to 10 an issuing office (001 to 100, 120, 121, 888 or 999)',
    characters: DIGITS,
    lengths: [11],
    layout: hasItalianOffice,
    check: (b) => luhnChecksum(b) === 0,
  },
  LT: {
    // The digit before the check digit is 1 for both legal entities (9) and temporary payers (12).
    expected: '9 or 12 digits after LT, the last but one 1',
    characters: DIGITS,
    lengths: [9, 12],
    layout: /1\d$/,
    check: (b) => lithuanianCheckDigit(b.slice(0, -1)) === b.slice(-1),
  },
  LU: {
    expected: '8 digits after LU',
    characters: DIGITS,
    lengths: [8],
    check: (b) => luxembourgCheckDigits(b.slice(0, 6)) === b.slice(6),
  },
  LV: {
    expected: "11 digits after LV, a person's code starting with a birth date DDMMYY",
    characters: DIGITS,
    lengths: [11],
    layout: (b) => b[0] > '3' || hasLatvianBirthDate(b),
    check: (b) => (b[0] > '3' ? isValidLatvianLegalPvn(b) : latvianPersonalCheckDigit(b.slice(0, 10)) === b[10]),
  },
  MT: {
    expected: '8 digits after MT, the first not 0',
    characters: DIGITS,
    lengths: [8],
    layout: /^[1-9]/,
    check: (b) => malteseCheckDigits(b.slice(0, 6)) === b.slice(6),
  },
  NL: {
    expected: '12 characters after NL: 9 digits, B and 2 digits, neither group all zeros',
    characters: LETTERS_AND_DIGITS,
    lengths: [12],
    layout: (b) => /^\d{9}B\d\d$/.test(b) && !/^0{9}|00$/.test(b),
    check: dutchVatChecks,
  },
  PL: {
    expected: '10 digits after PL',
    characters: DIGITS,
    lengths: [10],
    check: (b) => polishNipCheckDigit(b.slice(0, 9)) === b[9],
  },
  PT: {
    expected: '9 digits after PT, the first not 0',
    characters: DIGITS,
    lengths: [9],
    layout: /^[1-9]/,
    check: (b) => portugueseCheckDigit(b.slice(0, 8)) === b[8],
  },
  RO: {
    expected: "2 to 10 digits after RO (13 for a person's CNP, with a birth date), the first not 0",
    characters: DIGITS,
    lengths: [2, 3, 4, 5, 6, 7, 8, 9, 10, 13],
    layout: (b) => /^[1-9]/.test(b) && (b.length < 13 || hasRomanianCnpBirthDate(b)),
    check: romanianVatChecks,
  },
  SE: {
    expected: '12 digits after SE, ending in 01',
    characters: DIGITS,
    lengths: [12],
    layout: /01$/,
    check: (b) => luhnChecksum(b.slice(0, 10)) === 0,
  },
  SI: {
    expected: '8 digits after SI, the first not 0',
    characters: DIGITS,
    lengths: [8],
    layout: /^[1-9]/,
    check: (b) => slovenianCheckDigit(b.slice(0, 7)) === b[7],
  },
  // Birth numbers served as VAT ids too, so accept either form.
  SK: {
    expected: '10 digits after SK',
    characters: DIGITS,
    lengths: [10],
    check: (b) => isValidSlovakDph(b) || isValidBirthNumber(b),
  },
  XI: ukVatLayout('XI VAT number', 'XI'),
  EU: ossLayout('EU', 9),
  IM: ossLayout('IM', 10),
};

const EU_VAT_RULES: ReadonlyMap<string, Rule> = new Map(
  Object.entries(EU_VAT_LAYOUTS).map(([prefix, layout]) => [
    prefix,
    ruleOf({ name: `${prefix} VAT number`, ...layout }),
  ]),
);

/** Every EU VAT prefix this module validates. */
export const EU_VAT_PREFIXES: readonly string[] = [...EU_VAT_RULES.keys()];

/** Numbers written in a shorter, older form, brought to today's length. */
const EU_VAT_CANONICAL_BODY: ReadonlyMap<string, (body: string) => string> = new Map([
  ['BE', (b: string) => b.replace(/^\(0\)/, '0').replace(/^(\d{9})$/, '0$1')],
  ['EL', (b: string) => b.replace(/^(\d{8})$/, '0$1')],
  [
    'NL',
    (b: string) =>
      b.replace(/^(\d{1,8})(B\d\d)$/, (_, digits: string, suffix: string) => digits.padStart(9, '0') + suffix),
  ],
]);

/** The VAT prefix a company in `country` uses: EL for Greece, XI (Northern Ireland) for the UK. */
function euVatPrefixOf(country: string): string | undefined {
  const code = country.toUpperCase();
  if (code === 'GR') return 'EL';
  if (code === 'GB') return 'XI';
  return EU_MEMBER_STATES.includes(code) ? code : undefined;
}

function normalizeEuVat(id: string, country: string | undefined): string {
  const prefix = country === undefined ? undefined : euVatPrefixOf(country);
  const withPrefix = prefix !== undefined && !EU_VAT_RULES.has(id.slice(0, 2)) ? prefix + id : id;
  const canonical = EU_VAT_CANONICAL_BODY.get(withPrefix.slice(0, 2));
  return canonical ? withPrefix.slice(0, 2) + canonical(withPrefix.slice(2)) : withPrefix;
}

function checkEuVat(id: string, country: string | undefined): InvalidReason | null {
  const prefix = id.slice(0, 2);
  const rule = EU_VAT_RULES.get(prefix);
  if (rule === undefined) {
    const got = /^[A-Z]{2}$/.test(prefix) ? prefix : 'none';
    const prefixes =
      "a member state's prefix (EL for Greece, XI for Northern Ireland) or with EU or IM (one-stop shop)";
    return { code: 'UNKNOWN_PREFIX', message: `EU VAT numbers start with ${prefixes}; got ${got}` };
  }
  // With a country, a member-state number must be that state's; one-stop-shop numbers belong to no state.
  const expected = country === undefined || prefix === 'EU' || prefix === 'IM' ? prefix : euVatPrefixOf(country);
  if (expected !== prefix) {
    const message =
      expected === undefined
        ? `${country} is not an EU member state; only one-stop-shop numbers (EU, IM) can be its EU VAT numbers`
        : `EU VAT numbers of ${country} start with ${expected}; got ${prefix}`;
    return { code: 'UNKNOWN_PREFIX', message };
  }
  return rule(id.slice(2));
}

// ---- the other kinds ----------------------------------------------------------------------------

/** Indian GSTIN: state, the holder's PAN (4th letter = holder type), entity number, Z, check character. */
const GSTIN = /^(0[1-9]|[12]\d|3[0-8])[A-Z]{3}[ABCFGHJKLPT][A-Z](?!0000)\d{4}[A-Z][1-9A-Z]Z/;
const USCC = new RegExp(`^[${USCC_ALPHABET}]{2}\\d{6}[${USCC_ALPHABET}]{10}$`);
const UK_VAT_RULE = ruleOf(ukVatLayout('GB VAT number', 'an optional GB or XI'));

const RULES: Readonly<Record<Exclude<TaxIdKind, 'EU_VAT'>, Rule>> = {
  GB_VAT: (id) => UK_VAT_RULE(id.replace(/^(GB|XI)/, '')),
  CH_UID: ruleOf({
    name: 'CH UID',
    expected: '12 characters, CHE and 9 digits (15 or 16 when MWST, TVA, IVA or TPV follows)',
    characters: LETTERS_AND_DIGITS,
    lengths: [12, 15, 16],
    layout: /^CHE\d{9}(MWST|TVA|IVA|TPV)?$/,
    check: (id) => swissUidCheckDigit(id.slice(3, 11)) === id[11],
  }),
  // No check digit; the written layout is checked in checkTaxId.
  US_EIN: ruleOf({
    name: 'US EIN',
    expected: '9 digits, the first 2 a prefix the IRS assigns',
    characters: DIGITS,
    lengths: [9],
    layout: (id) => US_EIN_PREFIXES.includes(id.slice(0, 2)),
  }),
  // The 2026 alphanumeric CNPJ: 12 characters of 0–9/A–Z, then two numeric check digits.
  BR_CNPJ: ruleOf({
    name: 'BR CNPJ',
    expected: '14 characters, 12 digits or letters and 2 digits, not all zeros',
    characters: LETTERS_AND_DIGITS,
    lengths: [14],
    layout: (id) => /\d\d$/.test(id) && !/^0+$/.test(id),
    check: (id) => cnpjCheckDigits(id.slice(0, 12)) === id.slice(12),
  }),
  // Repeated digits pass the arithmetic but are never issued.
  BR_CPF: ruleOf({
    name: 'BR CPF',
    expected: '11 digits, not all the same',
    characters: DIGITS,
    lengths: [11],
    layout: (id) => !/^(\d)\1+$/.test(id),
    check: (id) => cpfCheckDigits(id.slice(0, 9)) === id.slice(9),
  }),
  IN_GSTIN: ruleOf({
    name: 'IN GSTIN',
    expected: "15 characters: a state code (01 to 38), the holder's PAN, an entity number, Z and a check character",
    characters: LETTERS_AND_DIGITS,
    lengths: [15],
    layout: GSTIN,
    check: (id) => gstinCheckCharacter(id.slice(0, 14)) === id[14],
  }),
  JP_CORPORATE_NUMBER: ruleOf({
    name: 'JP corporate number',
    expected: '13 digits',
    characters: DIGITS,
    lengths: [13],
    check: (id) => japaneseCorporateCheckDigit(id.slice(1)) === id[0],
  }),
  CN_USCC: ruleOf({
    name: 'CN unified social credit code',
    expected:
      '18 characters, digits and letters other than I, O, S, V and Z, with a 6-digit region code from the third',
    characters: LETTERS_AND_DIGITS,
    lengths: [18],
    layout: USCC,
    check: (id) => usccCheckCharacter(id.slice(0, 17)) === id[17],
  }),
  RU_INN: ruleOf({
    name: 'RU INN',
    expected: '10 digits (a company) or 12 (a person)',
    characters: DIGITS,
    lengths: [10, 12],
    check: (id) =>
      id.length === 10
        ? innLegalCheckDigit(id.slice(0, 9)) === id[9]
        : innPersonalCheckDigits(id.slice(0, 10)) === id.slice(10),
  }),
  SA_VAT: ruleOf({
    name: 'SA VAT number',
    expected: '15 digits, the first and the last 3',
    characters: DIGITS,
    lengths: [15],
    layout: isSaudiVatLayout,
  }),
  AU_ABN: ruleOf({
    name: 'AU ABN',
    expected: '11 digits',
    characters: DIGITS,
    lengths: [11],
    check: (id) => abnCheckDigits(id.slice(2)) === id.slice(0, 2),
  }),
};

/** An EIN is written NN-NNNNNNN; a dash anywhere else (NNN-NN-NNNN) marks a social security number. */
const EIN_LAYOUT = /^\d{2}[-\s]?\d{7}$/;

function einLayoutFault(value: string): InvalidReason | null {
  if (
    EIN_LAYOUT.test(
      value
        .normalize('NFKC')
        .trim()
        .replace(/[\u2010-\u2015\u2212]/g, '-'),
    )
  )
    return null;
  return {
    code: 'FORMAT',
    message: 'US EINs are written NN-NNNNNNN (NNN-NN-NNNN is how social security numbers are written)',
  };
}

/**
 * The compact form of `value`: without separators, upper case. For EU_VAT the two-letter prefix is
 * kept, added from `country` when missing (EL for Greece), and old short forms are padded.
 */
export function normalizeTaxId(kind: TaxIdKind, value: string, country?: string): string {
  const id = compact(value);
  return kind === 'EU_VAT' ? normalizeEuVat(id, country) : id;
}

/**
 * Whether `value` is a well-formed `kind` id with correct check digits, its compact form, and if it
 * is not valid, why. For EU_VAT, a `country` supplies a missing prefix and must match a present one.
 */
export function checkTaxId(kind: TaxIdKind, value: string, country?: string): TaxIdCheck {
  const id = normalizeTaxId(kind, value, country);
  const reason =
    kind === 'EU_VAT'
      ? checkEuVat(id, country)
      : (RULES[kind](id) ?? (kind === 'US_EIN' ? einLayoutFault(value) : null));
  return { valid: reason === null, normalized: ID_CHARACTERS.test(id) ? id : null, reason };
}

/** Whether `value` is a valid `kind` id; see checkTaxId. */
export function isValidTaxId(kind: TaxIdKind, value: string, country?: string): boolean {
  return checkTaxId(kind, value, country).valid;
}
