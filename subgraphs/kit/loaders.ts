import DataLoader from 'dataloader';
import type { EntitySchema, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';

/**
 * The two DataLoader shapes every subgraph needs. Each turns the many lookups that one GraphQL
 * request makes (one per customer in a list) into one SQL statement per batch.
 */

/** Large enough to batch every row a full page reaches, small enough to stay under every engine's parameter limit. */
const MAX_BATCH = 5000;

/** Loads records by primary key; a missing id resolves to undefined. */
export function byIdLoader<T extends { id: string }>(
  em: SqlEntityManager,
  entity: EntitySchema<T>,
): DataLoader<string, T | undefined> {
  return new DataLoader(
    async (ids) => {
      const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/** Loads the children of many parents at once, e.g. the contracts of every customer on a page. */
export function oneToManyLoader<T extends object>(
  em: SqlEntityManager,
  entity: EntitySchema<T>,
  foreignKey: keyof T & string,
  orderBy: QueryOrderMap<T>,
): DataLoader<string, T[]> {
  return new DataLoader(
    async (keys) => {
      const rows = await em.find(entity, { [foreignKey]: { $in: [...keys] } } as unknown as FilterQuery<T>, {
        orderBy,
      });
      const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
      for (const row of rows) groups.get(row[foreignKey] as unknown as string)?.push(row);
      return keys.map((key) => groups.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH },
  );
}

/**
 * Batches by customer (or any key) for each value of a field's arguments: a request asks with one
 * argument value, or a few, and each gets a loader of its own.
 */
export function loaderPerArgument<Argument, V>(
  keyOf: (argument: Argument) => string,
  batch: (keys: readonly string[], argument: Argument) => Promise<(V | Error)[]>,
  maxBatchSize: number,
): (argument: Argument) => DataLoader<string, V> {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (argument) => {
    const key = keyOf(argument);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((keys) => batch(keys, argument), { maxBatchSize });
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** A record a stored reference names (e.g. an approval's contract): its absence is a broken invariant, an internal error. */
export async function loadReferenced<T>(loader: DataLoader<string, T | undefined>, id: string): Promise<T> {
  const row = await loader.load(id);
  if (row === undefined) throw new Error(`no record ${id}, though a stored reference names it`);
  return row;
}
