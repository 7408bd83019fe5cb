import fs from 'node:fs';
import path from 'node:path';
import {
  MikroORM,
  type EntitySchema,
  type ForkOptions,
  type Logger as OrmLogger,
  type LogContext,
  type MigrationObject,
} from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { Migrator } from '@mikro-orm/migrations';
import type { SubgraphName } from '../../lib/config';
import type { Logger } from '../../lib/logger';

/**
 * One subgraph's database: its own MikroORM instance on embedded SQLite (a file under the data
 * directory) or on PostgreSQL, migrated on open. Every SQL statement is counted, which is how the
 * tests prove that DataLoaders keep the statement count flat.
 */

export interface DatabaseOptions {
  subgraph: SubgraphName;
  entities: EntitySchema[];
  migrations: MigrationObject[];
  /** PostgreSQL connection URL; without one the subgraph uses `<dataDir>/<subgraph>.sqlite`. */
  url?: string;
  dataDir: string;
  log: Logger;
}

export interface StatementStats {
  statements: number;
}

export interface Database {
  orm: MikroORM;
  engine: 'sqlite' | 'postgresql';
  stats: StatementStats;
  /** A fresh EntityManager with its own identity map (one per request). */
  fork(options?: ForkOptions): SqlEntityManager;
  /** Cheap round trip for readiness checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

function countingLogger(stats: StatementStats, log: Logger): OrmLogger {
  return {
    log: (namespace, message) => log.debug({ namespace }, message),
    error: (namespace, message) => log.error({ namespace }, message),
    warn: (namespace, message) => log.warn({ namespace }, message),
    logQuery: (context: LogContext) => {
      stats.statements += 1;
      if (context.level === 'error') log.warn({ took: context.took }, 'SQL statement failed');
    },
    setDebugMode: () => undefined,
    isEnabled: () => false,
  };
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const stats: StatementStats = { statements: 0 };
  const common = {
    entities: options.entities,
    extensions: [Migrator],
    migrations: {
      migrationsList: options.migrations,
      tableName: `mikro_orm_migrations_${options.subgraph}`,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    forceUtcTimezone: true,
    allowGlobalContext: false,
    loggerFactory: () => countingLogger(stats, options.log),
    discovery: { warnWhenNoEntities: false },
    // SQLite's full-text search tables (a `_search` table and its shadow tables) are index
    // structures the migrations create, not entities; the schema comparison leaves them out.
    schemaGenerator: { skipTables: [/_search(_(data|idx|docsize|config|content))?$/] },
  };

  let orm: MikroORM;
  let engine: Database['engine'];
  if (options.url) {
    engine = 'postgresql';
    orm = await MikroORM.init({
      ...common,
      driver: PostgreSqlDriver,
      clientUrl: options.url,
      pool: { min: 0, max: 10 },
    });
  } else {
    engine = 'sqlite';
    fs.mkdirSync(options.dataDir, { recursive: true });
    orm = await MikroORM.init({
      ...common,
      driver: BetterSqliteDriver,
      dbName: path.join(options.dataDir, `${options.subgraph}.sqlite`),
    });
    // WAL lets readers proceed while a writer commits; the subgraph is the only process using the file.
    await orm.em.getConnection().execute('pragma journal_mode = wal');
  }
  await orm.getMigrator().up();

  const em = () => orm.em as unknown as SqlEntityManager;
  return {
    orm,
    engine,
    stats,
    fork: (options) => em().fork(options),
    ping: async () => {
      await em().getConnection().execute('select 1');
    },
    close: () => orm.close(true),
  };
}
