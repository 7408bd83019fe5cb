/**
 * Company-name matching across scripts: normalisation, legal forms, romanisation, similarity
 * and the match decision. Pure functions, no I/O; used by the customer matcher.
 */

export { normaliseName, foldName, detectScript, type NormalisedName, type NameScript } from './normalise';
export { LEGAL_FORMS, type LegalFormEntry, type LegalFamily } from './legalForms';
export { toLatin } from './transliterate';
export { jaro, jaroWinkler, levenshtein, levenshteinRatio, tokenSetRatio, nameSimilarity } from './similarity';
export { weightedEditDistance } from './editCost';
export {
  nameMatchDecision,
  nameAlternatives,
  bestNameSimilarity,
  bestNameScore,
  DEFAULT_NAME_THRESHOLD,
} from './decide';
