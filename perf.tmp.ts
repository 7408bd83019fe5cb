import fs from 'node:fs';
import { parseCsv, COMPANY_NAME_PAIRS } from './test/bench/companyNames';
import { normaliseName, nameSimilarity } from './subgraphs/customer/matching/names';
const [, ...rs] = parseCsv(fs.readFileSync(COMPANY_NAME_PAIRS, 'utf8'));
const pairs = rs.map(r => [normaliseName(r[2]), normaliseName(r[3])] as const);
let t = process.hrtime.bigint(); let s = 0;
const N = 2_000_000;
for (let i = 0; i < N; i++) { const [a, b] = pairs[i % pairs.length]; s += nameSimilarity(a, b).score; }
let ms = Number(process.hrtime.bigint() - t) / 1e6;
console.log(`${N} nameSimilarity calls on ${pairs.length} pairs: ${ms.toFixed(0)} ms, ${(ms*1000/N).toFixed(2)} us/call`, s > 0);
// unrelated random pairs
t = process.hrtime.bigint();
for (let i = 0; i < N; i++) { const a = pairs[i % pairs.length][0]; const b = pairs[(i * 7919) % pairs.length][1]; s += nameSimilarity(a, b).score; }
ms = Number(process.hrtime.bigint() - t) / 1e6;
console.log(`${N} random pairs: ${(ms*1000/N).toFixed(2)} us/call`);
t = process.hrtime.bigint();
for (let i = 0; i < 200000; i++) normaliseName(rs[i % rs.length][2]);
ms = Number(process.hrtime.bigint() - t) / 1e6;
console.log(`normaliseName: ${(ms*1000/200000).toFixed(2)} us/call`);
