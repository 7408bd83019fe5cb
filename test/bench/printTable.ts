import { renderMarkdownTable } from '../../lib/markdownTable';

/** Prints one benchmark's results as a Markdown table. */
export function printTable(header: readonly string[], rows: readonly (readonly (string | number | boolean)[])[]): void {
  console.log(renderMarkdownTable({ header: [...header], rows: rows.map((row) => row.map(String)) }));
}
