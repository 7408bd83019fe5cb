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
import { nameSimilarity } from './similarity';

export const DEFAULT_NAME_THRESHOLD = 0.85;

const ALTERNATIVE_SLASH = /(?<=\p{L}{2})\s*\/\s*(?=\p{L}{2})/u;

/** The name, and its slash-separated alternatives when each has at least two words. */
export function nameAlternatives(name: string): NormalisedName[] {
  const whole = normaliseName(name);
  const parts = name.split(ALTERNATIVE_SLASH);
  if (parts.length < 2) return [whole];
  const normalised = parts.map((part) => normaliseName(part));
  // "Sales/Marketing Services Inc" is one name, not "Sales" or "Marketing Services".
  if (normalised.some((part) => part.tokens.length < 2)) return [whole];
  return [whole, ...normalised];
}

/** The best similarity between any name of one list and any of the other, with its reasons. */
export function bestNameSimilarity(
  a: readonly NormalisedName[],
  b: readonly NormalisedName[],
): { score: number; reasons: string[] } {
  let best = { score: -1, reasons: [] as string[] };
  for (const x of a) {
    for (const y of b) {
      const result = nameSimilarity(x, y);
      if (result.score > best.score) best = result;
    }
  }
  return best;
}

export function nameMatchDecision(
  a: string,
  b: string,
  threshold = DEFAULT_NAME_THRESHOLD,
): { match: boolean; score: number; reasons: string[] } {
  const best = bestNameSimilarity(nameAlternatives(a), nameAlternatives(b));
  return { match: best.score >= threshold, score: best.score, reasons: best.reasons };
}
