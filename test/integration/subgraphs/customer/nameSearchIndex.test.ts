import { generateDemoBook } from '../../../../lib/demo/book';
import { createLogger } from '../../../../lib/logger';
import { createRng } from '../../../../lib/rng';
import { SUBGRAPHS } from '../../../../subgraphs';
import { CustomerEntity, type Customer } from '../../../../subgraphs/customer/entities/Customer';
import { nameSearchCondition } from '../../../../subgraphs/customer/nameSearchCondition';
import { nameSearchNeedles } from '../../../../subgraphs/customer/matching/names/searchText';
import type { Database } from '../../../../subgraphs/kit/database';
import { seedIfEmpty } from '../../../../subgraphs/kit/seed';
import { openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/**
 * Name search through the trigram index (Migration013NameSearchIndex) finds exactly the customers a
 * scan of every search text finds, for substrings of the demo book's names in all its scripts, and
 * stays so through inserts, renames and deletions; the query plan uses the index. On SQLite and, in
 * CI, on PostgreSQL.
 */

const log = createLogger('test', 'silent');
let database: TestDatabase;
let db: Database;

async function found(needles: string[]): Promise<string[]> {
  const em = db.fork();
  const rows = await em.find(CustomerEntity, nameSearchCondition(em, needles), {
    fields: ['id'],
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => row.id);
}

async function scanned(needles: string[]): Promise<string[]> {
  const all = await db.fork().find(CustomerEntity, {}, { fields: ['id', 'searchText'], orderBy: { id: 'asc' } });
  return all.filter((c) => needles.some((needle) => c.searchText.includes(needle))).map((c) => c.id);
}

/** Substrings of the stored search texts, 2 to 6 characters long, drawn with a fixed seed. */
function drawnTerms(customers: Pick<Customer, 'searchText'>[], count: number): string[] {
  const rng = createRng(7);
  const terms: string[] = [];
  while (terms.length < count) {
    const lines = rng.pick(customers).searchText.split('\n');
    const line = [...rng.pick(lines)];
    const length = rng.int(2, 6);
    if (line.length < length) continue;
    const start = rng.int(0, line.length - length);
    const term = line.slice(start, start + length).join('');
    if (nameSearchNeedles(term).length > 0) terms.push(term);
  }
  return terms;
}

beforeAll(async () => {
  database = await createTestDatabase({ SEED_CUSTOMERS: '300' });
  db = await openSubgraphDatabase(SUBGRAPHS.customer, database.config, log);
  await seedIfEmpty(db, SUBGRAPHS.customer, () => [generateDemoBook(database.config.seed)], database.config);
});

afterAll(async () => {
  await db?.close();
  await database?.drop();
});

it('finds what a scan finds, for substrings of names in every script of the book', async () => {
  const customers = await db.fork().find(CustomerEntity, {}, { fields: ['searchText'] });
  const terms = drawnTerms(customers, 150);
  expect(terms.some((term) => /[^\p{Script=Latin}\d\s]/u.test(term))).toBe(true);
  for (const term of terms) {
    const needles = nameSearchNeedles(term);
    const expected = await scanned(needles);
    expect(expected.length).toBeGreaterThan(0);
    expect({ term, ids: await found(needles) }).toEqual({ term, ids: expected });
  }
});

it('follows inserts, renames and deletions', async () => {
  const em = db.fork();
  const [template] = await em.find(CustomerEntity, {}, { orderBy: { id: 'asc' }, limit: 1 });
  const { id: _id, searchText: _text, ...rest } = template;
  em.create(CustomerEntity, {
    ...rest,
    id: 'cus_search_1',
    name: 'Quintessenz Zahnradfabrik AG',
    legalName: null,
    nativeName: null,
  });
  await em.flush();
  expect(await found(['zahnradfab'])).toEqual(['cus_search_1']);

  const renaming = db.fork();
  (await renaming.findOneOrFail(CustomerEntity, 'cus_search_1')).name = 'Ящерица Логистик';
  await renaming.flush();
  expect(await found(['zahnradfab'])).toEqual([]);
  expect(await found(nameSearchNeedles('ящериц'))).toEqual(['cus_search_1']);
  expect(await found(nameSearchNeedles('yashcheri'))).toEqual(['cus_search_1']);

  await db.fork().nativeDelete(CustomerEntity, { id: 'cus_search_1' });
  expect(await found(nameSearchNeedles('ящериц'))).toEqual([]);
});

it('is answered from the trigram index', async () => {
  const em = db.fork();
  const query = em
    .createQueryBuilder(CustomerEntity)
    .select('id')
    .where(nameSearchCondition(em, ['zahnrad']) as never)
    .getFormattedQuery();
  const connection = em.getConnection();
  if (db.engine === 'sqlite') {
    const plan = await connection.execute(`explain query plan ${query}`);
    expect(plan.map((step) => String(step.detail)).join('\n')).toMatch(/customer_name_search VIRTUAL TABLE INDEX/);
  } else {
    // On a few hundred rows a scan is cheaper; without it, the planner shows what it would use at volume.
    await em.transactional(async (tx) => {
      const inTransaction = tx.getTransactionContext();
      await tx.getConnection().execute('set local enable_seqscan = off', [], 'run', inTransaction);
      const plan = await tx.getConnection().execute(`explain ${query}`, [], 'all', inTransaction);
      expect(plan.map((step) => String(step['QUERY PLAN'])).join('\n')).toMatch(/customer_search_text_trigram/);
    });
  }
});
