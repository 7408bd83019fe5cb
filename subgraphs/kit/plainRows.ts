/**
 * Rows read without entities (`execute('all')`) come as the driver gives them: PostgreSQL sends
 * bigints as text. An amount in minor units is read into a number here.
 */
export function withMinor<Row extends { amountMinor: unknown }>(
  row: Row,
): Omit<Row, 'amountMinor'> & { amountMinor: number } {
  return { ...row, amountMinor: Number(row.amountMinor) };
}
