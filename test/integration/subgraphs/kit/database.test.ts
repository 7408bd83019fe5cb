import { SUBGRAPH_NAMES } from '../../../../lib/config';
import { generateDemoBook } from '../../../../lib/demo/book';
import { createLogger } from '../../../../lib/logger';
import { SUBGRAPHS } from '../../../../subgraphs';
import type { Database } from '../../../../subgraphs/kit/database';
import { seedIfEmpty } from '../../../../subgraphs/kit/seed';
import { clearData, openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/** Migrations and seeding on the engine under test (SQLite, or PostgreSQL when TEST_DATABASE_URL is set). */

const log = createLogger('test', 'silent');
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ SEED_CUSTOMERS: '60' });
});

afterAll(async () => {
  await database?.drop();
});

describe.each(SUBGRAPH_NAMES)('the %s database', (name) => {
  const definition = SUBGRAPHS[name];
  const book = generateDemoBook({ customers: 60, seed: 7 });

  const rowsIn = async (db: Database) =>
    (await Promise.all(definition.entities.map((entity) => db.fork().count(entity, {})))).reduce((a, b) => a + b, 0);

  it('migrates, seeds once, and keeps its data when opened again', async () => {
    const first = await openSubgraphDatabase(definition, database.config, log);
    expect(first.engine).toBe(database.engine);
    // Every subgraph seeds something: the audit subgraph only its registers' demo records, as its history
    // arrives through the customer outbox.
    expect(definition.seed).toBeDefined();
    expect(await seedIfEmpty(first, definition, () => [book], database.config)).toBe(true);
    const rows = await rowsIn(first);
    expect(rows).toBeGreaterThan(0);
    await first.close();

    // A second start finds the migrations applied and the data present: nothing is redone.
    const second = await openSubgraphDatabase(definition, database.config, log);
    expect(await second.orm.getMigrator().getPendingMigrations()).toEqual([]);
    expect(await seedIfEmpty(second, definition, () => [book], database.config)).toBe(false);
    expect(await rowsIn(second)).toBe(rows);

    await clearData(second, definition);
    for (const entity of definition.entities) expect(await second.fork().count(entity, {})).toBe(0);
    await second.close();
  });
});

it('keeps money exact through the database', async () => {
  const contract = SUBGRAPHS.contract;
  const db = await openSubgraphDatabase(contract, database.config, log);
  const big = generateDemoBook({ customers: 1, seed: 1 });
  big.contracts = big.contracts.slice(0, 1).map((c) => ({
    ...c,
    id: 'ctr_big',
    number: 'CT-BIG',
    totalValueMinor: 900_719_925_474_099,
    lines: [],
    invoices: [],
  }));
  await clearData(db, contract);
  await seedIfEmpty(db, contract, () => [big], database.config);
  const [row] = await db.fork().find(contract.entities[0], { id: 'ctr_big' });
  expect(row.totalValueMinor).toBe(900_719_925_474_099);
  await db.close();
});
