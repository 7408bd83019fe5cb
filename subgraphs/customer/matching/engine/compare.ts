/**
 * Scoring a pair: for each comparison, the first level whose condition holds contributes its
 * weight; the score is the sum. The configuration is compiled once (field names resolved to
 * slots, conditions to opcodes) and every record prepared once (normalised strings, parsed dates
 * and numbers), so scoring a pair is a few array reads and string comparisons, allocation-free
 * unless the reasons are asked for.
 */
import { bestNameScore, bestNameSimilarity, type NormalisedName } from '../names';
import { companyNames } from './companyNames';
import { dayNumber, normaliseValue, numberValue } from './normalise';
import { jaroWinkler, levenshtein } from './similarity';
import type {
  ComparisonLevel,
  LevelCondition,
  LevelReason,
  MatchConfiguration,
  MatchDecision,
  MatchRecord,
  MatchThresholds,
  PairScore,
} from './types';

const OP_EXACT = 0;
const OP_NULL = 1;
const OP_JARO_WINKLER = 2;
const OP_LEVENSHTEIN = 3;
const OP_DATE_WITHIN = 4;
const OP_NUMERIC_WITHIN = 5;
const OP_EXACT_CROSSED = 6;
const OP_ELSE = 7;
const OP_COMPANY_NAME = 8;

interface CompiledLevel {
  op: number;
  /** String slot of the field (or date / number slot for the date and numeric ops). */
  slot: number;
  /** String slot of the field itself (null checks for date / numeric ops), or otherField. */
  slot2: number;
  param: number;
  weight: number;
  label: string;
  rule: string | undefined;
  ceiling: ComparisonLevel['ceiling'];
}

interface CompiledComparison {
  name: string;
  levels: CompiledLevel[];
}

export interface CompiledConfiguration {
  readonly config: MatchConfiguration;
  readonly stringFields: readonly string[];
  readonly dateFields: readonly string[];
  readonly numberFields: readonly string[];
  /** Fields compared as company names (raw values, several names a line). */
  readonly nameFields: readonly string[];
  readonly comparisons: readonly CompiledComparison[];
}

/** A record with its compared fields normalised and parsed once. */
export interface PreparedRecord {
  readonly id: string;
  readonly strings: (string | undefined)[];
  readonly dates: Float64Array;
  readonly numbers: Float64Array;
  readonly names: (readonly NormalisedName[] | undefined)[];
}

const NO_LEVEL = '(no level held)';

/** Problems with a configuration, as messages; empty when it is usable. */
export function validateConfiguration(config: MatchConfiguration): string[] {
  const problems: string[] = [];
  if (typeof config.version !== 'string' || config.version.length === 0)
    problems.push('version must be a non-empty string');
  const t = config.thresholds;
  if (!t || !Number.isFinite(t.autoMerge) || !Number.isFinite(t.review))
    problems.push('thresholds.autoMerge and thresholds.review must be finite numbers');
  else if (t.review > t.autoMerge) problems.push('thresholds.review must not exceed thresholds.autoMerge');
  const names = new Set<string>();
  for (const comparison of config.comparisons ?? []) {
    const where = `comparison ${JSON.stringify(comparison.name)}`;
    if (names.has(comparison.name)) problems.push(`${where} is defined twice`);
    names.add(comparison.name);
    if (!Array.isArray(comparison.levels) || comparison.levels.length === 0) problems.push(`${where} has no levels`);
    for (const level of comparison.levels ?? []) {
      const at = `${where} level ${JSON.stringify(level.label)}`;
      if (!Number.isFinite(level.weight)) problems.push(`${at}: weight must be a finite number`);
      if (level.ceiling !== undefined && level.ceiling !== 'REVIEW' && level.ceiling !== 'NO_MATCH')
        problems.push(`${at}: ceiling must be REVIEW or NO_MATCH`);
      if (level.rule !== undefined && (typeof level.rule !== 'string' || level.rule === ''))
        problems.push(`${at}: rule must be a non-empty string`);
      const problem = conditionProblem(level.condition);
      if (problem) problems.push(`${at}: ${problem}`);
    }
  }
  const ruleNames = new Set<string>();
  for (const rule of config.blocking ?? []) {
    const where = `blocking rule ${JSON.stringify(rule.name)}`;
    if (ruleNames.has(rule.name)) problems.push(`${where} is defined twice`);
    ruleNames.add(rule.name);
    if (!Array.isArray(rule.keys) || rule.keys.length === 0)
      problems.push(`${where} has no keys (it would pair everything)`);
    if (rule.maxBlockSize !== undefined && !(Number.isInteger(rule.maxBlockSize) && rule.maxBlockSize >= 2))
      problems.push(`${where}: maxBlockSize must be an integer of at least 2`);
    for (const key of rule.keys ?? []) {
      if (typeof key.field !== 'string' || key.field.length === 0) problems.push(`${where}: key without a field`);
      if (
        ![
          'exact',
          'prefix1',
          'prefix2',
          'prefix3',
          'prefix4',
          'soundex',
          'digits',
          'sortedTokens',
          'nameTokens',
          'namePhonetic',
          'nameWordPairs',
          'nameSoundPairs',
        ].includes(key.transform)
      ) {
        problems.push(`${where}: unknown transform ${JSON.stringify(key.transform)}`);
      }
    }
  }
  return problems;
}

function conditionProblem(condition: LevelCondition): string | undefined {
  if (!condition || typeof condition !== 'object') return 'condition missing';
  if (condition.kind === 'else') return undefined;
  if (typeof (condition as { field?: unknown }).field !== 'string') return `${condition.kind}: field must be a string`;
  switch (condition.kind) {
    case 'exact':
    case 'null':
      return undefined;
    case 'jaroWinkler':
    case 'companyName':
      return condition.atLeast >= 0 && condition.atLeast <= 1
        ? undefined
        : `${condition.kind}.atLeast must be within 0..1`;
    case 'levenshtein':
      return Number.isInteger(condition.atMost) && condition.atMost >= 0
        ? undefined
        : 'levenshtein.atMost must be a non-negative integer';
    case 'dateWithin':
      return Number.isFinite(condition.days) && condition.days >= 0
        ? undefined
        : 'dateWithin.days must be a non-negative number';
    case 'numericWithin':
      return Number.isFinite(condition.absolute) && condition.absolute >= 0
        ? undefined
        : 'numericWithin.absolute must be a non-negative number';
    case 'exactCrossed':
      return typeof condition.otherField === 'string' ? undefined : 'exactCrossed.otherField must be a string';
    default:
      return `unknown condition kind ${JSON.stringify((condition as { kind?: unknown }).kind)}`;
  }
}

/** Resolve a configuration for fast scoring; throws when it does not validate. */
export function compileConfiguration(config: MatchConfiguration): CompiledConfiguration {
  const problems = validateConfiguration(config);
  if (problems.length > 0) throw new Error(`invalid match configuration ${config.version}: ${problems.join('; ')}`);
  const stringFields: string[] = [];
  const dateFields: string[] = [];
  const numberFields: string[] = [];
  const nameFields: string[] = [];
  const slotOf = (list: string[], field: string): number => {
    let slot = list.indexOf(field);
    if (slot < 0) slot = list.push(field) - 1;
    return slot;
  };
  const comparisons = config.comparisons.map((comparison) => ({
    name: comparison.name,
    levels: comparison.levels.map((level): CompiledLevel => {
      const c = level.condition;
      const base = { weight: level.weight, label: level.label, rule: level.rule, ceiling: level.ceiling };
      switch (c.kind) {
        case 'exact':
          return { op: OP_EXACT, slot: slotOf(stringFields, c.field), slot2: -1, param: 0, ...base };
        case 'null':
          return { op: OP_NULL, slot: slotOf(stringFields, c.field), slot2: -1, param: 0, ...base };
        case 'jaroWinkler':
          return { op: OP_JARO_WINKLER, slot: slotOf(stringFields, c.field), slot2: -1, param: c.atLeast, ...base };
        case 'levenshtein':
          return { op: OP_LEVENSHTEIN, slot: slotOf(stringFields, c.field), slot2: -1, param: c.atMost, ...base };
        case 'dateWithin':
          return { op: OP_DATE_WITHIN, slot: slotOf(dateFields, c.field), slot2: -1, param: c.days, ...base };
        case 'numericWithin':
          return { op: OP_NUMERIC_WITHIN, slot: slotOf(numberFields, c.field), slot2: -1, param: c.absolute, ...base };
        case 'exactCrossed':
          return {
            op: OP_EXACT_CROSSED,
            slot: slotOf(stringFields, c.field),
            slot2: slotOf(stringFields, c.otherField),
            param: 0,
            ...base,
          };
        case 'companyName':
          return { op: OP_COMPANY_NAME, slot: slotOf(nameFields, c.field), slot2: -1, param: c.atLeast, ...base };
        case 'else':
          return { op: OP_ELSE, slot: -1, slot2: -1, param: 0, ...base };
      }
    }),
  }));
  return { config, stringFields, dateFields, numberFields, nameFields, comparisons };
}

const compiledCache = new WeakMap<MatchConfiguration, CompiledConfiguration>();

/**
 * The compiled form of a configuration, memoised per configuration object. Configurations are
 * values: do not mutate one after it has been used (make a new one, with a new version).
 */
export function compiled(config: MatchConfiguration): CompiledConfiguration {
  let c = compiledCache.get(config);
  if (!c) {
    c = compileConfiguration(config);
    compiledCache.set(config, c);
  }
  return c;
}

/** Shared by every record of a configuration without date or number fields (an empty typed array still costs ~200 bytes). */
const NO_VALUES = new Float64Array(0);

export function prepareRecord(record: MatchRecord, compiledConfig: CompiledConfiguration): PreparedRecord {
  const { stringFields, dateFields, numberFields, nameFields } = compiledConfig;
  const strings = new Array<string | undefined>(stringFields.length);
  for (let s = 0; s < stringFields.length; s++) strings[s] = normaliseValue(record.fields[stringFields[s]]);
  const dates = dateFields.length > 0 ? new Float64Array(dateFields.length) : NO_VALUES;
  for (let s = 0; s < dateFields.length; s++) dates[s] = dayNumber(normaliseValue(record.fields[dateFields[s]]));
  const numbers = numberFields.length > 0 ? new Float64Array(numberFields.length) : NO_VALUES;
  for (let s = 0; s < numberFields.length; s++)
    numbers[s] = numberValue(normaliseValue(record.fields[numberFields[s]]));
  const names = nameFields.map((field) => companyNames(record.fields[field]));
  return { id: record.id, strings, dates, numbers, names };
}

/** The company-name scorer's reasons for the last name comparison made (read by explainPrepared). */
let lastNameReasons: string[] = [];

/** Index of the level that holds in comparison `c`, or -1; `explain` keeps the name scorer's reasons. */
function levelThatHolds(
  comparison: CompiledComparison,
  a: PreparedRecord,
  b: PreparedRecord,
  explain: boolean,
): number {
  const levels = comparison.levels;
  // Several Jaro-Winkler or name levels on one field are usual: compute the similarity once.
  let jwSlot = -1;
  let jw = 0;
  let nameSlot = -1;
  let nameSimilarity = 0;
  for (let l = 0; l < levels.length; l++) {
    const level = levels[l];
    switch (level.op) {
      case OP_EXACT: {
        const x = a.strings[level.slot];
        if (x !== undefined && x === b.strings[level.slot]) return l;
        break;
      }
      case OP_NULL:
        if (a.strings[level.slot] === undefined || b.strings[level.slot] === undefined) return l;
        break;
      case OP_JARO_WINKLER: {
        const x = a.strings[level.slot];
        const y = b.strings[level.slot];
        if (x === undefined || y === undefined) break;
        if (jwSlot !== level.slot) {
          jw = jaroWinkler(x, y);
          jwSlot = level.slot;
        }
        if (jw >= level.param) return l;
        break;
      }
      case OP_LEVENSHTEIN: {
        const x = a.strings[level.slot];
        const y = b.strings[level.slot];
        if (x !== undefined && y !== undefined && levenshtein(x, y, level.param) <= level.param) return l;
        break;
      }
      case OP_DATE_WITHIN: {
        const d = a.dates[level.slot] - b.dates[level.slot]; // NaN when either is missing / invalid
        if (d <= level.param && d >= -level.param) return l;
        break;
      }
      case OP_NUMERIC_WITHIN: {
        const d = a.numbers[level.slot] - b.numbers[level.slot];
        if (d <= level.param && d >= -level.param) return l;
        break;
      }
      case OP_EXACT_CROSSED: {
        const a1 = a.strings[level.slot];
        const a2 = a.strings[level.slot2];
        const b1 = b.strings[level.slot];
        const b2 = b.strings[level.slot2];
        if ((a1 !== undefined && a1 === b2) || (a2 !== undefined && a2 === b1)) return l;
        break;
      }
      case OP_COMPANY_NAME: {
        const x = a.names[level.slot];
        const y = b.names[level.slot];
        if (x === undefined || y === undefined) break;
        if (nameSlot !== level.slot) {
          if (explain) {
            const similarity = bestNameSimilarity(x, y);
            nameSimilarity = similarity.score;
            lastNameReasons = similarity.reasons;
          } else {
            nameSimilarity = bestNameScore(x, y);
          }
          nameSlot = level.slot;
        }
        if (nameSimilarity >= level.param) return l;
        break;
      }
      case OP_ELSE:
        return l;
    }
  }
  return -1;
}

const CEILING_ORDER = { REVIEW: 1, NO_MATCH: 2 } as const;

/** The score alone: the hot path (no allocation). */
export function scorePrepared(a: PreparedRecord, b: PreparedRecord, compiledConfig: CompiledConfiguration): number {
  const comparisons = compiledConfig.comparisons;
  let score = 0;
  for (let c = 0; c < comparisons.length; c++) {
    const l = levelThatHolds(comparisons[c], a, b, false);
    if (l >= 0) score += comparisons[c].levels[l].weight;
  }
  return score;
}

/**
 * The score with its reasons: the level that held in each comparison. Without `levels` (at scale,
 * where only the decision is kept) just the score, rule and ceiling, and `levels` is left empty.
 */
export function explainPrepared(
  a: PreparedRecord,
  b: PreparedRecord,
  compiledConfig: CompiledConfiguration,
  withLevels = true,
): PairScore {
  const levels: LevelReason[] = [];
  const explained: PairScore = { score: 0, levels };
  for (const comparison of compiledConfig.comparisons) {
    lastNameReasons = [];
    const l = levelThatHolds(comparison, a, b, withLevels);
    if (l < 0) {
      if (withLevels) levels.push({ comparison: comparison.name, level: NO_LEVEL, weight: 0 });
      continue;
    }
    const level = comparison.levels[l];
    explained.score += level.weight;
    if (withLevels) {
      const reason: LevelReason = { comparison: comparison.name, level: level.label, weight: level.weight };
      if (lastNameReasons.length > 0) reason.detail = lastNameReasons;
      if (level.ceiling) reason.ceiling = level.ceiling;
      levels.push(reason);
    }
    if (level.rule !== undefined && explained.rule === undefined) explained.rule = level.rule;
    if (level.ceiling && (!explained.ceiling || CEILING_ORDER[level.ceiling] > CEILING_ORDER[explained.ceiling]))
      explained.ceiling = level.ceiling;
  }
  return explained;
}

/** Score two records under a configuration, with the level that held in each comparison. */
export function scorePair(a: MatchRecord, b: MatchRecord, config: MatchConfiguration): PairScore {
  const c = compiled(config);
  return explainPrepared(prepareRecord(a, c), prepareRecord(b, c), c);
}

/**
 * MATCH at or above autoMerge, REVIEW at or above review, NO_MATCH below; a held level's ceiling
 * caps the decision (a conflicting tax id: at most REVIEW, whatever the names say).
 */
export function decide(score: number, thresholds: MatchThresholds, ceiling?: PairScore['ceiling']): MatchDecision {
  const byScore: MatchDecision =
    score >= thresholds.autoMerge ? 'MATCH' : score >= thresholds.review ? 'REVIEW' : 'NO_MATCH';
  if (ceiling === 'NO_MATCH' || (ceiling === 'REVIEW' && byScore === 'MATCH')) return ceiling;
  return byScore;
}
