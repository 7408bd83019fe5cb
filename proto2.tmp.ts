import { generateSourceRecords } from './lib/demo/sourceRecordGenerator';
import { mapRecord } from './subgraphs/customer/ingestion/mapRecord';
import { sourceLinkageRecord } from './subgraphs/customer/ingestion/linkageRecords';
import { MATCH_CONFIGURATION } from './subgraphs/customer/ingestion/matchConfiguration';
import { linkRecords } from './subgraphs/customer/matching/engine';
const n = Number(process.argv[2] ?? 20000);
const entity: string[] = []; const records = [];
for (const r of generateSourceRecords({ records: n, seed: 7 })) {
  const m = mapRecord(r.sourceSystem, r.attributes);
  if (m.problems.length) continue;
  records.push(sourceLinkageRecord(String(records.length), m.attributes)); entity.push(r.entity);
}
const { pairs, stats } = linkRecords(records, undefined, MATCH_CONFIGURATION);
console.log(JSON.stringify(stats.byRule));
const fp = pairs.filter((p) => p.decision === 'MATCH' && entity[+p.left] !== entity[+p.right]);
const tp = pairs.filter((p) => p.decision === 'MATCH' && entity[+p.left] === entity[+p.right]);
console.log('match pairs', tp.length, 'false', fp.length);
const byRule = new Map<string, number>(); for (const p of fp) byRule.set(p.rule ?? '-', (byRule.get(p.rule ?? '-') ?? 0) + 1);
console.log([...byRule]);
for (const p of fp.slice(0, 12)) console.log(p.score.toFixed(2), p.rule, JSON.stringify(records[+p.left].fields), '\n   ', JSON.stringify(records[+p.right].fields), entity[+p.left], entity[+p.right]);
