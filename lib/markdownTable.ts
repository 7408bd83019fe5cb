/** A Markdown table with padded columns, for reports people read in a terminal or paste into a review. */
export function renderMarkdownTable({ header, rows }: { header: string[]; rows: string[][] }): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
