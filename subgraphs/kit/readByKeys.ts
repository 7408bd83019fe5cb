/**
 * Keys per `in (...)` list: under every engine's limit on bound parameters (SQLite 32,766,
 * PostgreSQL 65,535), with room for the statement's other parameters.
 */
export const KEYS_PER_STATEMENT = 5000;

/**
 * The rows of many keys, read by a bounded list of keys per statement and concatenated in the
 * keys' order. Read by the keys themselves rather than by a subquery that finds them again: with a
 * list of values the planner knows how many rows it looks up, where a subquery's estimate can be
 * far enough off (a thousand customers' invoices guessed seven times too many) that PostgreSQL
 * scans a table of millions instead of using its index.
 */
export async function readByKeys<K, R>(
  keys: readonly K[],
  read: (keys: K[]) => Promise<R[]>,
  keysPerStatement = KEYS_PER_STATEMENT,
): Promise<R[]> {
  const rows: R[] = [];
  for (let start = 0; start < keys.length; start += keysPerStatement)
    rows.push(...(await read(keys.slice(start, start + keysPerStatement))));
  return rows;
}
