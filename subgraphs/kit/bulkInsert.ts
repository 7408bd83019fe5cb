import {
  ReferenceKind,
  type EntityMetadata,
  type EntityProperty,
  type EntitySchema,
  type RequiredEntityData,
} from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { inTransaction } from './transaction';

/** Rows per statement on PostgreSQL: one array per column, however many rows. */
const CHUNK = 5000;

/** What is used here of a node-postgres connection (the driver under MikroORM on PostgreSQL). */
interface PostgresConnection {
  query(text: string, values: unknown[]): Promise<unknown>;
}

/** What is used here of a better-sqlite3 connection (the driver under MikroORM on SQLite). */
interface SqliteStatement {
  run(values: unknown[]): unknown;
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}

/**
 * Inserts many rows, bypassing the unit of work: for seeding and bulk loads, in one transaction (the
 * caller's, or one of its own). On SQLite through one prepared statement per table and column list,
 * run row by row (a multi-row statement there has its values written into the SQL text and parsed
 * again each time, which made writing a bulk load slower than resolving it). On PostgreSQL as one
 * array per column, unnested into rows by the server: a statement of thousands of rows has as many
 * parameters as columns, instead of MikroORM's one per value that it builds and binds row by row.
 */
export async function bulkInsert<T extends object>(
  em: SqlEntityManager,
  entity: EntitySchema<T>,
  rows: RequiredEntityData<T>[],
): Promise<void> {
  if (rows.length === 0) return;
  const write = async (tx: SqlEntityManager) => {
    const transaction = tx.getTransactionContext<Knex.Transaction>() as Knex.Transaction;
    const connection = await transaction.client.acquireConnection();
    const meta = tx.getMetadata().get<T>(entity.meta.className);
    if (tx.getDriver() instanceof BetterSqliteDriver) insertPrepared(connection as SqliteConnection, meta, rows, tx);
    else await insertUnnested(connection as PostgresConnection, meta, rows, tx);
  };
  if (em.isInTransaction()) await write(em);
  else await inTransaction(em, write);
}

/**
 * Lets a bulk load keep the pages it writes in memory (SQLite's page cache is 2 MiB by default):
 * with a small cache every transaction writes most index pages again. A no-op on PostgreSQL.
 */
export async function enlargeWriteCache(em: SqlEntityManager, mebibytes: number): Promise<void> {
  if (em.getDriver() instanceof BetterSqliteDriver)
    await em.getConnection().execute(`pragma cache_size = -${Math.round(mebibytes * 1024)}`);
}

const statements = new WeakMap<SqliteConnection, Map<string, SqliteStatement>>();

function preparedStatement(connection: SqliteConnection, sql: string): SqliteStatement {
  let cache = statements.get(connection);
  if (!cache) statements.set(connection, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = connection.prepare(sql)));
  return statement;
}

/** The columns MikroORM would write for these rows: every stored property a row names. */
function insertedProperties<T>(meta: EntityMetadata<T>, rows: readonly object[]): EntityProperty<T>[] {
  const named = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) named.add(key);
  return meta.props.filter((prop) => {
    if (!named.has(prop.name) || prop.persist === false) return false;
    if (prop.kind !== ReferenceKind.SCALAR && prop.kind !== ReferenceKind.MANY_TO_ONE)
      throw new Error(`bulkInsert: ${meta.className}.${prop.name} is a ${prop.kind} property`);
    if (prop.fieldNames.length !== 1)
      throw new Error(`bulkInsert: ${meta.className}.${prop.name} spans ${prop.fieldNames.length} columns`);
    return true;
  });
}

/** A value as MikroORM hands it to the driver: defaults filled, custom types (JSON, ...) converted, references as keys. */
function databaseValue<T>(prop: EntityProperty<T>, value: unknown, em: SqlEntityManager): unknown {
  if (value === undefined) value = prop.default;
  if (value === undefined || value === null) return null;
  if (prop.customType)
    value = prop.customType.convertToDatabaseValue(value, em.getPlatform(), { key: prop.name, mode: 'query-data' });
  if (prop.kind === ReferenceKind.MANY_TO_ONE && typeof value === 'object')
    return (value as Record<string, unknown>)[prop.targetMeta?.primaryKeys[0] ?? 'id'];
  return value;
}

/** A value as MikroORM stores it on SQLite: instants as epoch milliseconds, booleans as 0 and 1. */
function storedValue<T>(prop: EntityProperty<T>, value: unknown, em: SqlEntityManager): unknown {
  const stored = databaseValue(prop, value, em);
  if (stored instanceof Date) return stored.getTime();
  if (typeof stored === 'boolean') return stored ? 1 : 0;
  return stored;
}

async function insertUnnested<T extends object>(
  connection: PostgresConnection,
  meta: EntityMetadata<T>,
  rows: readonly RequiredEntityData<T>[],
  em: SqlEntityManager,
): Promise<void> {
  const props = insertedProperties(meta, rows);
  const columns = props.map((prop) => `"${prop.fieldNames[0]}"`).join(', ');
  const arrays = props.map((prop, i) => `$${i + 1}::${prop.columnTypes[0]}[]`).join(', ');
  const sql = `insert into "${meta.tableName}" (${columns}) select * from unnest(${arrays})`;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const values = props.map((prop) =>
      chunk.map((row) => {
        const value = databaseValue(prop, (row as Record<string, unknown>)[prop.name], em);
        // node-postgres writes an instant in an array in local time; the ISO form says which instant.
        return value instanceof Date ? value.toISOString() : value;
      }),
    );
    await connection.query(sql, values);
  }
}

function insertPrepared<T extends object>(
  connection: SqliteConnection,
  meta: EntityMetadata<T>,
  rows: readonly RequiredEntityData<T>[],
  em: SqlEntityManager,
): void {
  const props = insertedProperties(meta, rows);
  const columns = props.map((prop) => `"${prop.fieldNames[0]}"`).join(', ');
  const statement = preparedStatement(
    connection,
    `insert into "${meta.tableName}" (${columns}) values (${props.map(() => '?').join(', ')})`,
  );
  const values = new Array<unknown>(props.length);
  for (const row of rows) {
    for (let p = 0; p < props.length; p++)
      values[p] = storedValue(props[p], (row as Record<string, unknown>)[props[p].name], em);
    statement.run(values);
  }
}
