/**
 * Normalising and validating tax identifiers. Validation is offline: layout plus check digits,
 * so a valid id is well formed, not necessarily issued (VIES and the national registers know that).
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
  isValidEin,
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
  USCC_ALPHABET,
  usccCheckCharacter,
} from './checksums';
import { EU_MEMBER_STATES } from '../euMemberStates';
import type { TaxIdKind } from './kinds';

type Rule = (id: string) => boolean;

/** Spaces, dots, dashes (any Unicode dash), slashes and colons; commas and the like are kept, so they fail. */
const SEPARATORS = /[\s.\-/:\u2010-\u2015\u2212]/g;

/** NFKC first, so full-width digits and letters (common in Japanese and Chinese input) become ASCII. */
function compact(value: string): string {
  return value.normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
}

// ---- EU VAT bodies, one rule per prefix ---------------------------------------------------------

/** Bulgarian EGN: a birth date (month + 20 before 1900, + 40 from 2000) and a check digit. */
function isBulgarianEgn(body: string): boolean {
  const coded = Number(body.slice(2, 4));
  const [century, month] = coded > 40 ? [2000, coded - 40] : coded > 20 ? [1800, coded - 20] : [1900, coded];
  const year = century + Number(body.slice(0, 2));
  return isCalendarDate(year, month, Number(body.slice(4, 6))) && bulgarianEgnCheckDigit(body.slice(0, 9)) === body[9];
}

function isBulgarianVat(body: string): boolean {
  if (/^\d{9}$/.test(body)) return bulgarianLegalCheckDigit(body.slice(0, 8)) === body[8];
  if (!/^\d{10}$/.test(body)) return false;
  // Ten digits: a person's EGN, a foreigner's LNCh, or another taxpayer's number.
  const payload = body.slice(0, 9);
  return isBulgarianEgn(body) || bulgarianForeignerCheckDigit(payload) === body[9] || bulgarianOtherCheckDigit(payload) === body[9];
}

function isCzechVat(body: string): boolean {
  if (/^[0-8]\d{7}$/.test(body)) return czechLegalCheckDigit(body.slice(0, 7)) === body[7];
  if (/^6\d{8}$/.test(body)) return czechSpecialCheckDigit(body.slice(1, 8)) === body[8];
  // Otherwise a person's birth number.
  return /^\d{9,10}$/.test(body) && isValidBirthNumber(body);
}

/** Spanish NIF: DNI (8 digits + letter), NIE (X/Y/Z), K/L/M (DNI letter) or a company CIF. */
function isSpanishVat(body: string): boolean {
  if (!/^[A-Z\d]\d{7}[A-Z\d]$/.test(body)) return false;
  const [first, control] = [body[0], body[8]];
  if (/\d/.test(first)) return spanishDniLetter(body.slice(0, 8)) === control;
  if ('XYZ'.includes(first)) return spanishDniLetter('XYZ'.indexOf(first) + body.slice(1, 8)) === control;
  if ('KLM'.includes(first)) return spanishDniLetter(body.slice(1, 8)) === control;
  if (!'ABCDEFGHJNPQRSUVW'.includes(first)) return false;
  // Sources disagree on which company types use the digit and which the letter: accept either.
  const expected = spanishCifControl(body.slice(1, 8));
  return control === expected.digit || control === expected.letter;
}

function isFrenchVat(body: string): boolean {
  if (!/^[\dA-HJ-NP-Z]{2}\d{9}$/.test(body)) return false;
  const [key, siren] = [body.slice(0, 2), body.slice(2)];
  // SIRENs starting 000 are Monaco's and carry no Luhn digit.
  if (!siren.startsWith('000') && luhnChecksum(siren) !== 0) return false;
  return /^\d\d$/.test(key) ? key === frenchVatKey(siren) : isValidFrenchAlphanumericKey(key, siren);
}

/** Irish VAT: 7 digits + letter (+ a second letter since 2013), or the old digit-letter-5-digits form. */
function isIrishVat(body: string): boolean {
  if (!/^\d[\dA-Z+*]\d{5}[A-W]{1,2}$/.test(body)) return false;
  if (/^\d{7}/.test(body)) return irishCheckLetter(body.slice(0, 7), body.slice(8)) === body[7];
  return irishCheckLetter(`0${body.slice(2, 7)}${body[0]}`) === body[7];
}

function isItalianVat(body: string): boolean {
  if (!/^\d{11}$/.test(body) || /^0{7}/.test(body)) return false;
  // Digits 8–10 are the issuing province office.
  const office = Number(body.slice(7, 10));
  const knownOffice = (office >= 1 && office <= 100) || [120, 121, 888, 999].includes(office);
  return knownOffice && luhnChecksum(body) === 0;
}

function isLithuanianVat(body: string): boolean {
  // The digit before the check digit is 1 for both legal entities (9) and temporary payers (12).
  const layoutOk = /^\d{7}1\d$/.test(body) || /^\d{10}1\d$/.test(body);
  return layoutOk && lithuanianCheckDigit(body.slice(0, -1)) === body.slice(-1);
}

function isLatvianVat(body: string): boolean {
  if (!/^\d{11}$/.test(body)) return false;
  if (body[0] > '3') return isValidLatvianLegalPvn(body);
  // A person's code: DDMMYY, then the century (0 = 1800s, 1 = 1900s, 2 = 2000s).
  const year = 1800 + 100 * Number(body[6]) + Number(body.slice(4, 6));
  const dateOk = isCalendarDate(year, Number(body.slice(2, 4)), Number(body.slice(0, 2)));
  return dateOk && latvianPersonalCheckDigit(body.slice(0, 10)) === body[10];
}

/** Dutch btw-id: 9 digits, B, 2 digits; the old series passes the elfproef, the 2020 one MOD 97-10. */
function isDutchVat(body: string): boolean {
  if (!/^\d{9}B\d\d$/.test(body) || /^0{9}|00$/.test(body)) return false;
  return dutchElevenTestCheckDigit(body.slice(0, 8)) === body[8] || iso7064Mod97_10(`NL${body}`) === 1;
}

const CNP_CENTURY: Readonly<Record<string, number>> = { '3': 1800, '4': 1800, '5': 2000, '6': 2000 };

function isRomanianCnp(body: string): boolean {
  // The first digit gives sex and century: 1/2 1900s, 3/4 1800s, 5/6 2000s (others: residents).
  const century = CNP_CENTURY[body[0]] ?? 1900;
  const year = century + Number(body.slice(1, 3));
  const dateOk = isCalendarDate(year, Number(body.slice(3, 5)), Number(body.slice(5, 7)));
  return dateOk && romanianCnpCheckDigit(body.slice(0, 12)) === body[12];
}

function isRomanianVat(body: string): boolean {
  if (/^[1-9]\d{1,9}$/.test(body)) return romanianCuiCheckDigit(body.slice(0, -1)) === body.slice(-1);
  // Some sources accept a person's CNP as well.
  return /^[1-9]\d{12}$/.test(body) && isRomanianCnp(body);
}

/** UK VAT bodies: 9 digits (12 with a branch), or government departments (GD) / health authorities (HA). */
function isUkVatBody(body: string): boolean {
  if (/^GD[0-4]\d\d$|^HA[5-9]\d\d$/.test(body)) return true;
  if (/^GD8888[0-4]\d{4}$|^HA8888[5-9]\d{4}$/.test(body)) {
    return Number(body.slice(6, 9)) % 97 === Number(body.slice(9));
  }
  if (!/^\d{9}(\d{3})?$/.test(body)) return false;
  const remainder = gbVatRemainder(body);
  // Numbers from 100 on may also be from the "9755" series issued since 2010.
  return Number(body.slice(0, 3)) >= 100 ? [0, 42, 55].includes(remainder) : remainder === 0;
}

/** ISO 3166-1 numeric codes of the member states (900: Northern Ireland) that issue one-stop-shop numbers. */
const OSS_STATE_CODES: readonly string[] = [
  '040', '056', '100', '191', '196', '203', '208', '233', '246', '250', '276', '300', '348', '372',
  '380', '428', '440', '442', '470', '528', '616', '620', '642', '703', '705', '724', '752', '900',
];

/** One-stop-shop numbers: EU + 9 digits (non-union scheme) or IM + 10 digits (import scheme), no check digit. */
function ossRule(length: number): Rule {
  return (body) => body.length === length && /^\d+$/.test(body) && OSS_STATE_CODES.includes(body.slice(0, 3));
}

const EU_VAT_RULES: ReadonlyMap<string, Rule> = new Map<string, Rule>([
  ['AT', (b) => /^U\d{8}$/.test(b) && austrianUidCheckDigit(b.slice(1, 8)) === b[8]],
  ['BE', (b) => /^[01]\d{9}$/.test(b) && belgianCheckDigits(b.slice(0, 8)) === b.slice(8)],
  ['BG', isBulgarianVat],
  ['CY', (b) => /^\d{8}[A-Z]$/.test(b) && !b.startsWith('12') && cypriotCheckLetter(b.slice(0, 8)) === b[8]],
  ['CZ', isCzechVat],
  ['DE', (b) => /^[1-9]\d{8}$/.test(b) && iso7064Mod11_10CheckDigit(b.slice(0, 8)) === b[8]],
  ['DK', (b) => /^[1-9]\d{7}$/.test(b) && isValidDanishCvr(b)],
  ['EE', (b) => /^\d{9}$/.test(b) && isValidEstonianKmkr(b)],
  ['EL', (b) => /^\d{9}$/.test(b) && greekCheckDigit(b.slice(0, 8)) === b[8]],
  ['ES', isSpanishVat],
  ['FI', (b) => /^\d{8}$/.test(b) && finnishBusinessIdCheckDigit(b.slice(0, 7)) === b[7]],
  ['FR', isFrenchVat],
  ['HR', (b) => /^\d{11}$/.test(b) && iso7064Mod11_10CheckDigit(b.slice(0, 10)) === b[10]],
  ['HU', (b) => /^\d{8}$/.test(b) && hungarianCheckDigit(b.slice(0, 7)) === b[7]],
  ['IE', isIrishVat],
  ['IT', isItalianVat],
  ['LT', isLithuanianVat],
  ['LU', (b) => /^\d{8}$/.test(b) && luxembourgCheckDigits(b.slice(0, 6)) === b.slice(6)],
  ['LV', isLatvianVat],
  ['MT', (b) => /^[1-9]\d{7}$/.test(b) && malteseCheckDigits(b.slice(0, 6)) === b.slice(6)],
  ['NL', isDutchVat],
  ['PL', (b) => /^\d{10}$/.test(b) && polishNipCheckDigit(b.slice(0, 9)) === b[9]],
  ['PT', (b) => /^[1-9]\d{8}$/.test(b) && portugueseCheckDigit(b.slice(0, 8)) === b[8]],
  ['RO', isRomanianVat],
  ['SE', (b) => /^\d{10}01$/.test(b) && luhnChecksum(b.slice(0, 10)) === 0],
  ['SI', (b) => /^[1-9]\d{7}$/.test(b) && slovenianCheckDigit(b.slice(0, 7)) === b[7]],
  // Birth numbers served as VAT ids too, so accept either form.
  ['SK', (b) => /^\d{10}$/.test(b) && (isValidSlovakDph(b) || isValidBirthNumber(b))],
  ['XI', isUkVatBody],
  ['EU', ossRule(9)],
  ['IM', ossRule(10)],
]);

/** Every EU VAT prefix this module validates. */
export const EU_VAT_PREFIXES: readonly string[] = [...EU_VAT_RULES.keys()];

/** Numbers written in a shorter, older form, brought to today's length. */
const EU_VAT_CANONICAL_BODY: ReadonlyMap<string, (body: string) => string> = new Map([
  ['BE', (b: string) => b.replace(/^\(0\)/, '0').replace(/^(\d{9})$/, '0$1')],
  ['EL', (b: string) => b.replace(/^(\d{8})$/, '0$1')],
  ['NL', (b: string) => b.replace(/^(\d{1,8})(B\d\d)$/, (_, digits: string, suffix: string) => digits.padStart(9, '0') + suffix)],
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

function isValidEuVat(id: string, country: string | undefined): boolean {
  const prefix = id.slice(0, 2);
  const rule = EU_VAT_RULES.get(prefix);
  if (rule === undefined) return false;
  // With a country, a member-state number must be that state's; one-stop-shop numbers belong to no state.
  const oss = prefix === 'EU' || prefix === 'IM';
  if (country !== undefined && !oss && euVatPrefixOf(country) !== prefix) return false;
  return rule(id.slice(2));
}

// ---- the other kinds ----------------------------------------------------------------------------

/** Indian GSTIN: state, the holder's PAN (4th letter = holder type), entity number, Z, check character. */
const GSTIN = /^(0[1-9]|[12]\d|3[0-8])[A-Z]{3}[ABCFGHJKLPT][A-Z](?!0000)\d{4}[A-Z][1-9A-Z]Z[\dA-Z]$/;
const USCC = new RegExp(`^[${USCC_ALPHABET}]{2}\\d{6}[${USCC_ALPHABET}]{10}$`);

const RULES: Readonly<Record<Exclude<TaxIdKind, 'EU_VAT'>, Rule>> = {
  GB_VAT: (id) => isUkVatBody(id.replace(/^(GB|XI)/, '')),
  CH_UID: (id) => /^CHE\d{9}(MWST|TVA|IVA|TPV)?$/.test(id) && swissUidCheckDigit(id.slice(3, 11)) === id[11],
  US_EIN: isValidEin,
  // The 2026 alphanumeric CNPJ: 12 characters of 0–9/A–Z, then two numeric check digits.
  BR_CNPJ: (id) => /^[\dA-Z]{12}\d\d$/.test(id) && !/^0+$/.test(id) && cnpjCheckDigits(id.slice(0, 12)) === id.slice(12),
  // Repeated digits pass the arithmetic but are never issued.
  BR_CPF: (id) => /^\d{11}$/.test(id) && !/^(\d)\1+$/.test(id) && cpfCheckDigits(id.slice(0, 9)) === id.slice(9),
  IN_GSTIN: (id) => GSTIN.test(id) && gstinCheckCharacter(id.slice(0, 14)) === id[14],
  JP_CORPORATE_NUMBER: (id) => /^\d{13}$/.test(id) && japaneseCorporateCheckDigit(id.slice(1)) === id[0],
  CN_USCC: (id) => USCC.test(id) && usccCheckCharacter(id.slice(0, 17)) === id[17],
  RU_INN: (id) =>
    (/^\d{10}$/.test(id) && innLegalCheckDigit(id.slice(0, 9)) === id[9]) ||
    (/^\d{12}$/.test(id) && innPersonalCheckDigits(id.slice(0, 10)) === id.slice(10)),
  SA_VAT: isSaudiVatLayout,
  AU_ABN: (id) => /^\d{11}$/.test(id) && abnCheckDigits(id.slice(2)) === id.slice(0, 2),
};

/** An EIN is written NN-NNNNNNN; a dash anywhere else (NNN-NN-NNNN) marks a social security number. */
const EIN_LAYOUT = /^\d{2}[-\s]?\d{7}$/;

/**
 * The compact form of `value`: without separators, upper case. For EU_VAT the two-letter prefix is
 * kept, added from `country` when missing (EL for Greece), and old short forms are padded.
 */
export function normalizeTaxId(kind: TaxIdKind, value: string, country?: string): string {
  const id = compact(value);
  return kind === 'EU_VAT' ? normalizeEuVat(id, country) : id;
}

/**
 * Whether `value` is a well-formed `kind` id with correct check digits. For EU_VAT, a `country`
 * supplies a missing prefix and must match a present one.
 */
export function isValidTaxId(kind: TaxIdKind, value: string, country?: string): boolean {
  if (kind === 'EU_VAT') return isValidEuVat(normalizeTaxId(kind, value, country), country);
  if (kind === 'US_EIN' && !EIN_LAYOUT.test(value.normalize('NFKC').trim().replace(/[\u2010-\u2015\u2212]/g, '-'))) {
    return false;
  }
  return RULES[kind](normalizeTaxId(kind, value));
}
