/**
 * Record linkage as data, in the style of Splink: a match configuration is a plain,
 * JSON-serialisable value (comparisons with ordered levels and weights, blocking rules,
 * thresholds) so it can be diffed, versioned, hashed and signed off like any other artefact.
 * The engine only interprets it; nothing in here holds functions or class instances.
 */

/** One input record: an identifier and named string fields (missing or blank = unknown). */
export interface MatchRecord {
  id: string;
  fields: { [field: string]: string | undefined };
}

/**
 * When a comparison level holds. Values are normalised before comparison (trimmed, lower-cased,
 * inner whitespace collapsed; blank = missing). Every kind except `null` and `else` is false when
 * either side is missing, so put a `null` level first if missing values should not count against
 * (or for) a pair.
 */
export type LevelCondition =
  /** Both present and equal. */
  | { kind: 'exact'; field: string }
  /** Either side missing. */
  | { kind: 'null'; field: string }
  /** Both present and Jaro-Winkler similarity >= atLeast (0..1). */
  | { kind: 'jaroWinkler'; field: string; atLeast: number }
  /** Both present and Levenshtein edit distance <= atMost. */
  | { kind: 'levenshtein'; field: string; atMost: number }
  /** Both valid YYYYMMDD dates and at most `days` apart. */
  | { kind: 'dateWithin'; field: string; days: number }
  /** Both parse as numbers and differ by at most `absolute`. */
  | { kind: 'numericWithin'; field: string; absolute: number }
  /**
   * `field` of one record equals `otherField` of the other, either way round (e.g. given name and
   * surname swapped). False when the compared values are missing.
   */
  | { kind: 'exactCrossed'; field: string; otherField: string }
  /**
   * Both present and the company-name similarity (matching/names: legal forms, scripts,
   * transliteration, abbreviations) >= atLeast (0..1). A value may hold several names, one a line
   * (a legal name and a name in its own script): the best-scoring pair counts.
   */
  | { kind: 'companyName'; field: string; atLeast: number }
  /** Always holds; the usual last level. */
  | { kind: 'else' };

export type LevelKind = LevelCondition['kind'];

/** A level: tried in order within its comparison; the first that holds contributes its weight. */
export interface ComparisonLevel {
  label: string;
  condition: LevelCondition;
  /** Log-likelihood style weight (e.g. log2(m/u)): positive for agreement, negative for disagreement. */
  weight: number;
  /**
   * The rule a pair is reported under when this level holds (e.g. "TAX_ID"); the first held level
   * with a rule, in comparison order, names the pair.
   */
  rule?: string;
  /** The strongest decision a pair can get when this level holds, whatever its score (e.g. REVIEW: never merged automatically). */
  ceiling?: 'REVIEW' | 'NO_MATCH';
}

export interface Comparison {
  name: string;
  levels: ComparisonLevel[];
}

/** How a field value becomes (part of) a blocking key. */
export type BlockingTransform =
  /** The normalised value itself. */
  | 'exact'
  /** The first 1, 2, 3 or 4 characters. */
  | 'prefix1'
  | 'prefix2'
  | 'prefix3'
  | 'prefix4'
  /** American Soundex code of the letters (e.g. "r163"). */
  | 'soundex'
  /** Only the digits (empty = no key). */
  | 'digits'
  /** Whitespace-separated tokens sorted and re-joined (order-insensitive). */
  | 'sortedTokens'
  /**
   * One key per word of a company name, legal forms and stop words left out, romanised and folded
   * (so "Газпром", "GAZPROM" and "Gazprom PAO" share "gazprom"; "Müller" gives "muller" and "mueller").
   * A value may hold several names, one a line.
   */
  | 'nameTokens'
  /** One key per word of a company name, as a phonetic code of its romanised form (ü/ue, ø/oe, ß/ss and transliteration variants agree). */
  | 'namePhonetic'
  /** One key per two words of a company name (as nameTokens gives them); a one-word name gives its word. */
  | 'nameWordPairs'
  /** One key per two words' phonetic codes (as namePhonetic gives them). */
  | 'nameSoundPairs';

export interface BlockingKey {
  field: string;
  transform: BlockingTransform;
}

/**
 * Records whose keys all agree (and none is empty) share a block and become candidate pairs.
 * The candidates of a configuration are the union of its rules' pairs, each pair once.
 */
export interface BlockingRule {
  name: string;
  keys: BlockingKey[];
  /** Blocks of this rule holding more records are skipped (and counted); default: the link's maxBlockSize. */
  maxBlockSize?: number;
}

export interface MatchThresholds {
  /** Score >= autoMerge → MATCH. */
  autoMerge: number;
  /** review <= score < autoMerge → REVIEW; below → NO_MATCH. */
  review: number;
}

export interface MatchConfiguration {
  version: string;
  comparisons: Comparison[];
  blocking: BlockingRule[];
  thresholds: MatchThresholds;
}

export type MatchDecision = 'MATCH' | 'REVIEW' | 'NO_MATCH';

/** Why a pair scored as it did: the level that held in each comparison. */
export interface LevelReason {
  comparison: string;
  level: string;
  weight: number;
  /** What the comparison saw, where it says more than its level (the company-name scorer's reasons). */
  detail?: string[];
  /** The level's ceiling, where it has one. */
  ceiling?: 'REVIEW' | 'NO_MATCH';
}

export interface PairScore {
  score: number;
  levels: LevelReason[];
  /** The rule of the first held level that names one. */
  rule?: string;
  /** The strictest ceiling among the held levels. */
  ceiling?: 'REVIEW' | 'NO_MATCH';
}

export interface ScoredPair extends PairScore {
  left: string;
  right: string;
  decision: MatchDecision;
}

export interface BlockingStats {
  /** Distinct candidate pairs produced (over all rules, each pair once). */
  candidates: number;
  /** Distinct pairs contributed by each rule (a pair counts for the first rule that produced it). */
  byRule: { rule: string; pairs: number }[];
  /** Blocks left out because they held more than maxBlockSize records. */
  skippedBlocks: number;
  /** Pairs those skipped blocks would have produced (before de-duplication across rules). */
  skippedPairs: number;
}

export interface LinkStats extends BlockingStats {
  /** Pairs actually scored (candidates minus pairs of a record with itself / same id). */
  compared: number;
  /** Pairs returned (score >= minScore). */
  kept: number;
  seconds: number;
}

export interface LinkResult {
  pairs: ScoredPair[];
  stats: LinkStats;
}
