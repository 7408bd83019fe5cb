/**
 * Linking and de-duplication: prepare every record once, block, score each candidate pair once,
 * keep the pairs worth reporting (with their reasons), and group matches into clusters.
 */
import { buildBlockIndex, forEachCandidate } from './blocking';
import type { BlockIndex, BlockingOptions } from './blocking';
import { compiled, decide, explainPrepared, prepareRecord, scorePrepared } from './compare';
import type { CompiledConfiguration, PreparedRecord } from './compare';
import type { LinkResult, MatchConfiguration, MatchRecord, ScoredPair } from './types';

export interface LinkOptions extends BlockingOptions {
  /**
   * Pairs scoring below this are counted but not returned (returning every candidate would cost
   * memory at scale). Default: `config.thresholds.review`; pass -Infinity to keep all.
   */
  minScore?: number;
  /** Keep each pair's levels (its reasons); default true. Without, a pair keeps its score, rule and ceiling. */
  reasons?: boolean;
}

/** What linking works out before any pair is scored. */
export interface LinkSetup {
  compiledConfig: CompiledConfiguration;
  preparedLeft: PreparedRecord[];
  preparedRight: PreparedRecord[];
  index: BlockIndex;
  dedupe: boolean;
}

/** The configuration compiled, every record prepared once, the blocks built. */
export function setUpLink(
  left: readonly MatchRecord[],
  right: readonly MatchRecord[] | undefined,
  config: MatchConfiguration,
  options: BlockingOptions = {},
): LinkSetup {
  const compiledConfig = compiled(config);
  const preparedLeft = left.map((record) => prepareRecord(record, compiledConfig));
  const preparedRight =
    right === undefined ? preparedLeft : right.map((record) => prepareRecord(record, compiledConfig));
  const index = buildBlockIndex(left, right, config.blocking, options);
  return { compiledConfig, preparedLeft, preparedRight, index, dedupe: right === undefined };
}

/** How a candidate pair is scored and which pairs are kept: the same on every thread. */
export interface PairScoring {
  compiledConfig: CompiledConfiguration;
  minScore: number;
  withLevels: boolean;
}

export function pairScoring(
  compiledConfig: CompiledConfiguration,
  options: Pick<LinkOptions, 'minScore' | 'reasons'>,
): PairScoring {
  return {
    compiledConfig,
    minScore: options.minScore ?? compiledConfig.config.thresholds.review,
    withLevels: options.reasons ?? true,
  };
}

/** The pair scored and decided, or undefined when it scores below the pairs kept. */
export function scoreCandidate(a: PreparedRecord, b: PreparedRecord, scoring: PairScoring): ScoredPair | undefined {
  const { compiledConfig, minScore, withLevels } = scoring;
  if (scorePrepared(a, b, compiledConfig) < minScore) return undefined;
  const explained = explainPrepared(a, b, compiledConfig, withLevels);
  return {
    left: a.id,
    right: b.id,
    ...explained,
    decision: decide(explained.score, compiledConfig.config.thresholds, explained.ceiling),
  };
}

/** The pairs kept of a chunk of candidates, given as record indices (i, j, i, j, ...). */
export function scoreChunk(
  pairs: Int32Array,
  preparedLeft: readonly PreparedRecord[],
  preparedRight: readonly PreparedRecord[],
  scoring: PairScoring,
): ScoredPair[] {
  const kept: ScoredPair[] = [];
  for (let p = 0; p < pairs.length; p += 2) {
    const pair = scoreCandidate(preparedLeft[pairs[p]], preparedRight[pairs[p + 1]], scoring);
    if (pair) kept.push(pair);
  }
  return kept;
}

/**
 * The kept pairs best first, ties in id order and then in the order they were enumerated (the sort
 * is stable): callers that score on several threads gather the pairs in that order first.
 */
export function linkResult(pairs: ScoredPair[], index: BlockIndex, compared: number, started: bigint): LinkResult {
  pairs.sort((x, y) => y.score - x.score || compareStrings(x.left, y.left) || compareStrings(x.right, y.right));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { pairs, stats: { ...index.stats, compared, kept: pairs.length, seconds } };
}

/**
 * Link `left` to `right`, or de-duplicate `left` when `right` is undefined. Returned pairs carry
 * the ids (left, right — for de-duplication in input order), the score, the decision under the
 * configuration's thresholds and the level that held in each comparison, sorted by descending
 * score. In de-duplication, two records with the same id are never compared. On this thread; see
 * parallelLink.ts for the same on several.
 */
export function linkRecords(
  left: readonly MatchRecord[],
  right: readonly MatchRecord[] | undefined,
  config: MatchConfiguration,
  options: LinkOptions = {},
): LinkResult {
  const started = process.hrtime.bigint();
  const { compiledConfig, preparedLeft, preparedRight, index, dedupe } = setUpLink(left, right, config, options);
  const scoring = pairScoring(compiledConfig, options);
  const pairs: ScoredPair[] = [];
  let compared = 0;
  forEachCandidate(index, (i, j) => {
    const a = preparedLeft[i];
    const b = preparedRight[j];
    if (dedupe && a.id === b.id) return;
    compared++;
    const pair = scoreCandidate(a, b, scoring);
    if (pair) pairs.push(pair);
  });
  return linkResult(pairs, index, compared, started);
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Connected components of the pairs scoring at or above `threshold` (union-find with path
 * halving and union by size). Only ids that occur in such a pair appear; each cluster is sorted,
 * and clusters are ordered by their first id.
 */
export function clusters(
  pairs: readonly { left: string; right: string; score: number }[],
  threshold: number,
): string[][] {
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const parent: number[] = [];
  const size: number[] = [];
  const node = (id: string): number => {
    let n = indexOf.get(id);
    if (n === undefined) {
      n = ids.length;
      indexOf.set(id, n);
      ids.push(id);
      parent.push(n);
      size.push(1);
    }
    return n;
  };
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  };
  for (const pair of pairs) {
    if (!(pair.score >= threshold)) continue;
    let a = find(node(pair.left));
    let b = find(node(pair.right));
    if (a === b) continue;
    if (size[a] < size[b]) [a, b] = [b, a];
    parent[b] = a;
    size[a] += size[b];
  }
  const groups = new Map<number, string[]>();
  for (let n = 0; n < ids.length; n++) {
    const root = find(n);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = []));
    group.push(ids[n]);
  }
  const out = [...groups.values()].filter((group) => group.length > 1);
  for (const group of out) group.sort(compareStrings);
  out.sort((x, y) => compareStrings(x[0], y[0]));
  return out;
}
