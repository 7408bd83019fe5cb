import fs from 'node:fs';
import { generateSourceRecords } from './lib/demo/sourceRecordGenerator';
const n = Number(process.argv[2]); const out = process.argv[3];
const lines: string[] = []; const truth: string[] = ['sourceSystem,sourceId,entity'];
for (const r of generateSourceRecords({ records: n, seed: 7 })) { const { entity, ...rest } = r; lines.push(JSON.stringify(rest)); truth.push(`${r.sourceSystem},${r.sourceId},${entity}`); }
fs.writeFileSync(out, lines.join('\n') + '\n'); fs.writeFileSync(out + '.truth.csv', truth.join('\n') + '\n');
