import { parseCsv } from '../../../lib/csv';
import type { IncomingRecord } from './ingestBatch';

/**
 * Reads bulk-load files into incoming records. JSON Lines: one object per line with `sourceId`,
 * `version`, optional `verifiedAt`, and either an `attributes` object or the attributes inline.
 * CSV: a header row with `sourceId`, `version`, optional `verifiedAt`; every other column is an
 * attribute, nested by dots (`address.city`). A line that cannot be read is reported, not fatal.
 */

/** A record as read from a file; a file that mixes source systems names each record's (`sourceSystem`). */
export type ReadRecord = IncomingRecord & { sourceSystem?: string };

export interface ReadResult {
  records: ReadRecord[];
  problems: { line: number; reason: string }[];
}

function toRecord(
  row: Record<string, unknown>,
  line: number,
  problems: ReadResult['problems'],
): ReadRecord | undefined {
  const { sourceId, version, verifiedAt, attributes, sourceSystem, ...inline } = row;
  const id = typeof sourceId === 'string' ? sourceId.trim() : typeof sourceId === 'number' ? String(sourceId) : '';
  const numericVersion = typeof version === 'string' && version.trim() !== '' ? Number(version) : (version ?? 1);
  if (id === '') {
    problems.push({ line, reason: 'sourceId is missing' });
    return undefined;
  }
  if (!Number.isInteger(numericVersion) || (numericVersion as number) < 0) {
    problems.push({ line, reason: 'version must be a non-negative integer' });
    return undefined;
  }
  const time = typeof verifiedAt === 'string' && verifiedAt !== '' ? new Date(verifiedAt) : null;
  if (time && Number.isNaN(time.getTime())) {
    problems.push({ line, reason: 'verifiedAt is not a time' });
    return undefined;
  }
  if (sourceSystem !== undefined && typeof sourceSystem !== 'string') {
    problems.push({ line, reason: 'sourceSystem must be a string' });
    return undefined;
  }
  return {
    sourceId: id,
    version: numericVersion as number,
    verifiedAt: time,
    attributes: attributes ?? inline,
    ...(sourceSystem !== undefined && { sourceSystem }),
  };
}

/** One line of a JSON Lines file; blank lines give nothing, unreadable ones a problem. */
export function readJsonLine(raw: string, line: number, problems: ReadResult['problems']): ReadRecord | undefined {
  if (raw.trim() === '') return undefined;
  let row: unknown;
  try {
    row = JSON.parse(raw);
  } catch {
    problems.push({ line, reason: 'not valid JSON' });
    return undefined;
  }
  if (row === null || typeof row !== 'object' || Array.isArray(row)) {
    problems.push({ line, reason: 'not a JSON object' });
    return undefined;
  }
  return toRecord(row as Record<string, unknown>, line, problems);
}

export function readJsonLines(text: string): ReadResult {
  const result: ReadResult = { records: [], problems: [] };
  text.split(/\r?\n/).forEach((raw, index) => {
    const record = readJsonLine(raw, index + 1, result.problems);
    if (record) result.records.push(record);
  });
  return result;
}

function setPath(target: Record<string, unknown>, path: string, value: string): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
  node[keys[keys.length - 1]] = value;
}

/** Problems name the row, counting the header as row 1 (the line, unless a quoted field spans lines). */
export function readCsv(text: string): ReadResult {
  const result: ReadResult = { records: [], problems: [] };
  const [head = [], ...rows] = parseCsv(text);
  const header = head.map((h) => h.trim());
  rows.forEach((cells, index) => {
    if (cells.length === 1 && cells[0].trim() === '') return;
    if (cells.length !== header.length) {
      result.problems.push({ line: index + 2, reason: `has ${cells.length} columns, the header has ${header.length}` });
      return;
    }
    const row: Record<string, unknown> = {};
    const attributes: Record<string, unknown> = {};
    header.forEach((column, i) => {
      if (column === 'sourceId' || column === 'version' || column === 'verifiedAt') row[column] = cells[i];
      else if (cells[i] !== '') setPath(attributes, column, cells[i]);
    });
    const record = toRecord({ ...row, attributes }, index + 2, result.problems);
    if (record) result.records.push(record);
  });
  return result;
}
