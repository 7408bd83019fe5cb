import type { Rng } from '../rng';
import type { Address } from '../address';
import { addressRuleOf } from '../addressRules';
import { isCountryCode } from '../countries';
import { asciiFold } from './asciiSpelling';

/**
 * How the same customer looks in another source system (CRM, ERP, billing): the legal form
 * dropped or spelled differently, words abbreviated, upper case from an old ERP, a typo from
 * manual entry, stray blanks. These are the differences entity matching has to see through.
 */

interface LegalFormSpelling {
  readonly form: string;
  /** Russian forms stand before the name. */
  readonly prefix?: boolean;
  /** Other ways source systems write the name with this form; {name} is the name without it. */
  readonly spellings: readonly string[];
  /** The written-out form, which few systems use. */
  readonly longForm?: string;
}

// Compound forms come before the shorter forms they end with (GmbH & Co. KG before KG, Pvt Ltd before Ltd).
const LEGAL_FORMS: readonly LegalFormSpelling[] = [
  { form: 'GmbH & Co. KG', spellings: ['{name} GmbH & Co KG', '{name} GmbH u. Co. KG', '{name} GmbH + Co. KG'] },
  { form: 'Co., Ltd.', spellings: ['{name} Co Ltd', '{name} Co. Ltd.', '{name} Company Limited'] },
  { form: 'Pvt Ltd', spellings: ['{name} Private Limited', '{name} Pvt. Ltd.', '{name} P Ltd'] },
  {
    form: 'Pty Ltd',
    spellings: ['{name} Pty. Ltd.', '{name} PTY LTD', '{name} Pty Limited'],
    longForm: '{name} Proprietary Limited',
  },
  {
    form: 'Sp. z o.o.',
    spellings: ['{name} Sp.z o.o.', '{name} sp. z o.o.', '{name} Sp. z.o.o.'],
    longForm: '{name} Spółka z ograniczoną odpowiedzialnością',
  },
  {
    form: 'GmbH',
    spellings: ['{name} Gmbh', '{name} G.m.b.H.', '{name} GMBH'],
    longForm: '{name} Gesellschaft mit beschränkter Haftung',
  },
  { form: 'AG', spellings: ['{name} A.G.'], longForm: '{name} Aktiengesellschaft' },
  { form: 'KG', spellings: ['{name} K.G.'], longForm: '{name} Kommanditgesellschaft' },
  { form: 'SAS', spellings: ['{name} S.A.S.', '{name} S.A.S'], longForm: '{name} Société par actions simplifiée' },
  { form: 'SARL', spellings: ['{name} S.A.R.L.', '{name} Sarl'], longForm: '{name} Société à responsabilité limitée' },
  { form: 'SA', spellings: ['{name} S.A.', '{name} S A'] },
  { form: 'S.p.A.', spellings: ['{name} SpA', '{name} S.P.A.', '{name} Spa'], longForm: '{name} Società per Azioni' },
  {
    form: 'S.r.l.',
    spellings: ['{name} Srl', '{name} SRL', '{name} s.r.l.'],
    longForm: '{name} Società a responsabilità limitata',
  },
  { form: 'S.A.', spellings: ['{name} SA', '{name} S/A', '{name}, S.A.'] },
  { form: 'S.L.', spellings: ['{name} SL', '{name}, S.L.', '{name} S.L'], longForm: '{name} Sociedad Limitada' },
  { form: 'B.V.', spellings: ['{name} BV', '{name} B.V'], longForm: '{name} Besloten Vennootschap' },
  { form: 'N.V.', spellings: ['{name} NV', '{name} N.V'] },
  { form: 'Inc.', spellings: ['{name} Inc', '{name} Incorporated', '{name}, Inc.'] },
  {
    form: 'LLC',
    spellings: ['{name} L.L.C.', '{name}, LLC', '{name} Llc'],
    longForm: '{name} Limited Liability Company',
  },
  { form: 'Corp.', spellings: ['{name} Corp', '{name} Corporation', '{name}, Corp.'] },
  { form: 'Ltda.', spellings: ['{name} Ltda', '{name} LTDA'] },
  // Japanese companies often register their English name as "Co., Ltd.".
  { form: 'K.K.', spellings: ['{name} KK', '{name} Co., Ltd.', '{name} Kabushiki Kaisha'] },
  { form: 'G.K.', spellings: ['{name} GK', '{name} LLC', '{name} Godo Kaisha'] },
  { form: 'Ltd', spellings: ['{name} Limited', '{name} Ltd.'] },
  { form: 'Co.', spellings: ['{name} Co', '{name} Company'] },
  { form: 'OOO', prefix: true, spellings: ['OOO "{name}"', '{name} OOO', '{name} LLC'] },
  { form: 'AO', prefix: true, spellings: ['AO "{name}"', '{name} JSC', 'JSC {name}'] },
  // Countries only the generated source records cover (lib/demo/sourceRecordGenerator.ts).
  { form: 'TOV', prefix: true, spellings: ['TOV "{name}"', '{name} TOV', '{name} LLC'] },
  { form: 'A.Ş.', spellings: ['{name} AŞ', '{name} A.S.', '{name} A.Ş'], longForm: '{name} Anonim Şirketi' },
  { form: 'Ltd. Şti.', spellings: ['{name} Ltd Şti', '{name} Ltd. Sti.'], longForm: '{name} Limited Şirketi' },
  { form: 'A.E.', spellings: ['{name} AE', '{name} S.A.', '{name} SA'] },
  { form: 'E.P.E.', spellings: ['{name} EPE', '{name} Ltd'] },
  { form: 'AB', spellings: ['{name} AB (publ)', '{name} Ab'], longForm: '{name} Aktiebolag' },
  { form: 'A/S', spellings: ['{name} AS', '{name} A.S.'], longForm: '{name} Aktieselskab' },
  { form: 'ApS', spellings: ['{name} APS', '{name} Aps'], longForm: '{name} Anpartsselskab' },
  { form: 'ASA', spellings: ['{name} Asa'], longForm: '{name} Allmennaksjeselskap' },
  { form: 'AS', spellings: ['{name} A/S', '{name} A.S.'], longForm: '{name} Aksjeselskap' },
  { form: 'Oyj', spellings: ['{name} OYJ', '{name} Plc'] },
  { form: 'Oy', spellings: ['{name} OY', '{name} Ltd'], longForm: '{name} Osakeyhtiö' },
];

/** The chance that a system writes the legal form out in full, where it has a long form. */
const LONG_FORM_CHANCE = 0.05;

function splitLegalForm(legalName: string): { form: LegalFormSpelling; name: string } | undefined {
  for (const form of LEGAL_FORMS) {
    if (form.prefix ? legalName.startsWith(`${form.form} `) : legalName.endsWith(` ${form.form}`)) {
      const name = form.prefix ? legalName.slice(form.form.length + 1) : legalName.slice(0, -form.form.length - 1);
      return { form, name };
    }
  }
  return undefined;
}

/** Whole words only: a letter on either side means the word is part of a longer one. */
function wholeWord(word: string): RegExp {
  return new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'gu');
}

// Name fields in older ERPs are short (often 35 or 40 characters), so long words get cut down.
const NAME_ABBREVIATIONS: readonly (readonly [RegExp, string])[] = (
  [
    ['International', 'Intl'],
    ['Manufacturing', 'Mfg'],
    ['Trading', 'Trdg'],
    ['Services', 'Svcs'],
    ['Logistics', 'Log.'],
    ['Technologies', 'Tech'],
    ['Technology', 'Tech'],
    ['Engineering', 'Engg'],
    ['Industries', 'Inds'],
    ['Industrial', 'Indl'],
    ['Corporation', 'Corp.'],
    ['Company', 'Co.'],
    ['Brothers', 'Bros'],
    ['Distribution', 'Distr.'],
    ['Systems', 'Sys'],
    ['Solutions', 'Sol.'],
    ['Construction', 'Constr.'],
    ['Pharmaceuticals', 'Pharma'],
    ['Electronics', 'Elec.'],
    ['Maschinenbau', 'Maschb.'],
    ['Logistik', 'Log.'],
    ['Transportes', 'Transp.'],
    ['Transports', 'Transp.'],
    ['Construcciones', 'Const.'],
    ['Costruzioni', 'Costr.'],
    ['Distribuidora', 'Distrib.'],
    ['Comércio', 'Com.'],
    ['Indústria', 'Ind.'],
    ['Engenharia', 'Eng.'],
    ['Logistique', 'Log.'],
    ['Logistika', 'Log.'],
    ['Contracting', 'Contr.'],
    ['Investment', 'Invest.'],
  ] as const
).map(([word, short]) => [wholeWord(word), short] as const);

const KEYBOARD_ROWS: readonly string[] = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys to the left and right of each letter on a QWERTY keyboard. */
const NEIGHBOUR_KEYS: ReadonlyMap<string, string> = new Map(
  KEYBOARD_ROWS.flatMap((row) =>
    [...row].map((key, i): [string, string] => [key, (row[i - 1] ?? '') + (row[i + 1] ?? '')]),
  ),
);

const LETTER = /\p{L}/u;

function dropLegalForm(legalName: string): string {
  return splitLegalForm(legalName)?.name ?? legalName;
}

function respellLegalForm(legalName: string, rng: Rng): string {
  const split = splitLegalForm(legalName);
  if (!split) return legalName;
  const { longForm, spellings } = split.form;
  const template = longForm && rng.chance(LONG_FORM_CHANCE) ? longForm : rng.pick(spellings);
  return template.replace('{name}', split.name);
}

function abbreviateWords(legalName: string): string {
  return NAME_ABBREVIATIONS.reduce((text, [word, short]) => text.replace(word, short), legalName);
}

function legacyUpperCase(legalName: string, rng: Rng): string {
  const upper = legalName.toUpperCase();
  return rng.chance(0.5) ? asciiFold(upper) : upper;
}

/** One slip of the hand on one letter: swapped with the next, left out, typed twice or hit next to. */
function typo(text: string, rng: Rng): string {
  const chars = [...text];
  const letterAt = chars.flatMap((c, i) => (LETTER.test(c) ? [i] : []));
  if (letterAt.length === 0) return text;
  const i = rng.pick(letterAt);
  const c = chars[i];
  const next = i + 1 < chars.length ? chars[i + 1] : '';
  const kind = rng.int(0, 3);
  if (kind === 0 && next !== c && LETTER.test(next)) {
    chars[i] = next;
    chars[i + 1] = c;
  } else if (kind === 1) {
    chars.splice(i, 1);
  } else if (kind === 2) {
    chars.splice(i, 0, c);
  } else {
    // Neighbouring key, also when no swap is possible (last letter, or before a blank or the same
    // letter); letters off the QWERTY rows (ä, ł, ...) are left out instead.
    const near = NEIGHBOUR_KEYS.get(c.toLowerCase());
    if (near) {
      const key = rng.pick([...near]);
      chars[i] = c === c.toLowerCase() ? key : key.toUpperCase();
    } else {
      chars.splice(i, 1);
    }
  }
  return chars.join('');
}

function strayBlanksOrPunctuation(legalName: string, rng: Rng): string {
  const kind = rng.int(0, 2);
  if (kind === 0) return legalName.replace(/\./g, '');
  const spaces = legalName.split('').flatMap((c, i) => (c === ' ' ? [i] : []));
  if (kind === 1 && spaces.length > 0) {
    const at = rng.pick(spaces);
    return `${legalName.slice(0, at)} ${legalName.slice(at)}`;
  }
  // Fixed-width exports pad the field with blanks.
  return `${legalName} `;
}

/** Repeated entries make the common changes more likely: legal-form differences lead, typos are rarer. */
const NAME_CHANGES: readonly ((legalName: string, rng: Rng) => string)[] = [
  dropLegalForm,
  dropLegalForm,
  dropLegalForm,
  respellLegalForm,
  respellLegalForm,
  respellLegalForm,
  abbreviateWords,
  abbreviateWords,
  legacyUpperCase,
  legacyUpperCase,
  typo,
  strayBlanksOrPunctuation,
];

function changeName(legalName: string, rng: Rng): string {
  const changed = rng.pick(NAME_CHANGES)(legalName, rng);
  if (changed !== legalName) return changed;
  // Not every change applies to every name (nothing to abbreviate, no periods to strip); respelling
  // the legal form nearly always does, and a typo always does.
  const respelled = respellLegalForm(legalName, rng);
  return respelled !== legalName ? respelled : typo(legalName, rng);
}

/** The registered legal name as another source system holds it; sometimes exactly the same. */
export function sourceVariantOfName(legalName: string, rng: Rng): string {
  if (rng.chance(0.15)) return legalName;
  const variant = changeName(legalName, rng);
  // Now and then a record carries a slip of the keyboard on top of the system's own conventions.
  return rng.chance(0.15) ? rng.pick([typo, strayBlanksOrPunctuation])(variant, rng) : variant;
}

const STREET_ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [wholeWord('Street'), 'St.'],
  [wholeWord('Road'), 'Rd'],
  [wholeWord('Avenue'), 'Ave'],
  [wholeWord('Boulevard'), 'Blvd'],
  [wholeWord('Drive'), 'Dr'],
  [wholeWord('Highway'), 'Hwy'],
  [wholeWord('Lane'), 'Ln'],
  [wholeWord('Parkway'), 'Pkwy'],
  [wholeWord('District'), 'Dist.'],
  [/([sS])tra(?:ß|ss)e(?!\p{L})/gu, '$1tr.'],
  [/straat(?!\p{L})/gu, 'str.'],
  [wholeWord('avenue'), 'av.'],
  [wholeWord('boulevard'), 'bd'],
  [wholeWord('Viale'), 'V.le'],
  [wholeWord('Via'), 'V.'],
  [wholeWord('Piazza'), 'P.zza'],
  [wholeWord('Corso'), 'C.so'],
  [wholeWord('Calle'), 'C/'],
  [wholeWord('Avenida'), 'Av.'],
  [wholeWord('Paseo'), 'P.º'],
  [wholeWord('Plaza'), 'Pl.'],
  [wholeWord('Rua'), 'R.'],
  [wholeWord('prospekt'), 'pr.'],
  [/Plot No\. /g, 'Plot '],
];

function abbreviateStreet(line: string): string {
  return STREET_ABBREVIATIONS.reduce((text, [word, short]) => text.replace(word, short), line);
}

/** A patch of the fields that differ; a blank string is a field the source system left empty. */
type AddressPatch = Partial<Address>;

function abbreviatedLines(address: Address): AddressPatch {
  const line1 = address.line1 === undefined ? undefined : abbreviateStreet(address.line1);
  const line2 = address.line2 === undefined ? undefined : abbreviateStreet(address.line2);
  return {
    ...(line1 !== undefined && line1 !== address.line1 ? { line1 } : {}),
    ...(line2 !== undefined && line2 !== address.line2 ? { line2 } : {}),
  };
}

function blankLine2(address: Address): AddressPatch {
  return address.line2 === undefined ? {} : { line2: '' };
}

/** Not where the country requires a postal code: its sources' own address checks would not let one go blank. */
function blankPostalCode(address: Address): AddressPatch {
  return isCountryCode(address.country) && addressRuleOf(address.country).required.includes('postalCode')
    ? {}
    : { postalCode: '' };
}

function upperCaseCity(address: Address): AddressPatch {
  return { city: address.city.toUpperCase() };
}

function legacyAddress(address: Address): AddressPatch {
  const legacy = (text: string): string => asciiFold(text.toUpperCase());
  return {
    ...(address.line1 === undefined ? {} : { line1: legacy(address.line1) }),
    ...(address.line2 === undefined ? {} : { line2: legacy(address.line2) }),
    city: legacy(address.city),
  };
}

/** Repeated entries make the common changes more likely. */
const ADDRESS_CHANGES: readonly ((address: Address) => AddressPatch)[] = [
  abbreviatedLines,
  abbreviatedLines,
  abbreviatedLines,
  blankLine2,
  blankPostalCode,
  upperCaseCity,
  legacyAddress,
];

/**
 * The address as another source system holds it, as a patch to lay over the original: only the
 * fields that differ, with a blank string where the system has nothing. Sometimes empty.
 */
export function sourceVariantOfAddress(address: Address, rng: Rng): Partial<Address> {
  if (rng.chance(0.15)) return {};
  const patch = rng.pick(ADDRESS_CHANGES)(address);
  // Fall back to the upper-case city when the drawn change does not apply (nothing to abbreviate, no line 2, a postal code required).
  return Object.keys(patch).length > 0 ? patch : upperCaseCity(address);
}
