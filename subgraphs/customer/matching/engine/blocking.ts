/**
 * Blocking: which pairs are worth scoring at all. Each rule maps a record to keys (the
 * transformed values of its fields, all present; a name gives one key per word, so a rule can give
 * a record several keys); records sharing a key share a block, and every pair inside a block is a
 * candidate. The result is the union over the rules, each pair once.
 *
 * Cost is near-linear: keys are interned to integers and blocks laid out in flat arrays; only the
 * pairs inside blocks are visited. Never all pairs — unless a key puts everybody in one block,
 * which is what the block-size cap is for: a block holding more than the rule's `maxBlockSize`
 * (default 1,000, both sides counted when linking) is left out entirely and counted in
 * `skippedBlocks` / `skippedPairs`. A word as common as "trading" makes no useful block; the
 * other words of the name do.
 *
 * A pair is produced by the first rule (in configuration order) whose block holds both records:
 * candidates are enumerated record by record, and a stamp per record says it was already paired
 * with the current one, so no set of seen pairs is kept.
 */
import { namePhoneticKeys, nameSoundPairs, nameTokens, nameWordPairs } from './companyNames';
import { normaliseValue } from './normalise';
import { soundex } from './similarity';
import type { BlockingKey, BlockingRule, BlockingStats, BlockingTransform, MatchRecord } from './types';

export const DEFAULT_MAX_BLOCK_SIZE = 1000;

export interface BlockingOptions {
  /** Blocks with more records than this are skipped (and counted). Default 1,000. */
  maxBlockSize?: number;
}

/** The key parts a value gives under a transform; none when it is missing or transforms to "". */
export function transformValue(value: string | undefined, transform: BlockingTransform): string[] {
  if (transform === 'nameTokens') return nameTokens(value);
  if (transform === 'namePhonetic') return namePhoneticKeys(value);
  if (transform === 'nameWordPairs') return nameWordPairs(value);
  if (transform === 'nameSoundPairs') return nameSoundPairs(value);
  const part = transformNormalised(normaliseValue(value), transform);
  return part === undefined ? [] : [part];
}

function transformNormalised(v: string | undefined, transform: BlockingTransform): string | undefined {
  if (v === undefined) return undefined;
  let out: string;
  switch (transform) {
    case 'exact':
      out = v;
      break;
    case 'prefix1':
      out = v.slice(0, 1);
      break;
    case 'prefix2':
      out = v.slice(0, 2);
      break;
    case 'prefix3':
      out = v.slice(0, 3);
      break;
    case 'prefix4':
      out = v.slice(0, 4);
      break;
    case 'soundex':
      out = soundex(v);
      break;
    case 'digits':
      out = v.replace(/[^0-9]/g, '');
      break;
    case 'sortedTokens':
      out = v.split(' ').sort().join(' ');
      break;
    case 'nameTokens':
    case 'namePhonetic':
    case 'nameWordPairs':
    case 'nameSoundPairs':
      throw new Error(`${transform} gives several keys: use transformValue`);
    default:
      throw new Error(`unknown blocking transform ${String(transform)}`);
  }
  return out.length > 0 ? out : undefined;
}

/** Between the parts of a key. */
const PART_SEPARATOR = '\u0001';

/** The record's keys under a rule: one per combination of its parts' values; none when a part is missing. */
export function blockingKeys(record: MatchRecord, rule: BlockingRule): string[] {
  return keysOf(rule.keys, (key) => transformValue(record.fields[key.field], key.transform));
}

function keysOf(keys: readonly BlockingKey[], partsOf: (key: BlockingKey) => readonly string[]): string[] {
  if (keys.length === 0) return []; // a rule without keys would be all pairs: refuse
  let combined: string[] = [];
  for (let k = 0; k < keys.length; k++) {
    const parts = partsOf(keys[k]);
    if (parts.length === 0) return [];
    combined = k === 0 ? [...parts] : combined.flatMap((prefix) => parts.map((part) => prefix + PART_SEPARATOR + part));
  }
  return combined;
}

/** One rule's blocks in flat arrays. Record indices: left 0..nLeft-1, then right. */
interface RuleBlocks {
  name: string;
  /** Block b's members are members[offsets[b] .. offsets[b+1]), ascending, so left records come first. */
  offsets: Int32Array;
  members: Int32Array;
  /** How many of block b's members are left records (linking only). */
  leftCounts: Int32Array;
  /** Record r's kept blocks are blocksOf[recordOffsets[r] .. recordOffsets[r+1]). */
  recordOffsets: Int32Array;
  blocksOf: Int32Array;
}

export interface BlockIndex {
  dedupe: boolean;
  nLeft: number;
  nRight: number;
  rules: RuleBlocks[];
  stats: BlockingStats;
}

/** A growable list of 32-bit integers (a plain array of numbers costs twice the memory at scale). */
class IntList {
  values = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/** Build the blocks of every rule. `right` undefined = de-duplicate `left` against itself. */
export function buildBlockIndex(
  left: readonly MatchRecord[],
  right: readonly MatchRecord[] | undefined,
  rules: readonly BlockingRule[],
  options: BlockingOptions = {},
): BlockIndex {
  const dedupe = right === undefined;
  const nLeft = left.length;
  const nRight = right?.length ?? 0;
  const n = nLeft + nRight;
  const stats: BlockingStats = { candidates: 0, byRule: [], skippedBlocks: 0, skippedPairs: 0 };
  const built: RuleBlocks[] = [];
  const record = (r: number) => (r < nLeft ? left[r] : right![r - nLeft]);

  // Keys are worked out record by record for all rules at once, so the costly part shared by a
  // record's name keys (normalising and romanising the name) is done while it is still cached.
  const maxBlockSizes = rules.map((rule) => {
    if (rule.keys.length === 0) throw new Error(`blocking rule ${rule.name} has no keys (it would pair everything)`);
    return rule.maxBlockSize ?? options.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE;
  });
  // (record, block) memberships per rule in record order; a record's repeated key counts once.
  const memberships = rules.map(() => ({
    interned: new Map<string, number>(),
    records: new IntList(),
    blocks: new IntList(),
  }));
  for (let r = 0; r < n; r++) {
    const fields = record(r).fields;
    const partsOf = (key: BlockingKey) => transformValue(fields[key.field], key.transform);
    for (let x = 0; x < rules.length; x++) {
      const { interned, records, blocks } = memberships[x];
      const keys = keysOf(rules[x].keys, partsOf);
      for (let k = 0; k < keys.length; k++) {
        if (keys.indexOf(keys[k]) !== k) continue;
        let id = interned.get(keys[k]);
        if (id === undefined) {
          id = interned.size;
          interned.set(keys[k], id);
        }
        records.push(r);
        blocks.push(id);
      }
    }
  }

  for (let x = 0; x < rules.length; x++) {
    const rule = rules[x];
    stats.byRule.push({ rule: rule.name, pairs: 0 });
    const maxBlockSize = maxBlockSizes[x];
    const { interned, records: memberRecord, blocks: memberBlock } = memberships[x];
    const distinct = interned.size;
    interned.clear();

    const sizes = new Int32Array(distinct);
    const lefts = new Int32Array(distinct);
    for (let m = 0; m < memberBlock.length; m++) {
      sizes[memberBlock.values[m]]++;
      if (memberRecord.values[m] < nLeft) lefts[memberBlock.values[m]]++;
    }

    // Keep blocks that can produce a pair and are within the cap; renumber them densely.
    const renumber = new Int32Array(distinct).fill(-1);
    let kept = 0;
    for (let b = 0; b < distinct; b++) {
      const size = sizes[b];
      const pairs = dedupe ? (size * (size - 1)) / 2 : lefts[b] * (size - lefts[b]);
      if (pairs === 0) continue;
      if (size > maxBlockSize) {
        stats.skippedBlocks++;
        stats.skippedPairs += pairs;
        continue;
      }
      renumber[b] = kept++;
    }
    const offsets = new Int32Array(kept + 1);
    const leftCounts = new Int32Array(kept);
    for (let b = 0; b < distinct; b++) {
      const id = renumber[b];
      if (id < 0) continue;
      offsets[id + 1] = sizes[b];
      leftCounts[id] = lefts[b];
    }
    for (let b = 0; b < kept; b++) offsets[b + 1] += offsets[b];
    const members = new Int32Array(offsets[kept]);
    const fill = offsets.slice(0, kept);
    const recordOffsets = new Int32Array(n + 1);
    const blocksOf = new Int32Array(offsets[kept]);
    let written = 0;
    for (let m = 0; m < memberBlock.length; m++) {
      const r = memberRecord.values[m];
      const id = renumber[memberBlock.values[m]];
      if (id < 0) continue;
      members[fill[id]++] = r; // memberships come in record order: members stay ascending
      blocksOf[written++] = id;
      recordOffsets[r + 1]++;
    }
    for (let r = 0; r < n; r++) recordOffsets[r + 1] += recordOffsets[r];
    built.push({ name: rule.name, offsets, members, leftCounts, recordOffsets, blocksOf });
  }
  return { dedupe, nLeft, nRight, rules: built, stats };
}

/**
 * Visit each distinct candidate pair once, as record indices: for linking `i` is a left index
 * and `j` a right index (0-based within `right`); for de-duplication `i < j`. Fills
 * `index.stats.candidates` and `byRule`.
 */
export function forEachCandidate(index: BlockIndex, visit: (i: number, j: number) => void): void {
  const { rules, nLeft, nRight, dedupe, stats } = index;
  const pairsOfRule = new Array<number>(rules.length).fill(0);
  // stamp[j] === i: j was already paired with i (by an earlier rule or block).
  const stamp = new Int32Array(nLeft + nRight).fill(-1);
  for (let i = 0; i < nLeft; i++) {
    for (let r = 0; r < rules.length; r++) {
      const { offsets, members, leftCounts, recordOffsets, blocksOf } = rules[r];
      for (let x = recordOffsets[i]; x < recordOffsets[i + 1]; x++) {
        const b = blocksOf[x];
        const end = offsets[b + 1];
        for (let y = dedupe ? offsets[b] : offsets[b] + leftCounts[b]; y < end; y++) {
          const j = members[y];
          if ((dedupe && j <= i) || stamp[j] === i) continue;
          stamp[j] = i;
          pairsOfRule[r]++;
          visit(i, dedupe ? j : j - nLeft);
        }
      }
    }
  }
  let total = 0;
  for (let r = 0; r < rules.length; r++) {
    stats.byRule[r].pairs = pairsOfRule[r];
    total += pairsOfRule[r];
  }
  stats.candidates = total;
}

/** Candidate pairs as an iterable of record tuples, with the blocking statistics alongside. */
export interface CandidatePairs extends Iterable<[MatchRecord, MatchRecord]> {
  readonly stats: BlockingStats;
}

/**
 * Candidate pairs for linking `left` with `right`, or — with `right` undefined — for
 * de-duplicating `left` (each unordered pair once). See the module comment for the block-size cap.
 */
export function candidatePairs(
  left: readonly MatchRecord[],
  right: readonly MatchRecord[] | undefined,
  rules: readonly BlockingRule[],
  options: BlockingOptions = {},
): CandidatePairs {
  const index = buildBlockIndex(left, right, rules, options);
  const pairs: [MatchRecord, MatchRecord][] = [];
  forEachCandidate(index, (i, j) => pairs.push([left[i], (right ?? left)[j]]));
  return { stats: index.stats, [Symbol.iterator]: () => pairs[Symbol.iterator]() };
}
