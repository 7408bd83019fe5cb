import { generateSourceRecords } from '../../../../../../lib/demo/sourceRecordGenerator';
import { sourceLinkageRecord } from '../../../../../../subgraphs/customer/ingestion/linkageRecords';
import { mapRecord } from '../../../../../../subgraphs/customer/ingestion/mapRecord';
import { MATCH_CONFIGURATION } from '../../../../../../subgraphs/customer/ingestion/matchConfiguration';
import { moduleWorker } from '../../../../../../lib/moduleWorker';
import {
  buildBlockIndex,
  compiled,
  forEachCandidate,
  linkRecords,
  linkRecordsInParallel,
  prepareRecord,
  type MatchRecord,
} from '../../../../../../subgraphs/customer/matching/engine';
import { pairScoring, scoreCandidate } from '../../../../../../subgraphs/customer/matching/engine/link';
import type {
  FromScoringWorker,
  ScoringWorkerData,
  ToScoringWorker,
} from '../../../../../../subgraphs/customer/matching/engine/parallelLink';

/**
 * Scoring on several threads gives exactly what scoring on one gives: the same pairs, scores,
 * reasons and order, whether de-duplicating or linking, however the chunks fell to the threads.
 */

const records: MatchRecord[] = [...generateSourceRecords({ records: 5000, seed: 7 })].map((record, r) => ({
  ...sourceLinkageRecord(`r${r}`, mapRecord(record.sourceSystem, record.attributes).attributes),
}));

describe('linkRecordsInParallel', () => {
  it('de-duplicates as linkRecords does, over many chunks and two workers', async () => {
    const alone = linkRecords(records, undefined, MATCH_CONFIGURATION);
    const together = await linkRecordsInParallel(records, undefined, MATCH_CONFIGURATION, { workers: 2 });
    expect(alone.stats.compared).toBeGreaterThan(50_000);
    expect(alone.pairs.length).toBeGreaterThan(1000);
    expect(together.pairs).toEqual(alone.pairs);
    expect({ ...together.stats, seconds: 0 }).toEqual({ ...alone.stats, seconds: 0 });
  });

  it('links two sets as linkRecords does, keeping scores down to the one asked for, without reasons', async () => {
    const [left, right] = [records.slice(0, 2500), records.slice(2500)];
    const options = { minScore: 0.5, reasons: false };
    const alone = linkRecords(left, right, MATCH_CONFIGURATION, options);
    const together = await linkRecordsInParallel(left, right, MATCH_CONFIGURATION, { ...options, workers: 1 });
    expect(together.pairs.some((pair) => pair.score < MATCH_CONFIGURATION.thresholds.review)).toBe(true);
    expect(together.pairs).toEqual(alone.pairs);
  });

  it('scores here what a worker that failed did not answer: a worker out of memory costs time, not pairs', async () => {
    const some = records.slice(0, 3000);
    const starved = await linkRecordsInParallel(some, undefined, MATCH_CONFIGURATION, {
      workers: 1,
      workerLimits: { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 },
    });
    expect(starved.pairs).toEqual(linkRecords(some, undefined, MATCH_CONFIGURATION).pairs);
  });

  it('scores on this thread alone below the size where a worker pays off', async () => {
    const few = records.slice(0, 300);
    expect((await linkRecordsInParallel(few, undefined, MATCH_CONFIGURATION)).pairs).toEqual(
      linkRecords(few, undefined, MATCH_CONFIGURATION).pairs,
    );
  });
});

/** Every field of the records, as columns. */
function columnsOf(few: readonly MatchRecord[]): Record<string, (string | undefined)[]> {
  const fields = [...new Set(few.flatMap((record) => Object.keys(record.fields)))];
  return Object.fromEntries(fields.map((field) => [field, few.map((record) => record.fields[field])]));
}

describe('the scoring worker', () => {
  it('scores the chunks it claims, waiting for chunks not yet written, and stops at the last', async () => {
    const few = records.slice(0, 1500);
    const compiledConfig = compiled(MATCH_CONFIGURATION);
    const prepared = few.map((record) => prepareRecord(record, compiledConfig));
    const scoring = pairScoring(compiledConfig, {});
    const pairs: number[] = [];
    forEachCandidate(buildBlockIndex(few, undefined, MATCH_CONFIGURATION.blocking), (i, j) => pairs.push(i, j));
    const half = pairs.length / 2 - ((pairs.length / 2) % 2);
    const chunks = [pairs.slice(0, half), pairs.slice(half)].map((chunk) => {
      const shared = new Int32Array(new SharedArrayBuffer(chunk.length * 4));
      shared.set(chunk);
      return shared;
    });
    const claims = new Int32Array(new SharedArrayBuffer(4));
    const workerData: ScoringWorkerData = {
      left: { ids: few.map((record) => record.id), fields: columnsOf(few) },
      right: undefined,
      config: MATCH_CONFIGURATION,
      minScore: scoring.minScore,
      reasons: true,
      claims,
    };
    const worker = moduleWorker(require.resolve('../../../../../../subgraphs/customer/matching/engine/scoringWorker'), {
      workerData,
    });
    const answers: FromScoringWorker[] = [];
    const done = new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromScoringWorker) => {
        answers.push(message);
        if ('done' in message) resolve();
      });
      worker.on('error', reject);
    });
    worker.postMessage({ chunk: 1, pairs: chunks[1] } satisfies ToScoringWorker);
    worker.postMessage({ chunk: 0, pairs: chunks[0] } satisfies ToScoringWorker);
    worker.postMessage({ total: 2 } satisfies ToScoringWorker);
    await done;
    await worker.terminate();

    const expected = chunks.map((chunk) => {
      const kept = [];
      for (let p = 0; p < chunk.length; p += 2) {
        const pair = scoreCandidate(prepared[chunk[p]], prepared[chunk[p + 1]], scoring);
        if (pair) kept.push(pair);
      }
      return kept;
    });
    expect(expected[0].length + expected[1].length).toBeGreaterThan(50);
    expect(answers).toEqual([{ chunk: 0, kept: expected[0] }, { chunk: 1, kept: expected[1] }, { done: true }]);
    expect(claims[0]).toBe(3);
  });
});
