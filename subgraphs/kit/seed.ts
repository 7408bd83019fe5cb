import type { EntitySchema } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { CustosConfig } from '../../lib/config';
import { generateDemoBook, type DemoBook } from '../../lib/demo/book';
import type { Database } from './database';

/**
 * Demo data in a subgraph's database: each subgraph writes its own slice of the demo book. A
 * service seeds an empty database when it starts only where that is wanted (`config.seed.demo`:
 * by default outside production, in production only with SEED_DEMO=true); `npm run seed` seeds
 * on request.
 */

/** A subgraph's slice of the demo book written into its (empty) database, a chunk of customers at a time. */
export interface DemoSeeding {
  chunk(em: SqlEntityManager, book: DemoBook): Promise<void>;
  /** After the last chunk, for what needs the whole book. */
  finish?(em: SqlEntityManager): Promise<void>;
}

/** Starts one seeding: what a subgraph carries from chunk to chunk lives in what it returns. */
export type DemoSeeder = (config: CustosConfig) => DemoSeeding;

/**
 * Supplies the demo book when a database is to be seeded, in chunks (lib/demo/book.ts's
 * demoBookChunks) or whole as one; embedded mode shares one book between subgraphs.
 */
export type DemoBookSource = () => Iterable<DemoBook>;

export interface SeedableSubgraph {
  /** Parents first: the first entity tells whether the database is empty. */
  entities: EntitySchema[];
  seed?: DemoSeeder;
}

export async function seedIfEmpty(
  database: Database,
  definition: SeedableSubgraph,
  book: DemoBookSource,
  config: CustosConfig,
): Promise<boolean> {
  const { seed } = definition;
  const em = database.fork();
  if (!seed || (await em.count(definition.entities[0], {})) > 0) return false;
  await em.transactional(async (tx) => {
    const seeding = seed(config);
    for (const chunk of book()) await seeding.chunk(tx, chunk);
    await seeding.finish?.(tx);
  });
  return true;
}

/** What a starting service does with an empty database: seeds it when the configuration wants demo data. */
export async function seedOnStart(
  database: Database,
  definition: SeedableSubgraph,
  book: DemoBookSource | undefined,
  config: CustosConfig,
): Promise<boolean> {
  if (!config.seed.demo) return false;
  return seedIfEmpty(database, definition, book ?? (() => [generateDemoBook(config.seed)]), config);
}
