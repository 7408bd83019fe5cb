import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { loadConfig } from '../lib/config';
import { SOURCE_SYSTEMS, type SourceSystem } from '../lib/sourceSystems';
import { createLogger } from '../lib/logger';
import { customerSubgraph } from '../subgraphs/customer';
import { bulkLoad, type BulkRecord } from '../subgraphs/customer/ingestion/bulkLoad';
import { ingestBatch } from '../subgraphs/customer/ingestion/ingestBatch';
import { activeMatchConfiguration } from '../subgraphs/customer/ingestion/matchConfigurations';
import { readCsv, readJsonLine, readJsonLines, type ReadResult } from '../subgraphs/customer/ingestion/readRecords';
import type { Database } from '../subgraphs/kit/database';
import { openSubgraphDatabase } from '../subgraphs/kit/subgraph';
import { parseArgs } from './args';

/**
 * `npm run ingest -- --source CRM --file records.jsonl|.csv [--batch-size 1000]`: loads a source's
 * records into the customer database in batches, as ingestSourceRecords does. Each chunk is one
 * batch named after the file and its position, so running the same file again changes nothing
 * (batches are idempotent) and an interrupted load resumes.
 *
 * `npm run ingest -- --mode bulk --file records.jsonl [--source CRM]`: resolves a whole file at once
 * (bulkLoad.ts), for initial loads of up to millions of records from several systems: each line names
 * its `sourceSystem` (or --source does). Records already stored are left alone, so a load run again
 * or resumed stores each record once. Prints one JSON summary line.
 */

/**
 * V8 options a bulk load runs with. Resolving a million records makes short-lived objects by the
 * billion; a 64 MiB young generation (V8's default is 16) lets far fewer of them reach the old
 * generation, whose collections are what costs. V8 reads them only at start, so the CLI starts
 * itself again with them.
 */
const BULK_V8_FLAGS = ['--max-semi-space-size=64'];

/** The exit code of this CLI run again with the bulk flags; undefined when it already has them. */
function rerunWithBulkFlags(): number | undefined {
  if (BULK_V8_FLAGS.every((flag) => process.execArgv.includes(flag))) return undefined;
  const run = spawnSync(process.execPath, [...process.execArgv, ...BULK_V8_FLAGS, ...process.argv.slice(1)], {
    stdio: 'inherit',
  });
  return run.status ?? 2;
}

const actor = () => `cli:${process.env.USER ?? 'unknown'}`;

function progressBar(done: number, total: number, started: number): string {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} records, ${Math.round(rate)}/s`;
}

function sourceSystemOf(name: string | undefined): SourceSystem | undefined {
  const upper = name?.toUpperCase() as SourceSystem | undefined;
  return upper && SOURCE_SYSTEMS.includes(upper) ? upper : undefined;
}

async function runBatches(database: Database, file: string, source: SourceSystem, batchSize: number) {
  const text = fs.readFileSync(file, 'utf8');
  const read = file.endsWith('.csv') ? readCsv(text) : readJsonLines(text);
  const records = read.records.filter((record, i) => {
    if (record.sourceSystem === undefined || sourceSystemOf(record.sourceSystem) === source) return true;
    read.problems.push({ line: i + 1, reason: `names source system ${record.sourceSystem}, not ${source}` });
    return false;
  });
  for (const problem of read.problems) console.error(`line ${problem.line}: ${problem.reason}`);
  const totals = { accepted: 0, unchanged: 0, created: 0, merged: 0, queuedForReview: 0, rejected: 0 };
  const started = Date.now();
  const name = path.basename(file);
  const configuration = await activeMatchConfiguration(database.fork());
  for (let start = 0; start < records.length; start += batchSize) {
    const result = await ingestBatch(
      database.fork(),
      {
        batchId: `${source}:${name}:${start / batchSize + 1}`,
        sourceSystem: source,
        records: records.slice(start, start + batchSize),
      },
      { actor: actor(), configuration },
    );
    for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += result[key];
    for (const rejection of result.rejections)
      console.error(`\n${rejection.sourceId}: ${rejection.reasons.join('; ')}`);
    process.stderr.write(`\r${progressBar(Math.min(start + batchSize, records.length), records.length, started)}`);
  }
  process.stderr.write('\n');
  console.log(`${source} ${name}: ${JSON.stringify(totals)}, ${read.problems.length} unreadable lines`);
  return read.problems.length > 0 || totals.rejected > 0 ? 1 : 0;
}

/** The file's records a line at a time: a million records never sit in memory as one text. */
async function* readBulkFile(
  file: string,
  source: SourceSystem | undefined,
  problems: ReadResult['problems'],
): AsyncGenerator<BulkRecord> {
  let line = 0;
  for await (const raw of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
    line += 1;
    const record = readJsonLine(raw, line, problems);
    if (!record) continue;
    const system = record.sourceSystem === undefined ? source : sourceSystemOf(record.sourceSystem);
    if (!system) {
      problems.push({ line, reason: `source system must be one of ${SOURCE_SYSTEMS.join(', ')}` });
      continue;
    }
    yield { ...record, sourceSystem: system, verifiedAt: record.verifiedAt ?? null };
  }
}

async function runBulk(database: Database, file: string, source: SourceSystem | undefined) {
  const started = process.hrtime.bigint();
  const problems: ReadResult['problems'] = [];
  const result = await bulkLoad(database.fork(), readBulkFile(file, source, problems), {
    actor: actor(),
    batchId: `bulk:${path.basename(file)}:${new Date().toISOString()}`,
    configuration: await activeMatchConfiguration(database.fork()),
  });
  for (const problem of problems.slice(0, 100)) console.error(`line ${problem.line}: ${problem.reason}`);
  for (const rejection of result.rejected.slice(0, 100))
    console.error(`${rejection.sourceSystem} ${rejection.sourceId}: ${rejection.reasons.join('; ')}`);
  const { rejected, ...counts } = result;
  console.log(
    JSON.stringify({
      ...counts,
      rejected: rejected.length,
      unreadableLines: problems.length,
      seconds: { ...result.seconds, total: Number(process.hrtime.bigint() - started) / 1e9 },
      peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
  return problems.length > 0 || rejected.length > 0 ? 1 : 0;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['source', 'file', 'batch-size', 'mode']);
  const mode = args.mode ?? 'batch';
  if (mode !== 'batch' && mode !== 'bulk') throw new Error('--mode must be batch or bulk');
  const source = sourceSystemOf(args.source);
  if (args.source !== undefined && !source) throw new Error(`--source must be one of ${SOURCE_SYSTEMS.join(', ')}`);
  if (mode === 'batch' && !source) throw new Error(`--source must be one of ${SOURCE_SYSTEMS.join(', ')}`);
  if (!args.file) throw new Error('--file is required (.jsonl, or .csv in batch mode)');
  if (mode === 'bulk' && args.file.endsWith('.csv')) throw new Error('bulk mode reads JSON Lines');
  const batchSize = Number(args['batch-size'] ?? 1000);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    throw new Error('--batch-size must be 1 to 10000');

  if (mode === 'bulk') {
    const code = rerunWithBulkFlags();
    if (code !== undefined) return code;
  }

  const config = loadConfig();
  const database = await openSubgraphDatabase(customerSubgraph, config, createLogger('ingest', 'warn'));
  try {
    await customerSubgraph.prepare?.(database);
    return mode === 'bulk'
      ? await runBulk(database, args.file, source)
      : await runBatches(database, args.file, source as SourceSystem, batchSize);
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`ingest: ${error.message}`);
    process.exit(2);
  },
);
