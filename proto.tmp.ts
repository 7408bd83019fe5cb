import { generateSourceRecords } from './lib/demo/sourceRecordGenerator';
import { mapRecord } from './subgraphs/customer/ingestion/mapRecord';
import { sourceLinkageRecord } from './subgraphs/customer/ingestion/linkageRecords';
import { MATCH_CONFIGURATION } from './subgraphs/customer/ingestion/matchConfiguration';
import { linkRecords, clusters, pairKey, precisionRecallF1 } from './subgraphs/customer/matching/engine';
const n = Number(process.argv[2] ?? 100000);

const t0 = Date.now();
const entity: string[] = []; const records = [];
for (const r of generateSourceRecords({ records: n, seed: 7 })) {
  const m = mapRecord(r.sourceSystem, r.attributes);
  if (m.problems.length) continue;
  records.push(sourceLinkageRecord(String(records.length), m.attributes)); entity.push(r.entity);
}
const t1 = Date.now(); console.log('generate+map', (t1 - t0) / 1000, 's');
const { pairs, stats } = linkRecords(records, undefined, MATCH_CONFIGURATION);
const t2 = Date.now(); console.log('link', (t2 - t1) / 1000, 's', JSON.stringify(stats));
const truth = new Set<string>(); const byE = new Map<string, string[]>();
entity.forEach((e, i) => byE.set(e, [...(byE.get(e) ?? []), String(i)]));
for (const ids of byE.values()) for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) truth.add(pairKey(ids[i], ids[j]));
for (const [name, th] of [['merge', MATCH_CONFIGURATION.thresholds.autoMerge], ['review', MATCH_CONFIGURATION.thresholds.review]] as const) {
  const kept = pairs.filter((p) => (name === 'merge' ? p.decision === 'MATCH' : p.decision !== 'NO_MATCH'));
  const groups = clusters(kept.map((p) => ({ ...p, score: 1 })), 1);
  const predicted = new Set<string>();
  for (const g of groups) for (let i = 0; i < g.length; i++) for (let j = i + 1; j < g.length; j++) predicted.add(pairKey(g[i], g[j]));
  const q = precisionRecallF1(predicted, truth);
  console.log(name, th, 'P', q.precision.toFixed(4), 'R', q.recall.toFixed(4), 'F1', q.f1.toFixed(4));
}
console.log("peak RSS MiB", Math.round(process.resourceUsage().maxRSS / 1024), 'total s', (Date.now() - t0) / 1000);
