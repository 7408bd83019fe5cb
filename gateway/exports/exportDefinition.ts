/**
 * A bulk export: a named, reviewed GraphQL operation that the gateway runs page after page under
 * the caller's policy (gateway/exports/runExport.ts), flattened into rows of fixed columns. The
 * operation is fixed here, never taken from the caller; only its parameters are, each parsed and
 * bounded before anything runs.
 */

/** What a column holds, as GET /export/ tells a tool; decimals are written as text so no amount passes through a float. */
export type ColumnType = 'text' | 'integer' | 'decimal' | 'date';

export interface ExportColumn {
  name: string;
  type: ColumnType;
  /** The schema coordinate the value is read from, when that field is classified (its policy governs the cell). */
  governedBy?: string;
}

export type Cell = string | number | boolean | null;

/** One page of the operation's answer flattened: its rows, and where the next page starts. */
export interface ExportPage {
  rows: Cell[][];
  /** The keyset cursor of the next page; null after the last. */
  next: string | null;
}

export interface ExportDefinition<Parameters extends Record<string, unknown> = Record<string, unknown>> {
  /** The name in the URL: `/export/<name>.csv`. */
  name: string;
  description: string;
  columns: readonly ExportColumn[];
  /** The query parameters this export takes, as GET /export/ lists them; `parameters` refuses any other. */
  parameterNames: readonly string[];
  /** Parses the query parameters; throws BAD_USER_INPUT naming the one at fault. `today` is the gateway's date. */
  parameters(query: URLSearchParams, today: string): Parameters;
  /** The operation, with `$first: Int!` and `$after: String` for keyset paging. */
  document(parameters: Parameters): string;
  variables(parameters: Parameters): Record<string, unknown>;
  /** The page's rows, in column order. `data` is the operation's answer; cells withheld by policy are null. */
  page(data: Record<string, unknown>, parameters: Parameters): ExportPage;
}

/** Keeps the parameter type of each definition while listing them together. */
export function defineExport<Parameters extends Record<string, unknown>>(
  definition: ExportDefinition<Parameters>,
): ExportDefinition {
  return definition as unknown as ExportDefinition;
}
