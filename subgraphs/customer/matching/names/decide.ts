/**
 * The match / no-match decision for two company names, with its score and reasons.
 *
 * Why a separate threshold: nameSimilarity is a graded score for ranking and for combining with
 * other evidence; deterministic rules need a yes or no. DEFAULT_NAME_THRESHOLD is tuned on
 * labelled company-name pairs (test/bench/companyNames.ts) towards few false merges, because
 * merging two customers costs more than missing a duplicate: spelling variants, legal-form
 * variants, joined words and initials pass; a different or an extra word (other than a first
 * series numeral) fails, and so does a non-profit against a company of the same name.
 *
 * A name that lists alternatives with a slash ("Al-Qa'ida/Islamic Army") is also compared
 * alternative by alternative, when each alternative has two words or more; slashes between
 * single letters ("A/S", "c/o") are not alternatives.
 */

import { normaliseName, type NormalisedName } from './normalise';
import { nameScore, nameSimilarity } from './similarity';

export const DEFAULT_NAME_THRESHOLD = 0.85;

const ALTERNATIVE_SLASH = /(?<=\p{L}{2})\s*\/\s*(?=\p{L}{2})/u;

/**
 * The name, and its slash-separated alternatives when each has at least two words. `normalise`
 * lets a caller that keeps normalised names (the linkage engine) reuse them.
 */
export function nameAlternatives(
  name: string,
  normalise: (name: string) => NormalisedName = normaliseName,
): NormalisedName[] {
  const whole = normalise(name);
  const parts = name.split(ALTERNATIVE_SLASH);
  if (parts.length < 2) return [whole];
  const normalised = parts.map((part) => normaliseName(part));
  // "Sales/Marketing Services Inc" is one name, not "Sales" or "Marketing Services".
  if (normalised.some((part) => part.tokens.length < 2)) return [whole];
  return [whole, ...normalised];
}

/** The best similarity between any name of one list and any of the other (the first such pair wins). */
export function bestNameScore(a: readonly NormalisedName[], b: readonly NormalisedName[]): number {
  let best = -1;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      // One name normalised once (the engine's cache) is the same object: the same name.
      if (a[i] === b[j]) return 1;
      const score = nameScore(a[i], b[j]);
      if (score > best) best = score;
      if (best >= 1) return best;
    }
  }
  return best;
}

/** The best similarity between any name of one list and any of the other, with its reasons. */
export function bestNameSimilarity(
  a: readonly NormalisedName[],
  b: readonly NormalisedName[],
): { score: number; reasons: string[] } {
  let best = -1;
  let pair: [NormalisedName, NormalisedName] | undefined;
  for (const x of a) {
    for (const y of b) {
      const score = nameScore(x, y);
      if (score > best) [best, pair] = [score, [x, y]];
    }
  }
  return pair ? nameSimilarity(...pair) : { score: -1, reasons: [] };
}

export function nameMatchDecision(
  a: string,
  b: string,
  threshold = DEFAULT_NAME_THRESHOLD,
): { match: boolean; score: number; reasons: string[] } {
  const best = bestNameSimilarity(nameAlternatives(a), nameAlternatives(b));
  return { match: best.score >= threshold, score: best.score, reasons: best.reasons };
}
