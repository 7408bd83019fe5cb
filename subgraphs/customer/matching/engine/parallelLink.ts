/**
 * linkRecords on several threads, for large inputs: scoring the candidate pairs is most of the
 * work, and it splits. This thread prepares the records, builds the blocks and enumerates the
 * candidate pairs into chunks in shared memory; each worker (scoringWorker.ts) scores the chunks it
 * claims as soon as they are written, and this thread joins in once they all are. The result is
 * the one linkRecords gives: the same pairs, scored by the same functions, gathered in the order
 * they were enumerated and then sorted.
 *
 * A worker that fails costs time, not pairs: the chunks it claimed and did not answer are scored
 * here.
 */
import os from 'node:os';
import path from 'node:path';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { moduleWorker } from '../../../../lib/moduleWorker';
import { forEachCandidate } from './blocking';
import { compiled } from './compare';
import { linkRecords, linkResult, pairScoring, scoreChunk, setUpLink } from './link';
import type { LinkOptions, PairScoring } from './link';
import type { LinkResult, MatchConfiguration, MatchRecord, ScoredPair } from './types';

export interface ParallelLinkOptions extends LinkOptions {
  /**
   * Threads besides this one that score pairs. Default: one per further core, when there are at
   * least PARALLEL_FROM_RECORDS records (below that, starting a thread costs more than it saves).
   */
  workers?: number;
  /** The limits each worker runs under; default a 96 MiB young generation, for scoring's short-lived objects. */
  workerLimits?: ResourceLimits;
}

const PARALLEL_FROM_RECORDS = 20_000;
/** Pairs per chunk: small enough that threads finish together, large enough that claiming is rare. */
const CHUNK_PAIRS = 16_384;
const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 96 };

export interface ScoringWorkerData {
  left: RecordColumns;
  right: RecordColumns | undefined;
  config: MatchConfiguration;
  minScore: number;
  reasons: boolean;
  /** [0]: the next chunk to be claimed, by any thread. */
  claims: Int32Array;
}

/** A chunk of pairs (i, j, i, j, ...) to score, or how many chunks there are once all are written. */
export type ToScoringWorker = { chunk: number; pairs: Int32Array } | { total: number };
export type FromScoringWorker = { chunk: number; kept: ScoredPair[] } | { done: true };

function defaultWorkers(records: number): number {
  return records >= PARALLEL_FROM_RECORDS ? os.availableParallelism() - 1 : 0;
}

/**
 * Records as columns, holding only the fields scoring reads: what a worker is sent. A column of
 * strings costs far less to copy between threads than an object per record.
 */
export interface RecordColumns {
  ids: string[];
  fields: Record<string, (string | undefined)[]>;
}

function toColumns(records: readonly MatchRecord[], fields: readonly string[]): RecordColumns {
  return {
    ids: records.map((record) => record.id),
    fields: Object.fromEntries(fields.map((field) => [field, records.map((record) => record.fields[field])])),
  };
}

/** Record `r` of the columns, as the engine reads records. */
export function recordOf(columns: RecordColumns, r: number): MatchRecord {
  const fields: Record<string, string> = {};
  for (const field in columns.fields) {
    const value = columns.fields[field][r];
    if (value !== undefined) fields[field] = value;
  }
  return { id: columns.ids[r], fields };
}

/** Resolves when the worker is done or gone, whichever comes first; never rejects. */
function finished(worker: Worker, onChunk: (chunk: number, kept: ScoredPair[]) => void): Promise<void> {
  return new Promise((resolve) => {
    worker.on('message', (message: FromScoringWorker) => {
      if ('chunk' in message) onChunk(message.chunk, message.kept);
      else resolve();
    });
    worker.on('error', () => resolve());
    worker.on('exit', () => resolve());
  });
}

/** The workers, each with its copy of what scoring reads of the records (the copy is theirs alone). */
function startWorkers(
  workers: number,
  left: readonly MatchRecord[],
  right: readonly MatchRecord[] | undefined,
  config: MatchConfiguration,
  scoring: PairScoring,
  claims: Int32Array,
  resourceLimits: ResourceLimits,
): Worker[] {
  const { stringFields, dateFields, numberFields, nameFields } = scoring.compiledConfig;
  const fields = [...new Set([...stringFields, ...dateFields, ...numberFields, ...nameFields])];
  const workerData: ScoringWorkerData = {
    left: toColumns(left, fields),
    right: right && toColumns(right, fields),
    config,
    minScore: scoring.minScore,
    reasons: scoring.withLevels,
    claims,
  };
  return Array.from({ length: workers }, () =>
    moduleWorker(path.join(__dirname, `scoringWorker${path.extname(__filename)}`), {
      workerData,
      resourceLimits,
    }),
  );
}

/** linkRecords, with `workers` more threads scoring (see the module comment). */
export async function linkRecordsInParallel(
  left: readonly MatchRecord[],
  right: readonly MatchRecord[] | undefined,
  config: MatchConfiguration,
  options: ParallelLinkOptions = {},
): Promise<LinkResult> {
  const workers = options.workers ?? defaultWorkers(left.length + (right?.length ?? 0));
  if (workers <= 0) return linkRecords(left, right, config, options);
  const started = process.hrtime.bigint();

  const scoring = pairScoring(compiled(config), options);
  const claims = new Int32Array(new SharedArrayBuffer(4));
  const threads = startWorkers(workers, left, right, config, scoring, claims, {
    ...WORKER_LIMITS,
    ...options.workerLimits,
  });
  const kept: (ScoredPair[] | undefined)[] = [];
  const done = Promise.all(threads.map((thread) => finished(thread, (chunk, pairs) => (kept[chunk] = pairs))));
  try {
    const { preparedLeft, preparedRight, index, dedupe } = setUpLink(left, right, config, options);
    const chunks: Int32Array[] = [];
    let chunk = new Int32Array(new SharedArrayBuffer(CHUNK_PAIRS * 8));
    let filled = 0;
    const publish = () => {
      const pairs = chunk.subarray(0, filled);
      chunks.push(pairs);
      for (const thread of threads) thread.postMessage({ chunk: chunks.length - 1, pairs } satisfies ToScoringWorker);
      chunk = new Int32Array(new SharedArrayBuffer(CHUNK_PAIRS * 8));
      filled = 0;
    };
    let compared = 0;
    forEachCandidate(index, (i, j) => {
      if (dedupe && preparedLeft[i].id === preparedRight[j].id) return;
      compared++;
      chunk[filled++] = i;
      chunk[filled++] = j;
      if (filled === chunk.length) publish();
    });
    if (filled > 0) publish();
    for (const thread of threads) thread.postMessage({ total: chunks.length } satisfies ToScoringWorker);

    const score = (c: number) => (kept[c] = scoreChunk(chunks[c], preparedLeft, preparedRight, scoring));
    for (let c = Atomics.add(claims, 0, 1); c < chunks.length; c = Atomics.add(claims, 0, 1)) score(c);
    await done;
    for (let c = 0; c < chunks.length; c++) if (kept[c] === undefined) score(c);
    return linkResult((kept as ScoredPair[][]).flat(), index, compared, started);
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
}
