import { demoBookChunks, generateDemoBook } from '../../../../lib/demo/book';
import { createLogger } from '../../../../lib/logger';
import { SUBGRAPHS } from '../../../../subgraphs';
import type { Database } from '../../../../subgraphs/kit/database';
import { seedIfEmpty } from '../../../../subgraphs/kit/seed';
import { openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/**
 * `npm run seed` writes the book a chunk of customers at a time; every subgraph must end up with
 * exactly the rows it writes from the whole book at once (purchase-order numbering, subsidiary links
 * and the quality history included).
 */

const log = createLogger('test', 'silent');
const options = { customers: 60, seed: 9 };

/**
 * What depends on how the rows were written rather than on what they are: ciphertexts (encryption
 * draws a fresh nonce each time) and a contract's revenue version (moved once per statement on
 * PostgreSQL, and a chunk is written in more statements).
 */
const HOW_WRITTEN = /Ciphertext$|^revenueVersion$/;
const withoutHowWritten = (key: string, value: unknown) => (HOW_WRITTEN.test(key) ? 'as written' : value);

/** Every row of every table, in primary-key order. */
async function contents(database: Database, entities: readonly { meta: { className: string } }[]) {
  const em = database.fork();
  const all: Record<string, unknown[]> = {};
  for (const entity of entities) {
    const meta = em.getMetadata().get(entity.meta.className);
    const rows = await em.find(
      meta.className,
      {},
      { orderBy: Object.fromEntries(meta.primaryKeys.map((key) => [key, 'asc'])) },
    );
    all[meta.className] = rows.map((row) => JSON.parse(JSON.stringify(row, withoutHowWritten)));
  }
  return all;
}

describe.each(['customer', 'contract', 'quality'] as const)('the %s subgraph seeded in chunks', (name) => {
  const definition = SUBGRAPHS[name];
  let whole: TestDatabase;
  let chunked: TestDatabase;
  afterAll(async () => {
    await whole?.drop();
    await chunked?.drop();
  });

  it('holds the rows the whole book gives', async () => {
    whole = await createTestDatabase();
    chunked = await createTestDatabase();
    const a = await openSubgraphDatabase(definition, whole.config, log);
    const b = await openSubgraphDatabase(definition, chunked.config, log);
    try {
      await seedIfEmpty(a, definition, () => [generateDemoBook(options)], whole.config);
      await seedIfEmpty(b, definition, () => demoBookChunks(options, 7), chunked.config);
      const expected = await contents(a, definition.entities);
      expect(Object.values(expected).flat().length).toBeGreaterThan(100);
      expect(await contents(b, definition.entities)).toEqual(expected);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
