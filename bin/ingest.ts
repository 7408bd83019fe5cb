import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../lib/config';
import { SOURCE_SYSTEMS, type SourceSystem } from '../lib/sourceSystems';
import { createLogger } from '../lib/logger';
import { customerSubgraph } from '../subgraphs/customer';
import { ingestBatch } from '../subgraphs/customer/ingestion/ingestBatch';
import { activeMatchConfiguration } from '../subgraphs/customer/ingestion/matchConfigurations';
import { readCsv, readJsonLines } from '../subgraphs/customer/ingestion/readRecords';
import { openSubgraphDatabase } from '../subgraphs/kit/subgraph';
import { parseArgs } from './args';

/**
 * `npm run ingest -- --source CRM --file records.jsonl|.csv [--batch-size 1000]`: bulk load into
 * the customer database. Each chunk is one batch named after the file and its position, so running
 * the same file again changes nothing (batches are idempotent) and an interrupted load resumes.
 */

function progressBar(done: number, total: number, started: number): string {
  const width = 30;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
  return `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} records, ${Math.round(rate)}/s`;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), ['source', 'file', 'batch-size']);
  const source = (args.source ?? '').toUpperCase() as SourceSystem;
  if (!SOURCE_SYSTEMS.includes(source)) throw new Error(`--source must be one of ${SOURCE_SYSTEMS.join(', ')}`);
  if (!args.file) throw new Error('--file is required (.jsonl or .csv)');
  const batchSize = Number(args['batch-size'] ?? 1000);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000)
    throw new Error('--batch-size must be 1 to 10000');
  const text = fs.readFileSync(args.file, 'utf8');
  const read = args.file.endsWith('.csv') ? readCsv(text) : readJsonLines(text);
  for (const problem of read.problems) console.error(`line ${problem.line}: ${problem.reason}`);

  const config = loadConfig();
  const database = await openSubgraphDatabase(customerSubgraph, config, createLogger('ingest', 'warn'));
  const totals = { accepted: 0, unchanged: 0, created: 0, merged: 0, queuedForReview: 0, rejected: 0 };
  const started = Date.now();
  const name = path.basename(args.file);
  const configuration = await activeMatchConfiguration(database.fork());
  try {
    for (let start = 0; start < read.records.length; start += batchSize) {
      const result = await ingestBatch(
        database.fork(),
        {
          batchId: `${source}:${name}:${start / batchSize + 1}`,
          sourceSystem: source,
          records: read.records.slice(start, start + batchSize),
        },
        { actor: `cli:${process.env.USER ?? 'unknown'}`, configuration },
      );
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += result[key];
      for (const rejection of result.rejections)
        console.error(`\n${rejection.sourceId}: ${rejection.reasons.join('; ')}`);
      process.stderr.write(
        `\r${progressBar(Math.min(start + batchSize, read.records.length), read.records.length, started)}`,
      );
    }
  } finally {
    await database.close();
  }
  process.stderr.write('\n');
  console.log(`${source} ${name}: ${JSON.stringify(totals)}, ${read.problems.length} unreadable lines`);
  return read.problems.length > 0 || totals.rejected > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`ingest: ${error.message}`);
    process.exit(2);
  },
);
