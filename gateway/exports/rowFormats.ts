import { csvField } from '../../lib/csv';
import type { Cell, ExportColumn } from './exportDefinition';

/**
 * How export rows are written. CSV follows RFC 4180 (comma, CRLF, quotes doubled, a header row)
 * in UTF-8 with a byte-order mark, which spreadsheet tools need to read non-Latin scripts. NDJSON
 * is one JSON object per line, keyed by column name.
 */

export type ExportFormat = 'csv' | 'ndjson';

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  ndjson: 'application/x-ndjson; charset=utf-8',
};

export function isExportFormat(value: string): value is ExportFormat {
  return Object.hasOwn(CONTENT_TYPES, value);
}

export interface RowWriter {
  /** What goes before the first row. */
  header(): string;
  rows(rows: readonly Cell[][]): string;
}

export function rowWriter(format: ExportFormat, columns: readonly ExportColumn[]): RowWriter {
  if (format === 'csv')
    return {
      header: () => `\uFEFF${columns.map((column) => csvField(column.name)).join(',')}\r\n`,
      rows: (rows) => rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join(''),
    };
  return {
    header: () => '',
    rows: (rows) =>
      rows
        .map((row) => `${JSON.stringify(Object.fromEntries(columns.map((column, i) => [column.name, row[i]])))}\n`)
        .join(''),
  };
}
