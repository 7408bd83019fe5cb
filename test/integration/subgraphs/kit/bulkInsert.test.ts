import { createLogger } from '../../../../lib/logger';
import { SUBGRAPHS } from '../../../../subgraphs';
import { CustomerEntity } from '../../../../subgraphs/customer/entities/Customer';
import { SourceRecordEntity } from '../../../../subgraphs/customer/entities/SourceRecord';
import { bulkInsert } from '../../../../subgraphs/kit/bulkInsert';
import type { Database } from '../../../../subgraphs/kit/database';
import { clearData, openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/**
 * bulkInsert writes rows outside the unit of work (on SQLite through its own prepared statements):
 * what it stores must read back exactly as what MikroORM's own insert stores, for every kind of
 * value (instants, booleans, JSON, nulls, defaults, references).
 */

const log = createLogger('test', 'silent');
let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase({ SEED_CUSTOMERS: '1' });
  db = await openSubgraphDatabase(SUBGRAPHS.customer, database.config, log);
  await clearData(db, SUBGRAPHS.customer);
});

afterAll(async () => {
  await db?.close();
  await database?.drop();
});

const at = new Date('2026-12-04T10:11:12.345Z');

const customer = (id: string) => ({
  id,
  name: 'Müller & Söhne GmbH',
  nativeName: null,
  country: 'DE',
  region: 'EU',
  billingAddress: { line1: 'Hauptstraße 1', city: 'Nürnberg', postalCode: '90402', country: 'DE' },
  creditHold: true,
  status: 'ACTIVE' as const,
  createdAt: at,
  updatedAt: at,
  searchText: 'muller sohne gmbh',
});

const sourceRecord = (id: string, customerId: string) => ({
  id,
  customerId,
  sourceSystem: 'CRM' as const,
  sourceId: `crm-${id}`,
  payload: { name: 'Müller & Söhne GmbH', tags: ['a', 'b'], nested: { n: 1.5 } },
  ingestedAt: at,
  verifiedAt: null,
  batchId: 'b1',
  mappingVersion: 'crm-1',
  matchScore: 0.97,
  matchRule: 'NAME',
});

const stored = async (id: string) => {
  const em = db.fork();
  const [c] = await em.find(CustomerEntity, { id });
  const [s] = await em.find(SourceRecordEntity, { customerId: id });
  const { id: _customerId, ...customerValues } = JSON.parse(JSON.stringify(c)) as Record<string, unknown>;
  const {
    id: _sourceId,
    customerId: _owner,
    sourceId: _sourceKey,
    ...sourceValues
  } = JSON.parse(JSON.stringify(s)) as Record<string, unknown>;
  return { customer: customerValues, source: sourceValues };
};

it('stores what MikroORM stores', async () => {
  const em = db.fork();
  await em.insertMany(CustomerEntity, [customer('cus_orm')]);
  await em.insertMany(SourceRecordEntity, [sourceRecord('src_orm', 'cus_orm')]);
  await em.transactional(async (tx) => {
    await bulkInsert(tx, CustomerEntity, [customer('cus_bulk')]);
    await bulkInsert(tx, SourceRecordEntity, [sourceRecord('src_bulk', 'cus_bulk')]);
  });

  const viaOrm = await stored('cus_orm');
  expect(viaOrm.customer.creditHold).toBe(true);
  expect(viaOrm.source.sourceVersion).toBe(0); // the column's default
  expect(await stored('cus_bulk')).toEqual(viaOrm);
});

/**
 * What a failed write says. Read from the message, not by `instanceof Error`: the SQLite driver is a
 * native module loaded once per process, so its errors come from the first test file's realm.
 */
const failure = (write: Promise<unknown>) =>
  write.then(
    () => 'written',
    (error: { message?: unknown }) => String(error?.message ?? error),
  );

it('writes nothing of a batch whose transaction fails', async () => {
  const outcome = await failure(
    db.fork().transactional(async (tx) => {
      await bulkInsert(tx, CustomerEntity, [customer('cus_a'), customer('cus_b')]);
      await bulkInsert(tx, CustomerEntity, [customer('cus_a')]); // the same id again
    }),
  );
  expect(outcome).toMatch(/unique|duplicate/i);
  expect(await db.fork().count(CustomerEntity, { id: { $in: ['cus_a', 'cus_b'] } })).toBe(0);
});

it('refuses a row for a customer that does not exist (foreign keys hold)', async () => {
  const outcome = await failure(
    db.fork().transactional((tx) => bulkInsert(tx, SourceRecordEntity, [sourceRecord('src_orphan', 'cus_none')])),
  );
  expect(outcome).toMatch(/foreign key/i);
});
