import { isIsoDate } from '../../../lib/calendar';
import { SOURCE_SYSTEMS, type SourceSystem } from '../../../lib/sourceSystems';
import { isCreditScore } from '../../../policies/creditLimits';
import type { RawScoreRecord, ScoreProblem } from './scoreSource';

/**
 * The checks every credit score row passes before anything of its delivery is applied. A problem
 * names the line and the rule it breaks, never the line's values: a score is classified, and the
 * reasons travel to job records and the exception queue, which other roles read.
 */

export type CustomerRef = { customerId: string } | { sourceSystem: SourceSystem; sourceId: string };

export interface ScoreRow {
  line: number;
  ref: CustomerRef;
  score: number;
  asOf: string;
  vendorReference: string;
}

/** A row with the customer it is for (the survivor, where its customer was merged). */
export type AssignedScoreRow = ScoreRow & { customerId: string };

const MAX_REFERENCE = 100;

function refOf(record: RawScoreRecord): CustomerRef | string {
  if (record.customerId !== '' && record.sourceId !== '')
    return 'names its customer twice: customerId or sourceId, not both';
  if (record.customerId !== '') return { customerId: record.customerId };
  if (record.sourceId === '') return 'names no customer: customerId or sourceId is needed';
  const system = record.sourceSystem === '' ? 'RISK' : record.sourceSystem.toUpperCase();
  const known = SOURCE_SYSTEMS.find((candidate) => candidate === system);
  return known
    ? { sourceSystem: known, sourceId: record.sourceId }
    : `sourceSystem must be one of ${SOURCE_SYSTEMS.join(', ')}`;
}

/** Each record checked on its own; `today` bounds the as-of date. */
export function checkScoreRecords(
  records: readonly RawScoreRecord[],
  today: string,
): { rows: ScoreRow[]; problems: ScoreProblem[] } {
  const rows: ScoreRow[] = [];
  const problems: ScoreProblem[] = [];
  for (const record of records) {
    const { line } = record;
    const reasons: string[] = [];
    const ref = refOf(record);
    if (typeof ref === 'string') reasons.push(ref);
    const score = /^\d{1,3}$/.test(record.score) ? Number(record.score) : NaN;
    if (!isCreditScore(score)) reasons.push('score must be a whole number from 1 to 100');
    if (!isIsoDate(record.asOf)) reasons.push('asOf must be a date like 2026-12-01');
    else if (record.asOf > today) reasons.push('asOf is later than today');
    if (record.vendorReference === '') reasons.push('vendorReference is missing');
    else if (record.vendorReference.length > MAX_REFERENCE)
      reasons.push(`vendorReference is longer than ${MAX_REFERENCE} characters`);
    if (reasons.length > 0 || typeof ref === 'string') {
      problems.push(...reasons.map((reason) => ({ line, reason })));
      continue;
    }
    rows.push({ line, ref, score, asOf: record.asOf, vendorReference: record.vendorReference });
  }
  return { rows, problems };
}

/** How a row names its customer, in a problem: the id it gave is no classified value. */
export function describeRef(ref: CustomerRef): string {
  return 'customerId' in ref ? `customer ${ref.customerId}` : `${ref.sourceSystem} record ${ref.sourceId}`;
}

/**
 * Rows given the customer each is for (`customerOf` answers undefined for one not on file): a row
 * whose customer is unknown, or that scores a customer another row of the delivery scores too, is a
 * problem, since which of two scores the vendor meant cannot be told.
 */
export function assignCustomers(
  rows: readonly ScoreRow[],
  customerOf: (ref: CustomerRef) => string | undefined,
): { rows: AssignedScoreRow[]; problems: ScoreProblem[] } {
  const assigned: AssignedScoreRow[] = [];
  const problems: ScoreProblem[] = [];
  const firstLine = new Map<string, number>();
  for (const row of rows) {
    const customerId = customerOf(row.ref);
    if (customerId === undefined) {
      problems.push({ line: row.line, reason: `no ${describeRef(row.ref)} is on file` });
      continue;
    }
    const earlier = firstLine.get(customerId);
    if (earlier !== undefined) {
      problems.push({ line: row.line, reason: `scores the same customer as line ${earlier}` });
      continue;
    }
    firstLine.set(customerId, row.line);
    assigned.push({ ...row, customerId });
  }
  return { rows: assigned, problems };
}
