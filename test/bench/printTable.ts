/** Prints one Markdown table: the header row, its rule, then each row's cells joined by pipes. */
export function printTable(header: readonly string[], rows: readonly (readonly (string | number | boolean)[])[]): void {
  const line = (cells: readonly (string | number | boolean)[]) => `| ${cells.join(' | ')} |`;
  console.log(line(header));
  console.log(line(header.map(() => '---')).replace(/ /g, ''));
  for (const row of rows) console.log(line(row));
}
