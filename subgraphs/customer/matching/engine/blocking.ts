/**
 * Blocking: which pairs are worth scoring at all. Each rule maps a record to a key (the
 * transformed values of its fields, all present); records sharing a key share a block, and every
 * pair inside a block is a candidate. The result is the union over the rules, each pair once.
 *
 * Cost is near-linear: one hash lookup per record and field to build the blocks (transforms run
 * once per distinct value, multi-key rules combine integer ids by counting sort), then only the
 * pairs inside blocks are visited. Never all pairs — unless a rule puts everybody in one block,
 * which is what the block-size cap is for: a block holding more than `maxBlockSize` records
 * (default 1,000, both sides counted when linking) is left out entirely and counted in
 * `skippedBlocks` / `skippedPairs`. A rule that trips the cap is too coarse; tighten it (add a
 * key) rather than raising the cap.
 *
 * A pair is produced by the first rule (in configuration order) whose block holds both records;
 * later rules recognise it by comparing the records' block ids under the earlier rules (the
 * Splink approach), so no set of seen pairs is kept.
 */
import { normaliseValue } from './normalise';
import { soundex } from './similarity';
import type { BlockingKey, BlockingRule, BlockingStats, BlockingTransform, MatchRecord } from './types';

export const DEFAULT_MAX_BLOCK_SIZE = 1000;

export interface BlockingOptions {
  /** Blocks with more records than this are skipped (and counted). Default 1,000. */
  maxBlockSize?: number;
}

/** The transformed key part; undefined (no key) when the value is missing or transforms to "". */
export function transformValue(value: string | undefined, transform: BlockingTransform): string | undefined {
  return transformNormalised(normaliseValue(value), transform);
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
    default:
      throw new Error(`unknown blocking transform ${String(transform)}`);
  }
  return out.length > 0 ? out : undefined;
}

/** The record's key under a rule, or undefined when any key part is missing. */
export function blockingKey(record: MatchRecord, rule: BlockingRule): string | undefined {
  return keyOf(record, rule.keys);
}

function keyOf(record: MatchRecord, keys: readonly BlockingKey[]): string | undefined {
  if (keys.length === 0) return undefined; // a rule without keys would be all pairs: refuse
  let key = '';
  for (let k = 0; k < keys.length; k++) {
    const part = transformValue(record.fields[keys[k].field], keys[k].transform);
    if (part === undefined) return undefined;
    key = k === 0 ? part : key + '\u0001' + part;
  }
  return key;
}

/** One rule's blocks in compressed form. Record indices: left 0..nLeft-1, then right. */
interface RuleBlocks {
  name: string;
  /** Block of each record, -1 when it has no key or its block is skipped / useless. */
  blockOf: Int32Array;
  /** Block b's members are members[offsets[b] .. offsets[b+1]), left records first. */
  offsets: Int32Array;
  members: Int32Array;
  /** How many of block b's members are left records (linking only). */
  leftCounts: Int32Array;
}

export interface BlockIndex {
  dedupe: boolean;
  nLeft: number;
  nRight: number;
  rules: RuleBlocks[];
  stats: BlockingStats;
}

/** Build the blocks of every rule. `right` undefined = de-duplicate `left` against itself. */
export function buildBlockIndex(
  left: readonly MatchRecord[],
  right: readonly MatchRecord[] | undefined,
  rules: readonly BlockingRule[],
  options: BlockingOptions = {},
): BlockIndex {
  const maxBlockSize = options.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE;
  const dedupe = right === undefined;
  const nLeft = left.length;
  const nRight = right?.length ?? 0;
  const n = nLeft + nRight;
  const stats: BlockingStats = { candidates: 0, byRule: [], skippedBlocks: 0, skippedPairs: 0 };
  const built: RuleBlocks[] = [];

  // Each field is normalised and interned once per record (one string-map operation per record
  // and field); transforms run once per distinct value; a rule's block id is the combination of
  // its parts' ids, computed with counting sorts over typed arrays (no per-rule strings or maps).
  const fields = new Map<string, Part>();
  const fieldPart = (field: string): Part => {
    let part = fields.get(field);
    if (part) return part;
    const ids = new Int32Array(n);
    const interned = new Map<string, number>();
    const values: string[] = [];
    for (let r = 0; r < n; r++) {
      const value = normaliseValue((r < nLeft ? left[r] : right![r - nLeft]).fields[field]);
      if (value === undefined) {
        ids[r] = -1;
        continue;
      }
      let id = interned.get(value);
      if (id === undefined) {
        id = values.push(value) - 1;
        interned.set(value, id);
      }
      ids[r] = id;
    }
    part = { ids, distinct: values.length, values };
    fields.set(field, part);
    return part;
  };
  const parts = new Map<string, Part>();
  const partOf = (key: BlockingKey): Part => {
    const base = fieldPart(key.field);
    if (key.transform === 'exact') return base;
    const name = `${key.transform}\u0001${key.field}`;
    let part = parts.get(name);
    if (part) return part;
    const remap = new Int32Array(base.distinct);
    const interned = new Map<string, number>();
    for (let v = 0; v < base.distinct; v++) {
      const out = transformNormalised(base.values[v], key.transform);
      if (out === undefined) {
        remap[v] = -1;
        continue;
      }
      let id = interned.get(out);
      if (id === undefined) {
        id = interned.size;
        interned.set(out, id);
      }
      remap[v] = id;
    }
    const ids = new Int32Array(n);
    for (let r = 0; r < n; r++) ids[r] = base.ids[r] < 0 ? -1 : remap[base.ids[r]];
    part = { ids, distinct: interned.size, values: [] };
    parts.set(name, part);
    return part;
  };

  for (const rule of rules) {
    stats.byRule.push({ rule: rule.name, pairs: 0 });
    if (rule.keys.length === 0) throw new Error(`blocking rule ${rule.name} has no keys (it would pair everything)`);
    // blockOf starts as the first part's ids; each further part refines it.
    const first = partOf(rule.keys[0]);
    let blockOf = first.ids;
    let distinct = first.distinct;
    for (let k = 1; k < rule.keys.length; k++) {
      const part = partOf(rule.keys[k]);
      const refined = refine(blockOf, distinct, part.ids, part.distinct);
      blockOf = refined.ids;
      distinct = refined.distinct;
    }
    if (blockOf === first.ids) blockOf = Int32Array.from(blockOf); // renumbered in place below
    const sizes = new Int32Array(distinct);
    const lefts = new Int32Array(distinct);
    for (let r = 0; r < n; r++) {
      const id = blockOf[r];
      if (id < 0) continue;
      sizes[id]++;
      if (r < nLeft) lefts[id]++;
    }

    // Keep blocks that can produce a pair and are within the cap; renumber them densely.
    const renumber = new Int32Array(sizes.length).fill(-1);
    let kept = 0;
    for (let b = 0; b < sizes.length; b++) {
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
    for (let b = 0; b < sizes.length; b++) {
      const id = renumber[b];
      if (id < 0) continue;
      offsets[id + 1] = sizes[b];
      leftCounts[id] = lefts[b];
    }
    for (let b = 0; b < kept; b++) offsets[b + 1] += offsets[b];
    const members = new Int32Array(offsets[kept]);
    const fill = offsets.slice(0, kept);
    for (let r = 0; r < n; r++) {
      const old = blockOf[r];
      if (old < 0) continue;
      const id = renumber[old];
      blockOf[r] = id;
      if (id >= 0) members[fill[id]++] = r; // ascending r: left records come first
    }
    built.push({ name: rule.name, blockOf, offsets, members, leftCounts });
  }
  return { dedupe, nLeft, nRight, rules: built, stats };
}

interface Part {
  /** Per record: the id of its value, -1 when missing. */
  ids: Int32Array;
  distinct: number;
  /** The distinct values (field parts only). */
  values: string[];
}

/**
 * Ids of the combinations (a, b) present, -1 where either is missing: records are bucketed by
 * `a` (counting sort), then within each bucket the first record with a given `b` opens a new id.
 */
function refine(
  a: Int32Array,
  distinctA: number,
  b: Int32Array,
  distinctB: number,
): { ids: Int32Array; distinct: number } {
  const n = a.length;
  const start = new Int32Array(distinctA + 1);
  for (let r = 0; r < n; r++) if (a[r] >= 0 && b[r] >= 0) start[a[r] + 1]++;
  for (let g = 0; g < distinctA; g++) start[g + 1] += start[g];
  const order = new Int32Array(start[distinctA]);
  const fill = start.slice(0, distinctA);
  for (let r = 0; r < n; r++) if (a[r] >= 0 && b[r] >= 0) order[fill[a[r]]++] = r;
  const ids = new Int32Array(n).fill(-1);
  const stamp = new Int32Array(distinctB).fill(-1);
  const idOfB = new Int32Array(distinctB);
  let next = 0;
  for (let g = 0; g < distinctA; g++) {
    for (let x = start[g]; x < start[g + 1]; x++) {
      const r = order[x];
      const v = b[r];
      if (stamp[v] !== g) {
        stamp[v] = g;
        idOfB[v] = next++;
      }
      ids[r] = idOfB[v];
    }
  }
  return { ids, distinct: next };
}

function producedEarlier(rules: readonly RuleBlocks[], upTo: number, i: number, j: number): boolean {
  for (let r = 0; r < upTo; r++) {
    const blockOf = rules[r].blockOf;
    const b = blockOf[i];
    if (b >= 0 && b === blockOf[j]) return true;
  }
  return false;
}

/**
 * Visit each distinct candidate pair once, as record indices: for linking `i` is a left index
 * and `j` a right index (0-based within `right`); for de-duplication `i < j`. Fills
 * `index.stats.candidates` and `byRule`.
 */
export function forEachCandidate(index: BlockIndex, visit: (i: number, j: number) => void): void {
  const { rules, nLeft, dedupe, stats } = index;
  let total = 0;
  for (let r = 0; r < rules.length; r++) {
    const { offsets, members, leftCounts } = rules[r];
    let produced = 0;
    const blocks = offsets.length - 1;
    for (let b = 0; b < blocks; b++) {
      const start = offsets[b];
      const end = offsets[b + 1];
      if (dedupe) {
        for (let x = start; x < end; x++) {
          const i = members[x];
          for (let y = x + 1; y < end; y++) {
            const j = members[y];
            if (r > 0 && producedEarlier(rules, r, i, j)) continue;
            produced++;
            visit(i, j);
          }
        }
      } else {
        const split = start + leftCounts[b];
        for (let x = start; x < split; x++) {
          const i = members[x];
          for (let y = split; y < end; y++) {
            const j = members[y];
            if (r > 0 && producedEarlier(rules, r, i, j)) continue;
            produced++;
            visit(i, j - nLeft);
          }
        }
      }
    }
    stats.byRule[r].pairs = produced;
    total += produced;
  }
  stats.candidates = total;
}

/** Candidate pairs as an iterable of record tuples, with the blocking statistics alongside. */
export interface CandidatePairs extends Iterable<[MatchRecord, MatchRecord]> {
  /** skippedBlocks / skippedPairs are known at once; candidates and byRule once iterated. */
  readonly stats: BlockingStats;
}

/**
 * Candidate pairs for linking `left` with `right`, or — with `right` undefined — for
 * de-duplicating `left` (each unordered pair once, in input order). See the module comment for
 * the block-size cap.
 */
export function candidatePairs(
  left: readonly MatchRecord[],
  right: readonly MatchRecord[] | undefined,
  rules: readonly BlockingRule[],
  options: BlockingOptions = {},
): CandidatePairs {
  const index = buildBlockIndex(left, right, rules, options);
  return {
    stats: index.stats,
    [Symbol.iterator]: () => iterateCandidates(index, left, right ?? left),
  };
}

/** The lazy twin of forEachCandidate (same order, same statistics). */
function* iterateCandidates(
  index: BlockIndex,
  left: readonly MatchRecord[],
  right: readonly MatchRecord[],
): Generator<[MatchRecord, MatchRecord]> {
  const { rules, nLeft, dedupe, stats } = index;
  stats.candidates = 0;
  for (let r = 0; r < rules.length; r++) {
    const { offsets, members, leftCounts } = rules[r];
    stats.byRule[r].pairs = 0;
    const blocks = offsets.length - 1;
    for (let b = 0; b < blocks; b++) {
      const start = offsets[b];
      const end = offsets[b + 1];
      const split = dedupe ? end : start + leftCounts[b];
      for (let x = start; x < split; x++) {
        const i = members[x];
        for (let y = dedupe ? x + 1 : split; y < end; y++) {
          const j = members[y];
          if (r > 0 && producedEarlier(rules, r, i, j)) continue;
          stats.byRule[r].pairs++;
          stats.candidates++;
          yield [left[i], dedupe ? left[j] : right[j - nLeft]];
        }
      }
    }
  }
}
