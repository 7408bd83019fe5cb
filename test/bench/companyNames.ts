import fs from 'node:fs';
import path from 'node:path';
import { detectScript, nameMatchDecision } from '../../subgraphs/customer/matching/names';
import { parseCsv } from '../../lib/csv';
import { MATCH_CONFIGURATION } from '../../subgraphs/customer/ingestion/matchConfiguration';

/**
 * Company-name matching on labelled pairs: opensanctions/nomenklatura's name_bench cases, the
 * rows whose schema is Company, Organization or LegalEntity (Person and Vessel rows are left
 * out). The file is read from ../shared/reference (next to the repository), never copied in.
 *
 * A false merge (predicted match, labelled no match) costs more than a missed match, so both
 * are reported apart from accuracy. `npx tsx test/bench/companyNames.ts` prints the table;
 * add `--errors` to list the pairs decided wrongly. test/unit/subgraphs/customer/matching/names/nameMatching.test.ts holds the
 * accuracy >= 0.95 floor.
 */

export const COMPANY_NAME_PAIRS = path.resolve(__dirname, '../../../shared/reference/company-name-pairs.csv');

const COMPANY_SCHEMAS = new Set(['Company', 'Organization', 'LegalEntity']);

export interface PairOutcome {
  name1: string;
  name2: string;
  expected: boolean;
  predicted: boolean;
  score: number;
  script: string;
  reasons: string[];
}

export interface CompanyNameEvaluation {
  rows: number;
  accuracy: number;
  /** Predicted match, labelled no match. */
  falseMerges: number;
  /** Predicted no match, labelled match. */
  missedMatches: number;
  /** Predicted match, labelled match. */
  foundMatches: number;
  /** By script of the pair: "Latn", "Cyrl", or "Cyrl+Latn" when the two names differ. */
  byScript: Record<string, { rows: number; accuracy: number }>;
  errors: PairOutcome[];
}

function pairScript(a: string, b: string): string {
  const x = detectScript(a);
  const y = detectScript(b);
  return x === y ? x : [x, y].sort().join('+');
}

export function evaluateCompanyNames(file = COMPANY_NAME_PAIRS, threshold?: number): CompanyNameEvaluation {
  const [header, ...records] = parseCsv(fs.readFileSync(file, 'utf8'));
  const column = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${file}: no column ${name}`);
    return index;
  };
  const schema = column('schema');
  const name1 = column('name1');
  const name2 = column('name2');
  const isMatch = column('is_match');
  let rows = 0;
  let correct = 0;
  let falseMerges = 0;
  let missedMatches = 0;
  let foundMatches = 0;
  const scripts = new Map<string, { rows: number; correct: number }>();
  const errors: PairOutcome[] = [];
  for (const record of records) {
    if (!COMPANY_SCHEMAS.has(record[schema])) continue;
    const expected = record[isMatch].trim().toLowerCase() === 'true';
    const decision = nameMatchDecision(record[name1], record[name2], threshold);
    const script = pairScript(record[name1], record[name2]);
    const bucket = scripts.get(script) ?? { rows: 0, correct: 0 };
    scripts.set(script, bucket);
    rows++;
    bucket.rows++;
    if (decision.match === expected) {
      if (expected) foundMatches++;
      correct++;
      bucket.correct++;
      continue;
    }
    if (decision.match) falseMerges++;
    else missedMatches++;
    errors.push({
      name1: record[name1],
      name2: record[name2],
      expected,
      predicted: decision.match,
      score: decision.score,
      script,
      reasons: decision.reasons,
    });
  }
  const byScript: Record<string, { rows: number; accuracy: number }> = {};
  for (const [script, bucket] of [...scripts].sort((x, y) => y[1].rows - x[1].rows)) {
    byScript[script] = { rows: bucket.rows, accuracy: bucket.correct / bucket.rows };
  }
  return { rows, accuracy: rows ? correct / rows : 0, falseMerges, missedMatches, foundMatches, byScript, errors };
}

if (require.main === module) {
  if (!fs.existsSync(COMPANY_NAME_PAIRS)) {
    console.error(`missing ${COMPANY_NAME_PAIRS}`);
    process.exit(1);
  }
  const started = process.hrtime.bigint();
  const result = evaluateCompanyNames();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`company-name pairs: ${result.rows} rows in ${ms.toFixed(0)} ms`);
  console.log(`accuracy        ${pct(result.accuracy)}`);
  console.log(`false merges    ${result.falseMerges}`);
  console.log(`missed matches  ${result.missedMatches}`);
  console.log('');
  // Where a pair lands under the match configuration: merged at autoMerge, reviewed at review.
  console.log('threshold         precision  recall');
  for (const [label, threshold] of Object.entries(MATCH_CONFIGURATION.thresholds)) {
    const at = evaluateCompanyNames(COMPANY_NAME_PAIRS, threshold);
    const precision = at.foundMatches / (at.foundMatches + at.falseMerges);
    const recall = at.foundMatches / (at.foundMatches + at.missedMatches);
    console.log(`${`${label} ${threshold}`.padEnd(16)} ${pct(precision).padStart(10)} ${pct(recall).padStart(7)}`);
  }
  console.log('');
  console.log('script          rows  accuracy');
  for (const [script, { rows, accuracy }] of Object.entries(result.byScript)) {
    console.log(`${script.padEnd(14)} ${String(rows).padStart(5)}  ${pct(accuracy).padStart(8)}`);
  }
  if (process.argv.includes('--errors')) {
    console.log('');
    for (const e of result.errors) {
      console.log(`${e.predicted ? 'FALSE MERGE ' : 'MISSED      '} ${e.score.toFixed(3)}  ${e.name1}  |  ${e.name2}`);
      console.log(`             ${e.reasons.join('; ')}`);
    }
  }
}
