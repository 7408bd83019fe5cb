/**
 * Normalises a company name once, so that comparing two names later is cheap.
 *
 * Why: the matcher compares each name with many others, so everything that does not depend on
 * the other name (Unicode folding, legal-form removal, romanisation, number words, initials) is
 * done here, once per record, and nameSimilarity only walks small token arrays.
 *
 * Steps: NFKC, lower case, diacritics removed from Latin and Greek letters (Cyrillic й ї ў kept,
 * ё -> е), Arabic and Hebrew vowel points removed, apostrophes dropped ("Qa'ida" -> "qaida"),
 * "&" -> "and", "%" -> "percent", other punctuation -> space, non-ASCII digits -> ASCII. Then
 * legal forms are peeled off both ends (and multi-word or CJK forms anywhere), stop words
 * ("the", "of", "and", ...) dropped, number words turned into digits ("forty-four" -> 44,
 * "first" -> 1st), a few standard abbreviations expanded ("Int'l" -> international), and runs of
 * single letters joined into initials ("A.B.C." and "A B C" -> "abc").
 */

import { inArabicBlocks } from './arabicBlocks';
import { boundedCache } from '../../../../lib/boundedCache';
import { levenshtein } from '../engine/similarity';
import { weightedEditDistance } from './editCost';
import { LEGAL_FORMS, type LegalFamily, type LegalFormEntry } from './legalForms';
import { toLatin } from './transliterate';

export type NameScript = 'Latn' | 'Cyrl' | 'Arab' | 'Hani' | 'Jpan' | 'Hang' | 'Deva' | 'Khmr' | 'Other';

export interface NormalisedName {
  readonly original: string;
  /** NFKC, case-folded, punctuation and diacritics removed, whitespace collapsed. */
  readonly folded: string;
  /** Words of the name without legal forms and stop words, in the name's own script. */
  readonly tokens: readonly string[];
  /** Canonical legal-form codes found and removed, e.g. 'GMBH', 'LLC', 'OOO', 'KK', 'CO_LTD'. */
  readonly legalForms: readonly string[];
  /** Dominant script of the name. */
  readonly script: NameScript;
  /** `tokens` romanised (the same array for names in Latin script). */
  readonly latinTokens: readonly string[];
  /** Words with the legal forms kept: catches misspelt or glued forms ("Siemens AkG"). */
  readonly fullTokens: readonly string[];
  /** `fullTokens` romanised. */
  readonly fullLatinTokens: readonly string[];
  /** Tokens written as initials ("A.B.C.", "C G"): compared exactly, never as typos. */
  readonly initialisms: readonly string[];
  /** Written in Arabic or Hebrew, so the romanisation lacks most vowels. */
  readonly abjad: boolean;
}

// ---------------------------------------------------------------------------------------------
// Folding

const PUNCTUATION_OR_SYMBOL = /[\p{P}\p{S}]/u;
const COMBINING_MARK = /\p{M}/u;
const WHITESPACE = /\s/u;
const MULTIPLE_SPACES = / {2,}/g;
const DECIMAL_DIGIT = /\p{Nd}/u;
const APOSTROPHES = new Set(["'", '’', '‘', 'ʼ', '`', '´', 'ʹ', '′', 'ʻ', '׳', '״']);
const NO_DECOMPOSITION: Record<string, string> = {
  ß: 'ss',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  ħ: 'h',
  ŧ: 't',
  ĸ: 'k',
  ς: 'σ',
  ё: 'е',
};

function isCyrillic(code: number): boolean {
  return code >= 0x0400 && code < 0x0530;
}

function isHebrewLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '\u05d0' && ch <= '\u05ea';
}

/** Value of a decimal digit in any script ('٣' -> 3), or -1. */
function digitValue(ch: string): number {
  if (!DECIMAL_DIGIT.test(ch)) return -1;
  const code = ch.codePointAt(0)!;
  // Unicode decimal digits come in contiguous runs of ten starting at a code point ending in 0 or 6.
  for (let zero = code; zero > code - 10; zero--) {
    if (!DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) return code - zero;
  }
  return -1;
}

/** The folding described in the header; exported for tests and for folding other fields alike. */
export function foldName(name: string): string {
  const decomposed = name.normalize('NFKC').toLowerCase().normalize('NFD');
  let out = '';
  let base = 0; // code point of the last base character
  for (const ch of decomposed) {
    const code = ch.codePointAt(0)!;
    if (COMBINING_MARK.test(ch)) {
      if (code >= 0x0591 && code <= 0x05c7) continue; // Hebrew points
      if ((code >= 0x064b && code <= 0x065f) || code === 0x0670) continue; // Arabic vowel signs
      if (
        code < 0x0370 ||
        (code >= 0x1ab0 && code < 0x1b00) ||
        (code >= 0x1dc0 && code < 0x1e00) ||
        (code >= 0x20d0 && code < 0x2100)
      ) {
        // Generic combining marks: dropped on Latin and Greek letters, kept on Cyrillic ones
        // (й ї ў are letters of their own) except the diaeresis of ё.
        if (!isCyrillic(base) || (code === 0x0308 && base === 0x0435)) continue;
      }
      out += ch;
      continue;
    }
    base = code;
    const replacement = NO_DECOMPOSITION[ch];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    if (code < 0x80 ? (code >= 97 && code <= 122) || (code >= 48 && code <= 57) : false) {
      out += ch;
      continue;
    }
    if (WHITESPACE.test(ch)) {
      out += ' ';
      continue;
    }
    if (ch === '"' && isHebrewLetter(out[out.length - 1])) continue; // gershayim: בע"מ
    if (APOSTROPHES.has(ch)) continue;
    if (ch === '&') {
      out += ' and ';
      continue;
    }
    if (ch === '%') {
      out += ' percent ';
      continue;
    }
    if (PUNCTUATION_OR_SYMBOL.test(ch)) {
      out += ' ';
      continue;
    }
    const digit = code >= 0x80 ? digitValue(ch) : -1;
    out += digit >= 0 ? String(digit) : ch;
  }
  return out.normalize('NFC').replace(MULTIPLE_SPACES, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Scripts

function scriptOf(code: number): NameScript | 'Kana' | undefined {
  if (
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code < 0x250) ||
    (code >= 0x1e00 && code < 0x1f00)
  )
    return 'Latn';
  if (code >= 0x0400 && code < 0x0530) return 'Cyrl';
  if (inArabicBlocks(code)) return 'Arab';
  if (
    (code >= 0x4e00 && code < 0xa000) ||
    (code >= 0x3400 && code < 0x4dc0) ||
    (code >= 0xf900 && code < 0xfb00) ||
    (code >= 0x20000 && code < 0x30000)
  )
    return 'Hani';
  if ((code >= 0x3040 && code < 0x3100) || (code >= 0x31f0 && code < 0x3200) || (code >= 0xff66 && code < 0xffa0))
    return 'Kana';
  if ((code >= 0xac00 && code < 0xd7b0) || (code >= 0x1100 && code < 0x1200) || (code >= 0x3130 && code < 0x3190))
    return 'Hang';
  if (code >= 0x0900 && code < 0x0980) return 'Deva';
  if ((code >= 0x1780 && code < 0x1800) || (code >= 0x19e0 && code < 0x1a00)) return 'Khmr';
  if (code >= 0x0370 && code < 0x0400) return 'Other';
  if (code >= 0x0590 && code < 0x0600) return 'Other';
  if (code >= 0x0e00 && code < 0x0e80) return 'Other';
  return undefined;
}

const SCRIPT_ORDER: readonly NameScript[] = ['Latn', 'Cyrl', 'Arab', 'Hani', 'Jpan', 'Hang', 'Deva', 'Khmr', 'Other'];

/** The script most letters of `text` are written in; Han with any kana is 'Jpan'. */
export function detectScript(text: string): NameScript {
  const counts = new Map<string, number>();
  for (const ch of text) {
    const script = scriptOf(ch.codePointAt(0)!);
    if (script) counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  const kana = counts.get('Kana') ?? 0;
  if (kana > 0) {
    counts.set('Jpan', kana + (counts.get('Hani') ?? 0));
    counts.delete('Hani');
    counts.delete('Kana');
  }
  let best: NameScript = 'Latn';
  let bestCount = 0;
  for (const script of SCRIPT_ORDER) {
    const count = counts.get(script) ?? 0;
    if (count > bestCount) {
      best = script;
      bestCount = count;
    }
  }
  return best;
}

function isLatinOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x24f) return false;
  return true;
}

/** Scripts written without spaces between words: legal forms are found inside words there. */
const UNSPACED = /[\u0e00-\u0e7f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

// ---------------------------------------------------------------------------------------------
// Legal forms

interface FormKey {
  readonly entry: LegalFormEntry;
  readonly tokens: number;
}

const BY_WORDS = new Map<string, FormKey>();
const BY_LETTERS = new Map<string, FormKey>();
/** Forms in unspaced scripts, longest first, matched as a prefix or suffix of a word. */
const AFFIXES: { readonly text: string; readonly entry: LegalFormEntry }[] = [];
/** Long one-word forms, for misspellings ("Aktiengeselschaft"). */
const LONG_FORMS: { readonly text: string; readonly entry: LegalFormEntry }[] = [];
let MAX_FORM_TOKENS = 1;

/** Words of at most this length may be run together to spell a form ("s a r l", "sp z o o"). */
const SHORT_TOKEN = 4;

for (const entry of LEGAL_FORMS) {
  for (const form of entry.forms) {
    const folded = foldName(form);
    if (!folded) continue;
    const tokens = folded.split(' ');
    // Single syllables ("주" of "(주)") are too ambiguous to find inside words.
    if (UNSPACED.test(folded) && tokens.length === 1 && Array.from(folded).length >= 2) {
      AFFIXES.push({ text: folded, entry });
    }
    const key: FormKey = { entry, tokens: tokens.length };
    if (!BY_WORDS.has(folded)) BY_WORDS.set(folded, key);
    if (tokens.length === 1 || tokens.every((t) => t.length <= SHORT_TOKEN)) {
      const letters = tokens.join('');
      if (!BY_LETTERS.has(letters)) BY_LETTERS.set(letters, key);
    }
    if (tokens.length === 1 && folded.length >= 9 && isLatinOnly(folded)) LONG_FORMS.push({ text: folded, entry });
    MAX_FORM_TOKENS = Math.max(MAX_FORM_TOKENS, tokens.length);
  }
}
AFFIXES.sort((a, b) => b.text.length - a.text.length);

function typoForm(token: string): LegalFormEntry | undefined {
  if (token.length < 9) return undefined;
  for (const form of LONG_FORMS) {
    const limit = form.text.length >= 12 ? 1.8 : 1;
    if (Math.abs(form.text.length - token.length) > 2) continue;
    if (weightedEditDistance(token, form.text, limit) <= limit) return form.entry;
  }
  return undefined;
}

/**
 * A short form at the end of a name with one slip of the keyboard: a letter typed twice
 * ("S.rr.l.", "Sp. zz o.o.", "Ltdaa") or two letters swapped ("yO", "GmbH & Oc. KG"). Only these
 * two slips: a letter replaced would turn words into forms ("Carl" is not "SARL").
 */
function slippedForm(tokens: readonly string[], from: number, to: number): LegalFormEntry | undefined {
  const words = tokens.slice(from, to);
  if (!words.every((t) => t.length <= SHORT_TOKEN + 1 && isLatinOnly(t))) return undefined;
  if (from > 0 && tokens[from - 1].length === 1) return undefined;
  const letters = words.join('');
  for (let i = 0; i + 1 < letters.length; i++) {
    const doubled = letters[i] === letters[i + 1];
    const candidate = doubled
      ? letters.slice(0, i) + letters.slice(i + 1)
      : letters.slice(0, i) + letters[i + 1] + letters[i] + letters.slice(i + 2);
    if (candidate.length < 2) continue;
    const key = BY_LETTERS.get(candidate);
    if (key) return key.entry;
  }
  return undefined;
}

/** Tokens that are only a legal form or stop word: a name must keep at least one other. */
function hasNameWord(tokens: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!STOP_WORDS.has(tokens[i])) return true;
  return false;
}

/** The form spelt by tokens[from, to), by words or by letters. */
function formAt(tokens: readonly string[], from: number, to: number): LegalFormEntry | undefined {
  const words = tokens.slice(from, to);
  const byWords = BY_WORDS.get(words.join(' '));
  if (byWords) return byWords.entry;
  if (to - from > 1 && !words.every((t) => t.length <= SHORT_TOKEN)) return undefined;
  // Letters spelling a form must not be part of longer initials: "A.B.C." holds no "AB".
  if (to - from > 1 && ((from > 0 && tokens[from - 1].length === 1) || (to < tokens.length && tokens[to].length === 1)))
    return undefined;
  return BY_LETTERS.get(words.join(''))?.entry;
}

/** Removes legal forms from both ends (and long or CJK forms anywhere); returns their codes. */
function peelLegalForms(input: readonly string[], codes: string[]): string[] {
  let tokens = input.slice();
  // Forms inside unspaced words: 株式会社トヨタ, 北京华为科技有限公司.
  for (let i = 0; i < tokens.length; i++) {
    let word = tokens[i];
    if (!UNSPACED.test(word) || BY_WORDS.has(word)) continue;
    for (let changed = true; changed;) {
      changed = false;
      for (const affix of AFFIXES) {
        if (word.length <= affix.text.length) continue;
        if (word.endsWith(affix.text)) word = word.slice(0, -affix.text.length);
        else if (word.startsWith(affix.text)) word = word.slice(affix.text.length);
        else continue;
        codes.push(affix.entry.code);
        changed = true;
        break;
      }
    }
    tokens[i] = word;
  }
  for (let changed = true; changed && tokens.length > 1;) {
    changed = false;
    const n = tokens.length;
    // From the end.
    for (let k = Math.min(MAX_FORM_TOKENS, n - 1); k >= 1; k--) {
      if (!hasNameWord(tokens, 0, n - k)) continue;
      // A slip in a form of several words beats a shorter form spelt right: "GmbH & Oc. KG" is not "KG".
      const entry = formAt(tokens, n - k, n) ?? (k === 1 ? typoForm(tokens[n - 1]) : slippedForm(tokens, n - k, n));
      if (entry) {
        codes.push(entry.code);
        tokens = tokens.slice(0, n - k);
        changed = true;
        break;
      }
    }
    if (changed) continue;
    // A slip in a one-word form, once no form is spelt right.
    const slipped = hasNameWord(tokens, 0, n - 1) ? slippedForm(tokens, n - 1, n) : undefined;
    if (slipped) {
      codes.push(slipped.code);
      tokens = tokens.slice(0, n - 1);
      continue;
    }
    // From the start.
    for (let k = Math.min(MAX_FORM_TOKENS, n - 1); k >= 1; k--) {
      if (!hasNameWord(tokens, k, n)) continue;
      const entry = formAt(tokens, 0, k);
      if (entry && !entry.suffixOnly) {
        codes.push(entry.code);
        tokens = tokens.slice(k);
        changed = true;
        break;
      }
    }
    if (changed) continue;
    // Unambiguous forms of three or more words anywhere ("X Joint Stock Company Y").
    for (let i = 1; i < n - 1 && !changed; i++) {
      for (let k = Math.min(MAX_FORM_TOKENS, n - 1 - i); k >= 3; k--) {
        const key = BY_WORDS.get(tokens.slice(i, i + k).join(' '));
        if (key && key.tokens === k) {
          codes.push(key.entry.code);
          tokens = tokens.slice(0, i).concat(tokens.slice(i + k));
          changed = true;
          break;
        }
      }
    }
  }
  return tokens.filter((t) => t.length > 0);
}

/** Latin keys of legal forms (their letters, as BY_LETTERS holds them), for trailingLegalForm. */
const LATIN_FORM_KEYS: readonly { readonly letters: string; readonly code: string }[] = [...BY_LETTERS].flatMap(
  ([letters, key]) => (isLatinOnly(letters) && !/\d/.test(letters) ? [{ letters, code: key.entry.code }] : []),
);

/** Latin vowels, y included: what a word written short or a legal form usually lacks. */
export const VOWELS = /[aeiouy]/;

/**
 * The legal form a word left over at the end of a name stands for, compared with another name:
 * one spelt right but read as a word ("Jituan", which means "group"), misspelt ("Koch & Bauer GmH",
 * "Kansai Chuo Toso JK" / "... Kabushiki Kaisha") or cut short ("Taif Energy C." / "Taif Energy
 * Co"); undefined for none. Normalising cannot tell "GmH" from a word, comparing can: the word is
 * one edit from a form and the other name has nothing in its place. Only where a word is unlikely:
 * one letter must begin, and two letters be one edit from, a form the other name has; a longer
 * word must have no vowel ("GmvH") or be a form of at least six letters with one letter dropped
 * ("Compan"). "Inn" is not "Inc", nor "Core" "Corp".
 */
export function trailingLegalForm(word: string, otherForms: readonly string[]): string | undefined {
  const near = formsNear(word);
  if (near === NONE) return undefined;
  if (word.length > 2) return near[0];
  // A letter or two must point at a form the other name has.
  for (const code of near) if (otherForms.includes(code)) return code;
  return undefined;
}

/** The codes of the forms a word stands for (see trailingLegalForm), remembered per word (few words, a few codes each). */
const formsNear = boundedCache(computeFormsNear, 100_000);

function computeFormsNear(word: string): readonly string[] {
  if (!isLatinOnly(word) || /\d/.test(word)) return NONE;
  // A form spelt right but left as a word ("jituan" read as "group").
  const exact = BY_LETTERS.get(word);
  if (exact) return [exact.entry.code];
  if (word.length === 1) {
    const cut = LATIN_FORM_KEYS.filter(({ letters }) => letters.length > 1 && letters[0] === word).map((k) => k.code);
    return cut.length > 0 ? [...new Set(cut)] : NONE;
  }
  const vowelless = !VOWELS.test(word);
  const codes: string[] = [];
  for (const { letters, code } of LATIN_FORM_KEYS) {
    if (Math.abs(letters.length - word.length) > 1 || letters.length < 2 || letters === word) continue;
    const allowed = word.length === 2 || vowelless || (letters.length >= 6 && letters.length === word.length + 1);
    if (allowed && levenshtein(word, letters) === 1 && !codes.includes(code)) codes.push(code);
  }
  return codes.length > 0 ? codes : NONE;
}

/** The family of a code, for comparing the legal forms of two names. */
export const LEGAL_FAMILY: ReadonlyMap<string, LegalFamily> = new Map(LEGAL_FORMS.map((e) => [e.code, e.family]));
/** The cross-language concept of a code (OOO -> LLC). */
export const LEGAL_CONCEPT: ReadonlyMap<string, string> = new Map(
  LEGAL_FORMS.map((e) => [e.code, e.concept ?? e.code]),
);

// ---------------------------------------------------------------------------------------------
// Words

const STOP_WORDS = new Set([
  'the',
  'of',
  'and',
  'for',
  'und',
  'et',
  'de',
  'du',
  'des',
  'del',
  'della',
  'di',
  'da',
  'la',
  'le',
  'les',
  'el',
  'los',
  'las',
  'и',
]);

const ABBREVIATIONS: Record<string, string> = {
  intl: 'international',
  intnl: 'international',
  natl: 'national',
  mfg: 'manufacturing',
  mfrs: 'manufacturers',
  bros: 'brothers',
  dept: 'department',
  assn: 'association',
  univ: 'university',
  inst: 'institute',
  svcs: 'services',
  svc: 'service',
  mgmt: 'management',
  hldgs: 'holdings',
  hldg: 'holding',
  grp: 'group',
  govt: 'government',
  ctr: 'center',
  centre: 'center',
  sys: 'systems',
  ent: 'enterprises',
  invt: 'investment',
  invts: 'investments',
  engg: 'engineering',
  dev: 'development',
  cos: 'companies',
  labs: 'laboratories',
};

/**
 * Chinese business words as companies write them in pinyin, and as they translate them: "Suzhou
 * Bosheng Huanbao Keji" and "Suzhou Bosheng Environmental Technology" are one name. Applied to the
 * words of Latin names and to the romanised words of Han names alike.
 */
const PINYIN_MEANINGS: Record<string, string> = {
  keji: 'technology',
  jishu: 'technology',
  maoyi: 'trading',
  shangmao: 'trading',
  jituan: 'group',
  wuliu: 'logistics',
  dianzi: 'electronics',
  yiyao: 'pharmaceutical',
  huagong: 'chemical',
  jixie: 'machinery',
  qiche: 'automotive',
  shipin: 'food',
  huanbao: 'environmental',
  nengyuan: 'energy',
  xinxi: 'information',
  ruanjian: 'software',
  touzi: 'investment',
  konggu: 'holding',
  jianshe: 'construction',
  gongcheng: 'engineering',
  zixun: 'consulting',
  guanli: 'management',
  fuwu: 'services',
  shiye: 'industrial',
  gongye: 'industrial',
  zhizao: 'manufacturing',
  shebei: 'equipment',
  cailiao: 'materials',
  shengwu: 'biotech',
  tongxin: 'communications',
  jinrong: 'financial',
  wangluo: 'network',
  zhineng: 'intelligent',
  guoji: 'international',
  jinchukou: 'import export',
  gongyinglian: 'supply chain',
  xinnengyuan: 'new energy',
  jingmi: 'precision',
  baozhuang: 'packaging',
  fangzhi: 'textile',
  lingbujian: 'parts',
  qipei: 'auto parts',
  suliao: 'plastics',
  wujin: 'hardware',
  jiaju: 'furniture',
  fuzhuang: 'apparel',
  jiancai: 'building materials',
  zhaoming: 'lighting',
  guangdian: 'optoelectronics',
  yinshua: 'printing',
  taoci: 'ceramics',
  xiangjiao: 'rubber',
  jinshu: 'metal',
  yiliao: 'medical',
  yiqi: 'instruments',
  nongye: 'agriculture',
  yinliao: 'beverage',
  canyin: 'catering',
  guanggao: 'advertising',
  zidonghua: 'automation',
  dianchi: 'battery',
  guangfu: 'photovoltaic',
  huanjing: 'environment',
  huaxue: 'chemical',
};

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ORDINALS: Record<string, string> = {
  first: '1st',
  second: '2nd',
  third: '3rd',
  fourth: '4th',
  fifth: '5th',
  sixth: '6th',
  seventh: '7th',
  eighth: '8th',
  ninth: '9th',
  tenth: '10th',
  eleventh: '11th',
  twelfth: '12th',
};
const DIGITS_ONLY = /^\d+$/;
const SINGLE_LETTER = /^[a-zа-яёіїєґ]$/;

function numberValue(token: string): number {
  if (DIGITS_ONLY.test(token)) return token.length <= 6 ? Number(token) : -1;
  return UNITS[token] ?? TENS[token] ?? -1;
}

/**
 * Stop words out, number words to digits (tens followed by a unit are added: "forty four",
 * "forty 4" -> 44), abbreviations expanded, runs of single letters joined into initials.
 */
function wordsOf(tokens: readonly string[], initialisms: string[]): string[] {
  const out: string[] = [];
  let letters = '';
  const flushLetters = () => {
    if (letters.length >= 2) initialisms.push(letters);
    if (letters) out.push(letters);
    letters = '';
  };
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i];
    if (STOP_WORDS.has(token) && tokens.length > 1) continue;
    token = ABBREVIATIONS[token] ?? PINYIN_MEANINGS[token] ?? ORDINALS[token] ?? token;
    if (token.includes(' ')) {
      // A meaning of several words ("jinchukou": import export): all but the last go out as they are.
      flushLetters();
      const words = token.split(' ');
      out.push(...words.slice(0, -1));
      token = words[words.length - 1];
    }
    const tens = TENS[token];
    if (tens !== undefined) {
      const next = i + 1 < tokens.length ? numberValue(tokens[i + 1]) : -1;
      if (next >= 1 && next <= 9) {
        token = String(tens + next);
        i++;
      } else token = String(tens);
    } else if (UNITS[token] !== undefined) token = String(UNITS[token]);
    if (SINGLE_LETTER.test(token)) {
      letters += token;
      continue;
    }
    flushLetters();
    out.push(token);
  }
  flushLetters();
  return out;
}

const SPLIT_SPACES = / +/;

function romanise(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (isLatinOnly(token)) {
      out.push(token);
      continue;
    }
    const latin = foldName(toLatin(token));
    for (const part of latin.split(SPLIT_SPACES)) if (part) out.push(part);
  }
  return out;
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------

const NONE: readonly string[] = Object.freeze([]);

/** One copy of each word: a million names share their words ("trading", "gmbh") instead of holding their own. */
let words = new Map<string, string>();
const WORDS_LIMIT = 1_000_000;

/** The words interned, in an array of their exact size (one grown by push keeps room for more). */
function shared(tokens: string[]): readonly string[] {
  if (tokens.length === 0) return NONE;
  if (words.size >= WORDS_LIMIT) words = new Map();
  for (let i = 0; i < tokens.length; i++) {
    const known = words.get(tokens[i]);
    if (known === undefined) words.set(tokens[i], tokens[i]);
    else tokens[i] = known;
  }
  return tokens.slice();
}

export function normaliseName(name: string): NormalisedName {
  const folded = foldName(name);
  const script = detectScript(name);
  const raw = folded ? folded.split(' ') : [];
  const legalForms: string[] = [];
  const core = peelLegalForms(raw, legalForms);
  const initialisms: string[] = [];
  const tokens = shared(wordsOf(core, initialisms));
  const full = wordsOf(raw, []);
  const fullTokens = sameTokens(full, tokens) ? tokens : shared(full);
  const latinOnly = isLatinOnly(folded);
  const latinTokens = latinOnly
    ? tokens
    : shared(romanise(tokens).flatMap((token) => (PINYIN_MEANINGS[token] ?? token).split(' ')));
  const fullLatin = latinOnly ? fullTokens : shared(romanise(fullTokens));
  return {
    original: name,
    folded,
    tokens,
    legalForms: shared(legalForms),
    script,
    latinTokens,
    fullTokens,
    fullLatinTokens: sameTokens(fullLatin, latinTokens) ? latinTokens : fullLatin,
    initialisms: shared(initialisms),
    abjad: script === 'Arab' || /[\u05d0-\u05ea]/.test(folded),
  };
}
