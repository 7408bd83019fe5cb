import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { generateSourceRecords } from '../../lib/demo/sourceRecordGenerator';
import { MATCH_CONFIGURATION } from '../../subgraphs/customer/ingestion/matchConfiguration';
import { printTable } from './printTable';

/**
 * Identity resolution at volume, through the product path: N realistic source records with known
 * truth (lib/demo/sourceRecordGenerator.ts: several sources per customer, several scripts, typos,
 * moved addresses, missing ids, same-named strangers) are written to a JSON Lines file and loaded
 * with `npm run ingest -- --mode bulk` (the CLI an operator runs, in its own process) into a fresh
 * SQLite database. What it stored is then read back and compared with the truth, pairwise:
 *
 * - at the merge threshold, two records are predicted to be one customer when ingestion linked them
 *   to the same customer;
 * - at the review threshold, also when a review pairs their customers (a steward would be asked).
 *
 * `npx tsx test/bench/identityAtVolume.ts 1000000` prints the table.
 */

export interface VolumeResult {
  records: number;
  customersTrue: number;
  customersStored: number;
  reviews: number;
  seconds: number;
  peakRssMiB: number;
  atMerge: { precision: number; recall: number; f1: number };
  atReview: { precision: number; recall: number; f1: number };
  load: Record<string, unknown>;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function writeRecords(file: string, records: number, seed: number): Map<string, string> {
  const entityOf = new Map<string, string>();
  const out = fs.openSync(file, 'w');
  let buffer: string[] = [];
  for (const { entity, ...record } of generateSourceRecords({ records, seed })) {
    entityOf.set(`${record.sourceSystem}\u0001${record.sourceId}`, entity);
    buffer.push(JSON.stringify(record));
    if (buffer.length === 10_000) {
      fs.writeSync(out, buffer.join('\n') + '\n');
      buffer = [];
    }
  }
  fs.writeSync(out, buffer.join('\n') + '\n');
  fs.closeSync(out);
  return entityOf;
}

/** Union-find over customer ids, joined by the reviews. */
function reviewClusters(reviews: { customer_id: string; candidate_customer_id: string }[]) {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(x, root);
    return root;
  };
  for (const review of reviews) {
    const a = find(review.customer_id);
    const b = find(review.candidate_customer_id);
    if (a !== b) parent.set(b, a);
  }
  return find;
}

/** Pairwise precision and recall of a grouping of records, counted without listing pairs. */
function pairwise(groupOf: (record: number) => string, entities: readonly string[]) {
  const sizes = new Map<string, number>();
  const overlap = new Map<string, number>();
  const truth = new Map<string, number>();
  entities.forEach((entity, r) => {
    const group = groupOf(r);
    sizes.set(group, (sizes.get(group) ?? 0) + 1);
    overlap.set(`${group}\u0001${entity}`, (overlap.get(`${group}\u0001${entity}`) ?? 0) + 1);
    truth.set(entity, (truth.get(entity) ?? 0) + 1);
  });
  const sum = (counts: Map<string, number>) => [...counts.values()].reduce((total, n) => total + pairs(n), 0);
  const truePositives = sum(overlap);
  const predicted = sum(sizes);
  const actual = sum(truth);
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = actual === 0 ? 1 : truePositives / actual;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function measureIdentityAtVolume(records: number, seed = 2026): VolumeResult {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-volume-'));
  try {
    const file = path.join(dir, 'records.jsonl');
    const entityOf = writeRecords(file, records, seed);
    const started = process.hrtime.bigint();
    const run = spawnSync(
      process.execPath,
      [
        '--require',
        require.resolve('tsx/cjs'),
        path.resolve(__dirname, '../../bin/ingest.ts'),
        '--mode',
        'bulk',
        '--file',
        file,
      ],
      {
        env: { ...process.env, DATA_DIR: path.join(dir, 'data'), DATABASE_URL: '', CUSTOMER_DATABASE_URL: '' },
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (run.status !== 0 && run.status !== 1) throw new Error(`ingest failed: ${run.stderr.slice(-2000)}`);
    const load = JSON.parse(run.stdout.trim().split('\n').pop() as string) as Record<string, unknown>;

    const db = new Database(path.join(dir, 'data', 'customer.sqlite'), { readonly: true });
    const stored = db.prepare('select source_system, source_id, customer_id from source_record').all() as {
      source_system: string;
      source_id: string;
      customer_id: string;
    }[];
    const reviews = db.prepare('select customer_id, candidate_customer_id from match_review').all() as {
      customer_id: string;
      candidate_customer_id: string;
    }[];
    const customersStored = (db.prepare('select count(*) as n from customer').get() as { n: number }).n;
    db.close();

    const entities = stored.map((row) => entityOf.get(`${row.source_system}\u0001${row.source_id}`) as string);
    const inReview = reviewClusters(reviews);
    return {
      records: stored.length,
      customersTrue: new Set(entityOf.values()).size,
      customersStored,
      reviews: reviews.length,
      seconds,
      peakRssMiB: load.peakRssMiB as number,
      atMerge: pairwise((r) => stored[r].customer_id, entities),
      atReview: pairwise((r) => inReview(stored[r].customer_id), entities),
      load,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const VOLUME_MEASURES = [
  'records',
  'true customers',
  'customers stored',
  'reviews',
  'seconds (CLI)',
  'peak RSS MiB',
  `P @${MATCH_CONFIGURATION.thresholds.autoMerge}`,
  `R @${MATCH_CONFIGURATION.thresholds.autoMerge}`,
  `F1 @${MATCH_CONFIGURATION.thresholds.autoMerge}`,
  `P @${MATCH_CONFIGURATION.thresholds.review}`,
  `R @${MATCH_CONFIGURATION.thresholds.review}`,
  `F1 @${MATCH_CONFIGURATION.thresholds.review}`,
];

export function volumeMeasures(result: VolumeResult): (string | number)[] {
  const f = (x: number) => x.toFixed(4);
  return [
    result.records,
    result.customersTrue,
    result.customersStored,
    result.reviews,
    result.seconds.toFixed(1),
    result.peakRssMiB,
    f(result.atMerge.precision),
    f(result.atMerge.recall),
    f(result.atMerge.f1),
    f(result.atReview.precision),
    f(result.atReview.recall),
    f(result.atReview.f1),
  ];
}

if (require.main === module) {
  const result = measureIdentityAtVolume(Number(process.argv[2] ?? 100_000));
  printTable(VOLUME_MEASURES, [volumeMeasures(result)]);
  console.log(JSON.stringify(result.load));
}
