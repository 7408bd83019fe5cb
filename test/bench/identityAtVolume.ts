import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../lib/config';
import { createLogger } from '../../lib/logger';
import { customerSubgraph } from '../../subgraphs/customer';
import { openSubgraphDatabase } from '../../subgraphs/kit/subgraph';
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
 * - at the review threshold, also when a review puts their two customers before a steward.
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
  atMerge: Quality;
  atReview: Quality;
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

interface Quality {
  precision: number;
  recall: number;
  f1: number;
}

function quality(truePositives: number, predicted: number, actual: number): Quality {
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = actual === 0 ? 1 : truePositives / actual;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/**
 * Pairwise precision and recall, counted without listing pairs. At the merge threshold a pair is
 * predicted when both records are linked to one customer; at the review threshold also when a
 * review puts their two customers before a steward (each review once, not its chains).
 */
function pairwise(
  stored: readonly { customer_id: string; entity: string }[],
  reviews: readonly { customer_id: string; candidate_customer_id: string }[],
): { atMerge: Quality; atReview: Quality } {
  const sizes = new Map<string, number>();
  const byCustomer = new Map<string, Map<string, number>>();
  const truth = new Map<string, number>();
  for (const { customer_id: customer, entity } of stored) {
    sizes.set(customer, (sizes.get(customer) ?? 0) + 1);
    const entities = byCustomer.get(customer) ?? new Map<string, number>();
    entities.set(entity, (entities.get(entity) ?? 0) + 1);
    byCustomer.set(customer, entities);
    truth.set(entity, (truth.get(entity) ?? 0) + 1);
  }
  const sum = (counts: Iterable<number>) => [...counts].reduce((total, n) => total + pairs(n), 0);
  const actual = sum(truth.values());
  const predicted = sum(sizes.values());
  let truePositives = 0;
  for (const entities of byCustomer.values()) truePositives += sum(entities.values());
  const atMerge = quality(truePositives, predicted, actual);

  let reviewedPairs = 0;
  let reviewedTrue = 0;
  const seen = new Set<string>();
  for (const { customer_id: a, candidate_customer_id: b } of reviews) {
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    reviewedPairs += (sizes.get(a) ?? 0) * (sizes.get(b) ?? 0);
    const other = byCustomer.get(b);
    for (const [entity, n] of byCustomer.get(a) ?? []) reviewedTrue += n * (other?.get(entity) ?? 0);
  }
  return { atMerge, atReview: quality(truePositives + reviewedTrue, predicted + reviewedPairs, actual) };
}

export async function measureIdentityAtVolume(records: number, seed = 2026): Promise<VolumeResult> {
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

    const database = await openSubgraphDatabase(
      customerSubgraph,
      loadConfig({ DATA_DIR: path.join(dir, 'data') }),
      createLogger('bench', 'warn'),
    );
    const connection = database.fork().getConnection();
    const stored: { source_system: string; source_id: string; customer_id: string }[] = await connection.execute(
      'select source_system, source_id, customer_id from source_record',
    );
    const reviews: { customer_id: string; candidate_customer_id: string }[] = await connection.execute(
      'select customer_id, candidate_customer_id from match_review',
    );
    const [{ n: customersStored }]: { n: number }[] = await connection.execute('select count(*) as n from customer');
    await database.close();

    const withTruth = stored.map((row) => ({
      customer_id: row.customer_id,
      entity: entityOf.get(`${row.source_system}\u0001${row.source_id}`) as string,
    }));
    return {
      records: stored.length,
      customersTrue: new Set(entityOf.values()).size,
      customersStored,
      reviews: reviews.length,
      seconds,
      peakRssMiB: load.peakRssMiB as number,
      ...pairwise(withTruth, reviews),
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
  void measureIdentityAtVolume(Number(process.argv[2] ?? 100_000)).then((result) => {
    printTable(VOLUME_MEASURES, [volumeMeasures(result)]);
    console.log(JSON.stringify(result.load));
  });
}
