/**
 * A weighted edit distance between two words, tuned for spelling variants of names.
 *
 * Why weighted: the differences between spellings of one name are mostly vowels ("Qaeda" /
 * "Qaida", "Tayota", "Yong-chol" / "Yong-chun"), letters romanisations disagree on (c/k/q,
 * s/z, v/w, j/y) and dropped or doubled letters ("Wallmart", "Chevon"); two different names more
 * often differ in consonants ("Hathaway" / "Halloway", "Sigma" / "Cigna"). So a vowel-for-vowel
 * or equivalent-letter substitution costs 0.5, an insertion or deletion 0.8 (0.4 when it doubles
 * the neighbouring letter, 0.2 when it is the e of an umlaut written out: "Haemaelaeinen" is
 * "Hämäläinen", "Mueller" "Müller", "Oedegaard" "Ødegård"), an adjacent transposition 0.8 and any
 * other substitution 1. This is the optimal-string-alignment variant of Damerau-Levenshtein.
 *
 * Scratch rows are module-level and reused, so a call allocates nothing.
 */

const SUBSTITUTION = 1;
const CHEAP_SUBSTITUTION = 0.5;
const INDEL = 0.8;
const DOUBLING = 0.4;
const UMLAUT_E = 0.2;
const TRANSPOSITION = 0.8;

/** Letters romanisations and spelling variants swap for each other, by class (0 = none). */
const CLASS = new Uint8Array(128);
for (const ch of 'aeiouy') CLASS[ch.charCodeAt(0)] = 1;
for (const ch of 'ckq') CLASS[ch.charCodeAt(0)] = 2;
for (const ch of 'sz') CLASS[ch.charCodeAt(0)] = 3;
for (const ch of 'vw') CLASS[ch.charCodeAt(0)] = 4;

const E = 101;

/** The e after a, o or u that spells out an umlaut (ae, oe, ue). */
function isUmlautE(word: string, at: number): boolean {
  if (at === 0 || word.charCodeAt(at) !== E) return false;
  const before = word.charCodeAt(at - 1);
  return before === 97 || before === 111 || before === 117;
}

/** Dropping or adding the letter at `at` of `word`: cheaper for a doubled letter or an umlaut's e. */
function indelCost(word: string, at: number, length: number): number {
  const c = word.charCodeAt(at);
  if ((at > 0 && word.charCodeAt(at - 1) === c) || (at + 1 < length && word.charCodeAt(at + 1) === c)) return DOUBLING;
  return isUmlautE(word, at) ? UMLAUT_E : INDEL;
}

function substitutionCost(x: number, y: number): number {
  if (x === y) return 0;
  if (x < 128 && y < 128) {
    const cx = CLASS[x];
    if (cx !== 0 && cx === CLASS[y]) return CHEAP_SUBSTITUTION;
    // j and y are the same sound in most romanisations (Jong / Yong).
    if ((x === 106 && y === 121) || (x === 121 && y === 106)) return CHEAP_SUBSTITUTION;
  }
  return SUBSTITUTION;
}

let before = new Float64Array(64);
let previous = new Float64Array(64);
let current = new Float64Array(64);

/**
 * Weighted edit distance between `a` and `b`. Stops early and returns a value above `limit`
 * (not necessarily the exact distance) once every alignment costs more than `limit`.
 */
export function weightedEditDistance(a: string, b: string, limit = Infinity): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return (la + lb) * INDEL;
  if (Math.abs(la - lb) * UMLAUT_E > limit) return limit + 1;
  if (previous.length <= lb) {
    const size = Math.max(lb + 1, previous.length * 2);
    before = new Float64Array(size);
    previous = new Float64Array(size);
    current = new Float64Array(size);
  }
  for (let j = 0; j <= lb; j++) previous[j] = j * INDEL;
  for (let i = 1; i <= la; i++) {
    const x = a.charCodeAt(i - 1);
    current[0] = i * INDEL;
    let rowMin = current[0];
    for (let j = 1; j <= lb; j++) {
      const y = b.charCodeAt(j - 1);
      // Deleting x costs less when it doubles a neighbour ("ll" in "Wallmart") or spells out an umlaut.
      const deleteCost = indelCost(a, i - 1, la);
      const insertCost = indelCost(b, j - 1, lb);
      let cost = previous[j - 1] + substitutionCost(x, y);
      const del = previous[j] + deleteCost;
      if (del < cost) cost = del;
      const ins = current[j - 1] + insertCost;
      if (ins < cost) cost = ins;
      if (i > 1 && j > 1 && x === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === y) {
        const transposed = before[j - 2] + TRANSPOSITION;
        if (transposed < cost) cost = transposed;
      }
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > limit) return limit + 1;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  return previous[lb];
}
