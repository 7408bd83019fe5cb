/**
 * String and name similarity: the classic measures, and nameSimilarity, which explains itself.
 *
 * Why not one classic measure: for company names the *kind* of difference matters more than its
 * size. "Exxor Mobil" / "Exxon Mobil" (a typo) is one company; "Bank of Chad" / "Bank of China"
 * (a different word) and "Deutsche Bank Trust" / "Deutsche Bank" (an extra word) are not,
 * although every character-level score rates them higher. So nameSimilarity aligns the words of
 * two names, token-set style (order does not matter): equal words, then words joined or split
 * ("Good Will" / "Goodwill"), then spelling variants (weighted edit distance, see editCost.ts),
 * then initials ("PLA" / "People's Liberation Army") and series markers ("Fund VII" / "Fund
 * VIII"); whatever is left is a different or an extra word. The score starts at 1 and each
 * difference costs a fixed, explained amount; legal forms are compared separately (legalForms.ts).
 *
 * Names are compared in their own script and romanised (and, when one is Arabic or Hebrew, by
 * consonant skeleton), with and without legal forms; the best comparison wins. Jaro-Winkler
 * grades the different words and, below 0.6, the first words, so unrelated names still rank.
 *
 * Scratch buffers are module-level: scoring a pair allocates only its reasons.
 */

import { jaro, jaroWinkler, levenshtein } from '../engine/similarity';
import { weightedEditDistance } from './editCost';
import {
  LEGAL_CONCEPT,
  LEGAL_FAMILY,
  VOWELS,
  trailingLegalForm,
  type NameScript,
  type NormalisedName,
} from './normalise';

// ---------------------------------------------------------------------------------------------
// Classic measures

// Jaro, Jaro-Winkler and Levenshtein are the linkage engine's, written once.
export { jaro, jaroWinkler, levenshtein };

/** 1 - levenshtein / length of the longer string; 1 for two empty strings. */
export function levenshteinRatio(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - levenshtein(a, b) / longest;
}

/** Scratch row for indelRatio, grown as needed, so a comparison allocates nothing. */
let row = new Int32Array(64);

/** Indel similarity (insertions and deletions only), as python-Levenshtein's ratio. */
function indelRatio(a: string, b: string): number {
  const total = a.length + b.length;
  if (total === 0) return 1;
  // Indel distance: Levenshtein with substitutions costing 2 (a deletion plus an insertion).
  const la = a.length;
  const lb = b.length;
  if (row.length <= lb) row = new Int32Array((lb + 1) * 2);
  for (let j = 0; j <= lb; j++) row[j] = j;
  for (let i = 1; i <= la; i++) {
    let diagonal = row[0];
    row[0] = i;
    const c = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const above = row[j];
      row[j] = Math.min(above + 1, row[j - 1] + 1, diagonal + (c === b.charCodeAt(j - 1) ? 0 : 2));
      diagonal = above;
    }
  }
  return 1 - row[lb] / total;
}

const WORDS = /\s+/;

/**
 * Token-set similarity in [0, 1], as fuzzywuzzy's token_set_ratio: the words both strings share,
 * sorted, compared with each string's sorted words (shared first, then its own); the best ratio
 * wins, so "Deutsche Bank" vs "Deutsche Bank AG" scores 1.
 */
export function tokenSetRatio(a: string, b: string): number {
  const setA = new Set(a.trim().split(WORDS).filter(Boolean));
  const setB = new Set(b.trim().split(WORDS).filter(Boolean));
  if (setA.size === 0 || setB.size === 0) return setA.size === setB.size ? 1 : 0;
  const shared: string[] = [];
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  for (const word of setA) (setB.has(word) ? shared : onlyA).push(word);
  for (const word of setB) if (!setA.has(word)) onlyB.push(word);
  const base = shared.sort().join(' ');
  const withA = [base, onlyA.sort().join(' ')].filter(Boolean).join(' ');
  const withB = [base, onlyB.sort().join(' ')].filter(Boolean).join(' ');
  if (base === '') return indelRatio(withA, withB);
  return Math.max(indelRatio(base, withA), indelRatio(base, withB), indelRatio(withA, withB));
}

// ---------------------------------------------------------------------------------------------
// Name similarity: the cost of each kind of difference

/** A spelling variant: per unit of weighted edit distance. */
const TYPO_PER_COST = 0.05;
/** The most a word may differ to count as a spelling variant: absolute and per character. */
const TYPO_MAX_COST = 1.8;
const TYPO_MAX_RELATIVE = 0.38;
/** Words joined or split ("Good Will" / "Goodwill"), plus TYPO_PER_COST if not exact. */
const JOINED = 0.02;
const JOINED_MAX_COST = 1.5;
const JOINED_MAX_RELATIVE = 0.12;
const INITIALS = 0.05;
/** A word written short ("Sol." / "Solutions", "Eng." / "Engenharia"). */
const ABBREVIATED = 0.04;
/** The shortest abbreviation counted as one, and how much longer the full word must be. */
const ABBREVIATION_MIN = 3;
const ABBREVIATION_SHORTER_BY = 2;
/** Different numbers or numerals where both names have one ("Fund VII" / "Fund VIII"). */
const SERIES = 0.06;
/** "Fund" vs "Fund I": the first of a series is often written without its numeral. */
const FIRST_OF_SERIES = 0.02;
/** The same words in another order ("King & Johnson" / "Johnson & King"): often another firm of the same partners. */
const WORD_ORDER = 0.06;
/** A last word that reads as a legal form ("GmH", "Compan", "C."): a slip in what names least. */
const LEGAL_FORM_AS_WORD = 0.02;
/** A word only one name has. */
const EXTRA_WORD = 0.25;
/** A word replaced by a different word: 0.22 for close-looking words up to 0.35. */
const DIFFERENT_WORD = 0.22;
const DIFFERENT_WORD_SPREAD = 0.13;
/** Comparing consonant skeletons (Arabic, Hebrew) loses information. */
const SKELETON = 0.04;
/** Legal forms: same family or loosely used ("Inc." vs "Ltd"); two commercial families. */
const LEGAL_SAME_FAMILY = 0.02;
const LEGAL_OTHER_COMMERCIAL = 0.05;
/** A sole trader vs a company: often the same business, incorporated later. */
const LEGAL_SOLE_VS_COMPANY = 0.1;
/** A non-profit or state enterprise vs a company: different legal persons. */
const LEGAL_DIFFERENT_KIND = 0.22;
/** Below this, Jaro-Winkler of the whole names gives unrelated names a graded score. */
const FLOOR_WEIGHT = 0.6;

const MAX_TOKENS = 24;
const usedA = new Uint8Array(MAX_TOKENS);
const usedB = new Uint8Array(MAX_TOKENS);
/** The word of B that word i of A was found equal to or a spelling variant of; -1 for none. */
const partnerOf = new Int32Array(MAX_TOKENS);
const pairCost = new Float64Array(MAX_TOKENS * MAX_TOKENS);

const ROMAN = new Set<string>();
{
  const units = ['', 'i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix'];
  const tens = ['', 'x', 'xx', 'xxx', 'xl', 'l'];
  for (let t = 0; t < tens.length; t++)
    for (let u = 0; u < units.length; u++) if (t || u) ROMAN.add(tens[t] + units[u]);
}

function hasDigit(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** A number, a Roman numeral, or a word with digits ("2007", "VIII", "AHL2"). */
function isSeriesMarker(token: string): boolean {
  return ROMAN.has(token) || hasDigit(token);
}

function contains(list: readonly string[], token: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === token) return true;
  return false;
}

interface Side {
  readonly tokens: readonly string[];
  readonly initialisms: readonly string[];
  /** The name's legal forms, to tell a misspelt form from an extra word. */
  readonly legalForms: readonly string[];
  /** Written in its natural order: a comma may mark a register's inverted form ("Smith, John"). */
  readonly ordered: boolean;
}

/**
 * Joins runs of adjacent unused tokens of `from` that spell an unused token of `to`
 * (exactly, or within a small edit distance when `fuzzy`). Returns the penalty.
 */
function joinRuns(
  from: Side,
  usedFrom: Uint8Array,
  to: Side,
  usedTo: Uint8Array,
  fuzzy: boolean,
  reasons: string[] | null,
): number {
  let penalty = 0;
  const a = from.tokens;
  const b = to.tokens;
  const n = Math.min(a.length, MAX_TOKENS);
  const m = Math.min(b.length, MAX_TOKENS);
  for (let j = 0; j < m; j++) {
    if (usedTo[j] || b[j].length < 2) continue;
    const target = b[j];
    for (let s = 0; s < n - 1 && !usedTo[j]; s++) {
      if (usedFrom[s] || usedFrom[s + 1]) continue;
      if (!fuzzy && !target.startsWith(a[s])) continue;
      let length = a[s].length;
      for (let e = s + 1; e < n && e - s < 4 && !usedFrom[e]; e++) {
        length += a[e].length;
        if (length > target.length + 2) break;
        if (length < target.length - 2 || (!fuzzy && length !== target.length)) continue;
        const joined = a.slice(s, e + 1).join('');
        const cost = joined === target ? 0 : fuzzy ? weightedEditDistance(joined, target, JOINED_MAX_COST) : Infinity;
        if (cost > JOINED_MAX_COST || cost > JOINED_MAX_RELATIVE * target.length) continue;
        for (let k = s; k <= e; k++) usedFrom[k] = 1;
        usedTo[j] = 1;
        penalty += JOINED + cost * TYPO_PER_COST;
        if (reasons) reasons.push(`words joined or split: ${a.slice(s, e + 1).join(' ')} ~ ${target}`);
        break;
      }
    }
  }
  return penalty;
}

/** Matches an unused token of `short` with the initials of a run of unused tokens of `long`. */
function matchInitials(
  short: Side,
  usedShort: Uint8Array,
  long: Side,
  usedLong: Uint8Array,
  reasons: string[] | null,
): number {
  let penalty = 0;
  const a = short.tokens;
  const b = long.tokens;
  const n = Math.min(a.length, MAX_TOKENS);
  const m = Math.min(b.length, MAX_TOKENS);
  for (let i = 0; i < n; i++) {
    const initials = a[i];
    const k = initials.length;
    if (usedShort[i] || k < 2 || k > 8 || k > m || hasDigit(initials)) continue;
    for (let s = 0; s + k <= m; s++) {
      let ok = true;
      for (let t = 0; t < k && ok; t++)
        ok = !usedLong[s + t] && b[s + t].length > 1 && b[s + t].charCodeAt(0) === initials.charCodeAt(t);
      if (!ok) continue;
      usedShort[i] = 1;
      for (let t = 0; t < k; t++) usedLong[s + t] = 1;
      penalty += INITIALS;
      if (reasons) reasons.push(`initials: ${initials} = ${b.slice(s, s + k).join(' ')}`);
      break;
    }
  }
  return penalty;
}

const masksB = new Int32Array(MAX_TOKENS);

/** The set of characters of a word, folded onto 32 bits (a collision only weakens the bound). */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** How many different (not extra) words the last compareSides found. */
let differentWords = 0;

/** The penalty for the differences between two token lists (0 = same words). */
function compareSides(A: Side, B: Side, reasons: string[] | null): number {
  const a = A.tokens;
  const b = B.tokens;
  const n = Math.min(a.length, MAX_TOKENS);
  const m = Math.min(b.length, MAX_TOKENS);
  differentWords = 0;
  if (n === 0 || m === 0) return n === m ? 0 : 1;
  usedA.fill(0, 0, n);
  usedB.fill(0, 0, m);
  partnerOf.fill(-1, 0, n);
  let left = 0;
  // 1. Equal words.
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      if (usedB[j] === 0 && a[i] === b[j]) {
        usedA[i] = 1;
        usedB[j] = 1;
        partnerOf[i] = j;
        break;
      }
    }
    if (!usedA[i]) left++;
  }
  if (left === 0 && n === m) return A.ordered && B.ordered ? wordOrder(a, n, reasons) : 0;
  let penalty = 0;
  // 2. Words joined or split, exactly.
  penalty += joinRuns(A, usedA, B, usedB, false, reasons);
  penalty += joinRuns(B, usedB, A, usedA, false, reasons);
  // 3. Spelling variants, cheapest pair first. Initials and series markers must match exactly.
  for (let j = 0; j < m; j++) masksB[j] = usedB[j] ? 0 : letterMask(b[j]);
  let candidates = 0;
  for (let i = 0; i < n; i++) {
    const maskA = usedA[i] ? 0 : letterMask(a[i]);
    for (let j = 0; j < m; j++) {
      let cost = Infinity;
      if (!usedA[i] && !usedB[j]) {
        const x = a[i];
        const y = b[j];
        const longest = Math.max(x.length, y.length);
        const limit = Math.min(TYPO_MAX_COST, TYPO_MAX_RELATIVE * longest);
        // Every letter one word has and the other lacks takes an edit of at least 0.4 (0.2 for an umlaut's e).
        const lacking = Math.max(popcount(maskA & ~masksB[j]), popcount(masksB[j] & ~maskA));
        if (
          lacking * 0.4 - 0.2 <= limit &&
          !isSeriesMarker(x) &&
          !isSeriesMarker(y) &&
          !contains(A.initialisms, x) &&
          !contains(B.initialisms, y)
        ) {
          const c = weightedEditDistance(x, y, limit);
          if (c <= limit) {
            cost = c;
            candidates++;
          }
        }
      }
      pairCost[i * m + j] = cost;
    }
  }
  while (candidates > 0) {
    let best = Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < n; i++) {
      if (usedA[i]) continue;
      for (let j = 0; j < m; j++) {
        if (!usedB[j] && pairCost[i * m + j] < best) {
          best = pairCost[i * m + j];
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0) break;
    usedA[bi] = 1;
    usedB[bj] = 1;
    partnerOf[bi] = bj;
    penalty += best * TYPO_PER_COST;
    if (reasons) reasons.push(`spelling variant: ${a[bi]} ~ ${b[bj]}`);
    candidates--;
  }
  // 3b. Abbreviations: a word that begins another, much longer one ("tech" / "technology").
  penalty += matchAbbreviations(a, n, usedA, b, m, usedB, reasons);
  penalty += matchAbbreviations(b, m, usedB, a, n, usedA, reasons);
  // 4. Words joined or split, with a spelling difference ("Andrang Heta" / "Ndrangheta").
  penalty += joinRuns(A, usedA, B, usedB, true, reasons);
  penalty += joinRuns(B, usedB, A, usedA, true, reasons);
  // 5. Initials.
  penalty += matchInitials(A, usedA, B, usedB, reasons);
  penalty += matchInitials(B, usedB, A, usedA, reasons);
  // 6. Series markers on both sides.
  for (let i = 0; i < n; i++) {
    if (usedA[i] || !isSeriesMarker(a[i])) continue;
    for (let j = 0; j < m; j++) {
      if (usedB[j] || !isSeriesMarker(b[j])) continue;
      usedA[i] = 1;
      usedB[j] = 1;
      penalty += SERIES;
      if (reasons) reasons.push(`series or number differs: ${a[i]} vs ${b[j]}`);
      break;
    }
  }
  if (A.ordered && B.ordered) penalty += wordOrder(a, n, reasons);
  // 7. Different words, paired in order and graded by Jaro-Winkler; then extra words.
  differentWords = 0;
  for (let i = 0, j = 0; i < n; i++) {
    if (usedA[i]) continue;
    while (j < m && usedB[j]) j++;
    if (j === m) break;
    usedA[i] = 1;
    usedB[j] = 1;
    differentWords++;
    penalty += DIFFERENT_WORD + DIFFERENT_WORD_SPREAD * (1 - jaroWinkler(a[i], b[j]));
    if (reasons) reasons.push(`different word: ${a[i]} vs ${b[j]}`);
  }
  penalty += extraWords(a, n, usedA, B.legalForms, reasons);
  penalty += extraWords(b, m, usedB, A.legalForms, reasons);
  return penalty;
}

/** WORD_ORDER when the words the names share (equal or spelling variants) stand in another order. */
function wordOrder(a: readonly string[], n: number, reasons: string[] | null): number {
  let last = -1;
  for (let i = 0; i < n; i++) {
    const j = partnerOf[i];
    if (j < 0) continue;
    if (j < last) {
      if (reasons) reasons.push(`words in another order: ${a.slice(0, n).join(' ')}`);
      return WORD_ORDER;
    }
    last = j;
  }
  return 0;
}

/**
 * A word written short by dropping letters, as narrow name fields do ("Trdg" / "Trading", "Indl" /
 * "Industrial", "Maschb." / "Maschinenbau"): it begins like the word, and the rest of it is
 * consonants found in the word in order. A vowel in the rest would make it a word of its own
 * ("Cars" is not short for "Chairs").
 */
function isContraction(short: string, long: string): boolean {
  if (short[0] !== long[0]) return false;
  let common = 1;
  while (common < short.length && short[common] === long[common]) common++;
  let at = common;
  for (let k = common; k < short.length; k++) {
    if (VOWELS.test(short[k])) return false;
    at = long.indexOf(short[k], at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function matchAbbreviations(
  short: readonly string[],
  n: number,
  usedShort: Uint8Array,
  long: readonly string[],
  m: number,
  usedLong: Uint8Array,
  reasons: string[] | null,
): number {
  // Only beside a word the names share: "Bai" is not short for "Baikal", "Bai Trading" for "Baikal Trading" may be.
  if (!usedShort.subarray(0, n).includes(1)) return 0;
  let penalty = 0;
  for (let i = 0; i < n; i++) {
    const word = short[i];
    if (usedShort[i] || word.length < ABBREVIATION_MIN || /\d/.test(word)) continue;
    for (let j = 0; j < m; j++) {
      if (usedLong[j] || long[j].length < word.length + ABBREVIATION_SHORTER_BY) continue;
      if (!long[j].startsWith(word) && !isContraction(word, long[j])) continue;
      usedShort[i] = 1;
      usedLong[j] = 1;
      penalty += ABBREVIATED;
      if (reasons) reasons.push(`abbreviation: ${word} = ${long[j]}`);
      break;
    }
  }
  return penalty;
}

function extraWords(
  tokens: readonly string[],
  n: number,
  used: Uint8Array,
  otherForms: readonly string[],
  reasons: string[] | null,
): number {
  let penalty = 0;
  for (let i = 0; i < n; i++) {
    if (used[i]) continue;
    const token = tokens[i];
    const form = i === n - 1 && n > 1 ? trailingLegalForm(token, otherForms) : undefined;
    if (token === 'i' || token === '1') {
      penalty += FIRST_OF_SERIES;
      if (reasons) reasons.push(`first of a series: ${token}`);
    } else if (form) {
      penalty += LEGAL_FORM_AS_WORD;
      if (reasons) reasons.push(`reads as a legal form: ${token} (${form})`);
    } else {
      penalty += EXTRA_WORD;
      if (reasons) reasons.push(`extra word: ${token}`);
    }
  }
  return penalty;
}

// ---------------------------------------------------------------------------------------------
// Legal forms

const COMMERCIAL = new Set(['stock', 'limited', 'partnership', 'generic', 'cooperative']);

function legalPairPenalty(x: string, y: string): number {
  if (LEGAL_CONCEPT.get(x) === LEGAL_CONCEPT.get(y)) return 0;
  const fx = LEGAL_FAMILY.get(x) ?? 'generic';
  const fy = LEGAL_FAMILY.get(y) ?? 'generic';
  if (fx === fy || fx === 'generic' || fy === 'generic') return LEGAL_SAME_FAMILY;
  const cx = COMMERCIAL.has(fx);
  const cy = COMMERCIAL.has(fy);
  if (cx && cy) return LEGAL_OTHER_COMMERCIAL;
  if ((fx === 'sole' && cy) || (fy === 'sole' && cx)) return LEGAL_SOLE_VS_COMPANY;
  return LEGAL_DIFFERENT_KIND;
}

/** The penalty for the legal forms of two names: the closest pair of their forms counts. */
function legalPenalty(a: NormalisedName, b: NormalisedName, reasons: string[] | null): number {
  let best = -1;
  for (const x of a.legalForms) {
    if (LEGAL_FAMILY.get(x) === 'group') continue;
    for (const y of b.legalForms) {
      if (LEGAL_FAMILY.get(y) === 'group') continue;
      const p = legalPairPenalty(x, y);
      if (best < 0 || p < best) best = p;
    }
  }
  if (best <= 0) return 0;
  if (reasons) {
    const list = (forms: readonly string[]) => forms.filter((f) => LEGAL_FAMILY.get(f) !== 'group').join('+');
    reasons.push(
      `legal form differs: ${list(a.legalForms)} vs ${list(b.legalForms)}${best >= LEGAL_SOLE_VS_COMPANY ? ' (different kind of entity)' : ''}`,
    );
  }
  return best;
}

// ---------------------------------------------------------------------------------------------

const SCRIPT_NAMES: Record<NameScript, string> = {
  Latn: 'Latin',
  Cyrl: 'Cyrillic',
  Arab: 'Arabic',
  Hani: 'Han',
  Jpan: 'Japanese',
  Hang: 'Hangul',
  Deva: 'Devanagari',
  Khmr: 'Khmer',
  Other: 'non-Latin',
};

const SKELETON_DROP = /[aeiouyw]/g;

/** Consonant skeleton of romanised words, without the Arabic article: "al nakheel" -> "nkhl". */
function skeleton(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (token === 'al' || token === 'el') continue;
    const consonants = token.replace(SKELETON_DROP, '');
    out.push(consonants || token);
  }
  return out;
}

type Variant = 'native' | 'latin' | 'full' | 'fullNative' | 'skeleton';

function sideOf(name: NormalisedName, variant: Variant): Side {
  const { initialisms, legalForms } = name;
  const ordered = !name.original.includes(',');
  switch (variant) {
    case 'native':
      return { tokens: name.tokens, initialisms, legalForms, ordered };
    case 'latin':
      return { tokens: name.latinTokens, initialisms, legalForms, ordered };
    case 'full':
      return { tokens: name.fullLatinTokens, initialisms, legalForms, ordered };
    case 'fullNative':
      return { tokens: name.fullTokens, initialisms, legalForms, ordered };
    case 'skeleton':
      return { tokens: skeleton(name.latinTokens), initialisms, legalForms, ordered };
  }
}

function variantPenalty(a: NormalisedName, b: NormalisedName, variant: Variant, reasons: string[] | null): number {
  let penalty = compareSides(sideOf(a, variant), sideOf(b, variant), reasons);
  if (variant !== 'full' && variant !== 'fullNative') penalty += legalPenalty(a, b, reasons);
  if (variant === 'skeleton') penalty += SKELETON;
  return penalty;
}

/** Which comparison gave the last nameScore, and its penalty (read by nameSimilarity for its reasons). */
let lastVariant: Variant = 'native';
let lastPenalty = 0;

/**
 * Similarity of two normalised company names in [0, 1], without reasons: what scoring at volume
 * needs (working out the reasons costs as much again). nameSimilarity gives the same score.
 */
export function nameScore(a: NormalisedName, b: NormalisedName): number {
  if (a.tokens.length === 0 || b.tokens.length === 0) {
    lastVariant = 'native';
    return a.tokens.length === b.tokens.length && a.folded === b.folded ? 1 : 0;
  }
  const sameScript = a.script === b.script;
  const romanised = a.latinTokens !== a.tokens || b.latinTokens !== b.tokens;
  // Two Cyrillic names are compared in Cyrillic only: romanisation merges letters that tell
  // names apart (й and ы both become y, which then passes for a vowel). Names in different
  // scripts are compared romanised only.
  const nativeOnly = sameScript && a.script === 'Cyrl';
  let bestVariant: Variant = sameScript || !romanised ? 'native' : 'latin';
  let best = variantPenalty(a, b, bestVariant, null);
  let different = differentWords;
  if (best > 0 && bestVariant === 'native' && romanised && !nativeOnly) {
    const p = variantPenalty(a, b, 'latin', null);
    if (p < best) {
      best = p;
      bestVariant = 'latin';
      different = differentWords;
    }
  }
  // With the legal forms kept as words: only useful when the difference is extra words, which
  // may be a misspelt, truncated or glued legal form ("Siemens AkG", "... Joint Stock Compan").
  if (best > 0 && different === 0 && (a.legalForms.length > 0 || b.legalForms.length > 0)) {
    const full: Variant = nativeOnly ? 'fullNative' : 'full';
    const p = variantPenalty(a, b, full, null);
    if (p < best) {
      best = p;
      bestVariant = full;
    }
  }
  if (best > SKELETON && a.abjad !== b.abjad) {
    const p = variantPenalty(a, b, 'skeleton', null);
    if (p < best) {
      best = p;
      bestVariant = 'skeleton';
    }
  }
  lastVariant = bestVariant;
  lastPenalty = best;
  let score = best >= 1 ? 0 : 1 - best;
  // Graded by how alike the first words look (usually the distinctive one).
  if (score < FLOOR_WEIGHT)
    score = Math.max(score, FLOOR_WEIGHT * jaroWinkler(a.latinTokens[0] ?? '', b.latinTokens[0] ?? ''));
  return Math.round(score * 1e6) / 1e6;
}

/**
 * Similarity of two normalised company names in [0, 1] with the reasons for every deduction.
 * 1 means the same words (up to legal form, case, punctuation, script); one spelling variant
 * costs 0.02-0.09, a different legal form 0.02-0.05 (0.22 for a non-profit vs a company), a
 * different or extra word 0.22-0.35. Below 0.6 the names share little, the score is graded by
 * Jaro-Winkler only and the reasons are summarised.
 */
export function nameSimilarity(a: NormalisedName, b: NormalisedName): { score: number; reasons: string[] } {
  const score = nameScore(a, b);
  if (a.tokens.length === 0 || b.tokens.length === 0) return { score, reasons: ['empty name'] };
  const bestVariant = lastVariant;
  const penalty = lastPenalty;
  if ((penalty >= 1 ? 0 : 1 - penalty) < FLOOR_WEIGHT)
    return { score, reasons: ['names differ: no close alignment of their words'] };
  const reasons: string[] = [];
  if (a.script !== b.script && bestVariant !== 'native') {
    reasons.push(
      bestVariant === 'skeleton'
        ? `consonants of transliterated ${SCRIPT_NAMES[a.abjad ? a.script : b.script]} match ${SCRIPT_NAMES[a.abjad ? b.script : a.script]}`
        : `transliterated ${SCRIPT_NAMES[a.script === 'Latn' ? b.script : a.script]} matches ${SCRIPT_NAMES[a.script === 'Latn' ? a.script : b.script]}`,
    );
  }
  if (penalty > 0) variantPenalty(a, b, bestVariant, reasons);
  return { score, reasons };
}
