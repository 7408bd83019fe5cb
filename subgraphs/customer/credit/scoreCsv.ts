import { parseCsv } from '../../../lib/csv';
import type { RawScoreRecord, ScoreDelivery, ScoreProblem } from './scoreSource';

/**
 * A risk vendor's CSV of credit scores: a header, then one customer a line. Columns are found by
 * name, in any order, written in any case and with or without separators (`customerId`,
 * `customer_id` and `Customer ID` are one column): `customerId`, or `sourceId` with an optional
 * `sourceSystem` (RISK when absent) for the customer's record in a source system; `score`; `asOf`;
 * `vendorReference`. A column it does not know refuses the file: it may hold what no one classified.
 */

type Column = Exclude<keyof RawScoreRecord, 'line'>;
const COLUMNS: Readonly<Record<string, Column>> = {
  customerid: 'customerId',
  sourcesystem: 'sourceSystem',
  sourceid: 'sourceId',
  score: 'score',
  asof: 'asOf',
  vendorreference: 'vendorReference',
};

const columnKey = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The columns by position, or why the header cannot be read. */
function readHeader(header: readonly string[]): { columns: (Column | undefined)[]; problems: ScoreProblem[] } {
  const problems: ScoreProblem[] = [];
  const columns = header.map((name, index) => {
    const column = Object.hasOwn(COLUMNS, columnKey(name)) ? COLUMNS[columnKey(name)] : undefined;
    if (!column) problems.push({ line: 1, reason: `column ${index + 1} is not a credit score column` });
    return column;
  });
  const named = new Set<Column>();
  for (const column of columns) {
    if (column && named.has(column)) problems.push({ line: 1, reason: `the header names ${column} twice` });
    if (column) named.add(column);
  }
  for (const required of ['score', 'asOf', 'vendorReference'] as const)
    if (!named.has(required)) problems.push({ line: 1, reason: `the header names no ${required} column` });
  if (!named.has('customerId') && !named.has('sourceId'))
    problems.push({ line: 1, reason: 'the header names neither a customerId nor a sourceId column' });
  return { columns, problems };
}

export function readScoreCsv(reference: string, text: string): ScoreDelivery {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!header || header.every((field) => field.trim() === ''))
    return { reference, records: [], problems: [{ line: 1, reason: 'the file is empty: a header line is needed' }] };
  const { columns, problems } = readHeader(header);
  const records: RawScoreRecord[] = [];
  if (problems.length > 0) return { reference, records, problems };
  rows.forEach((fields, index) => {
    const line = index + 2;
    if (fields.every((field) => field.trim() === '')) return;
    if (fields.length !== columns.length) {
      problems.push({ line, reason: `${fields.length} fields where the header has ${columns.length}` });
      return;
    }
    const record: RawScoreRecord = {
      line,
      customerId: '',
      sourceSystem: '',
      sourceId: '',
      score: '',
      asOf: '',
      vendorReference: '',
    };
    columns.forEach((column, at) => {
      if (column) record[column] = fields[at].trim();
    });
    records.push(record);
  });
  return { reference, records, problems };
}
