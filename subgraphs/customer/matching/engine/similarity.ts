/**
 * String similarity for record linkage: Jaro, Jaro-Winkler, (bounded) Levenshtein and Soundex.
 * Comparisons work on UTF-16 code units and reuse module-level scratch buffers, so scoring a
 * pair allocates nothing (the engine is single-threaded per process; these are not re-entrant
 * across workers, which each have their own module instance anyway).
 */

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);
let codesB = new Uint16Array(64);
let row = new Int32Array(64);

/** Jaro similarity in [0, 1]; 1 for equal strings (two empty strings included), 0 if one is empty. */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (flagsA.length < la) flagsA = new Uint8Array(Math.max(la, flagsA.length * 2));
  if (flagsB.length < lb) {
    flagsB = new Uint8Array(Math.max(lb, flagsB.length * 2));
    codesB = new Uint16Array(flagsB.length);
  }
  const fa = flagsA;
  const fb = flagsB;
  const cb = codesB;
  for (let i = 0; i < la; i++) fa[i] = 0;
  for (let j = 0; j < lb; j++) {
    fb[j] = 0;
    cb[j] = b.charCodeAt(j);
  }
  const range = Math.max(0, (la > lb ? la : lb) / 2 - 1) | 0;
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(i);
    const lo = i > range ? i - range : 0;
    const hi = i + range + 1 < lb ? i + range + 1 : lb;
    for (let j = lo; j < hi; j++) {
      if (cb[j] === c && fb[j] === 0) {
        fa[i] = 1;
        fb[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let halfTranspositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (fa[i] === 0) continue;
    while (fb[k] === 0) k++;
    if (a.charCodeAt(i) !== cb[k]) halfTranspositions++;
    k++;
  }
  const m = matches;
  return (m / la + m / lb + (m - halfTranspositions / 2) / m) / 3;
}

/**
 * Jaro-Winkler similarity: Jaro boosted by the common prefix (up to 4 characters, scale 0.1),
 * applied only when Jaro exceeds 0.7 (Winkler's boost threshold).
 */
export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  const j = jaro(a, b);
  if (j <= 0.7) return j;
  const max = Math.min(4, a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return j + prefix * prefixScale * (1 - j);
}

/**
 * Levenshtein edit distance (insert, delete, substitute; cost 1 each). With `max`, the search
 * stops as soon as the distance is known to exceed it and returns `max + 1` — use
 * `levenshtein(a, b, k) <= k` as a cheap "within k edits" test.
 */
export function levenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  // Strip the common prefix and suffix: they never change the distance.
  let start = 0;
  let endA = a.length;
  let endB = b.length;
  while (start < endA && start < endB && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  let la = endA - start;
  let lb = endB - start;
  // Keep the row over the shorter string.
  let s = a;
  let t = b;
  if (la < lb) {
    s = b;
    t = a;
    const l = la;
    la = lb;
    lb = l;
  }
  if (la - lb > max) return max + 1;
  if (lb === 0) return la;
  if (row.length < lb + 1) row = new Int32Array(Math.max(lb + 1, row.length * 2));
  for (let j = 0; j <= lb; j++) row[j] = j;
  for (let i = 1; i <= la; i++) {
    const c = s.charCodeAt(start + i - 1);
    let diagonal = row[0];
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= lb; j++) {
      const above = row[j];
      const cost = c === t.charCodeAt(start + j - 1) ? 0 : 1;
      let v = diagonal + cost;
      const del = above + 1;
      if (del < v) v = del;
      const ins = row[j - 1] + 1;
      if (ins < v) v = ins;
      row[j] = v;
      diagonal = above;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
  }
  const d = row[lb];
  return d > max ? max + 1 : d;
}

// Soundex digit per letter a..z; 0 = vowel-like (separates codes), -1 = h/w (transparent).
const SOUNDEX_CODES = [0, 1, 2, 3, 0, 1, 2, -1, 0, 2, 2, 4, 5, 5, 0, 1, 2, 6, 2, 3, 0, 1, -1, 2, 0, 2];

/**
 * American Soundex of the letters in `value` (other characters ignored), lower-case letter plus
 * three digits, e.g. "robert" → "r163"; "" when there are no ASCII letters.
 */
export function soundex(value: string): string {
  let first = -1;
  let code = '';
  let last = 0;
  for (let i = 0; i < value.length && code.length < 3; i++) {
    let c = value.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    if (c < 97 || c > 122) continue;
    const digit = SOUNDEX_CODES[c - 97];
    if (first < 0) {
      first = c;
      last = digit;
      continue;
    }
    if (digit === -1) continue; // h, w: the codes either side merge
    if (digit === 0) {
      last = 0;
      continue;
    }
    if (digit !== last) code += String.fromCharCode(48 + digit);
    last = digit;
  }
  if (first < 0) return '';
  return String.fromCharCode(first) + (code + '000').slice(0, 3);
}
