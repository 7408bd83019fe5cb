import fs from 'node:fs';
import { once } from 'node:events';
import { generateSourceRecords } from '../lib/demo/sourceRecordGenerator';
import { parseArgs } from './args';

/**
 * `npm run generate -- --records 100000 --seed 7 --out records.jsonl`: realistic customer source
 * records from all five systems as JSON Lines, with the truth (which records are the same
 * customer) in `<out>.truth.csv`, to measure identity resolution at volume. Streams both files, so
 * a million records take no more memory than a thousand.
 */

/** Lines are written in chunks of this many records, to keep the number of writes down. */
const CHUNK = 1000;

/** Writes and waits for the stream to drain when its buffer is full. */
async function write(stream: fs.WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function close(stream: fs.WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

/** A CSV field, quoted when it holds a comma, quote or line break. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['records', 'seed', 'out']);
  const records = Number(args.records ?? 10_000);
  const seed = Number(args.seed ?? 1);
  if (!Number.isInteger(records) || records < 1 || records > 100_000_000)
    throw new Error('--records must be 1 to 100000000');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  if (!args.out) throw new Error('--out is required (the JSON Lines file to write)');
  const truthPath = `${args.out}.truth.csv`;

  const started = Date.now();
  const out = fs.createWriteStream(args.out, 'utf8');
  const truth = fs.createWriteStream(truthPath, 'utf8');
  await write(truth, 'sourceSystem,sourceId,entity\n');
  const entities = new Set<string>();
  let lines = '';
  let truthLines = '';
  let written = 0;
  for (const record of generateSourceRecords({ records, seed })) {
    const { sourceSystem, sourceId, version, verifiedAt, attributes, entity } = record;
    // Composed by hand, in the documented key order, rather than through one more object per record.
    lines += `{"sourceSystem":"${sourceSystem}","sourceId":${JSON.stringify(sourceId)},"version":${version},"verifiedAt":"${verifiedAt}","attributes":${JSON.stringify(attributes)}}\n`;
    truthLines += `${sourceSystem},${csvField(sourceId)},${entity}\n`;
    entities.add(entity);
    written += 1;
    if (written % CHUNK === 0) {
      await Promise.all([write(out, lines), write(truth, truthLines)]);
      lines = '';
      truthLines = '';
    }
  }
  await Promise.all([write(out, lines), write(truth, truthLines)]);
  await Promise.all([close(out), close(truth)]);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${written} records of ${entities.size} customers in ${seconds} s: ${args.out}, ${truthPath}`);
}

main().catch((error: Error) => {
  console.error(`generate: ${error.message}`);
  process.exit(2);
});
