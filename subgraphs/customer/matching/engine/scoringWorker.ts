/**
 * A thread that scores candidate pairs for parallelLink.ts. It prepares its own copy of the records
 * (prepared records hold normalised names, which cannot be shared between threads) and keeps only
 * that, then takes chunks of pairs by claiming the next chunk number from a counter shared with
 * every scoring thread, and answers the pairs it kept, chunk by chunk.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { forgetCompanyNames } from './companyNames';
import { compiled, prepareRecord, type PreparedRecord } from './compare';
import { pairScoring, scoreChunk } from './link';
import {
  recordOf,
  type FromScoringWorker,
  type RecordColumns,
  type ScoringWorkerData,
  type ToScoringWorker,
} from './parallelLink';

const data = workerData as ScoringWorkerData;
const { config, claims } = data;
const compiledConfig = compiled(config);
const scoring = pairScoring(compiledConfig, data);
const prepared = (columns: RecordColumns) =>
  columns.ids.map((_, r) => prepareRecord(recordOf(columns, r), compiledConfig));
const preparedLeft = prepared(data.left);
const preparedRight: PreparedRecord[] = data.right === undefined ? preparedLeft : prepared(data.right);
// Memory is what limits a load of millions: once prepared, the records and the caches that
// normalised their names are of no further use here.
data.left = { ids: [], fields: {} };
data.right = undefined;
forgetCompanyNames();

const port = parentPort as NonNullable<typeof parentPort>;
const send = (message: FromScoringWorker) => port.postMessage(message);
const chunks: Int32Array[] = [];
let total: number | undefined;
/** The chunk this thread claimed and waits for (its pairs are still being enumerated). */
let claimed: number | undefined;

function work(): void {
  for (;;) {
    claimed ??= Atomics.add(claims, 0, 1);
    if (total !== undefined && claimed >= total) {
      send({ done: true });
      port.close();
      return;
    }
    const pairs = chunks[claimed];
    if (pairs === undefined) return;
    const kept = scoreChunk(pairs, preparedLeft, preparedRight, scoring);
    send({ chunk: claimed, kept });
    claimed = undefined;
  }
}

port.on('message', (message: ToScoringWorker) => {
  if ('total' in message) total = message.total;
  else chunks[message.chunk] = message.pairs;
  work();
});
