import { createLogger } from '../../../../lib/logger';
import { customerSubgraph } from '../../../../subgraphs/customer';
import { CustomerMatchKeyEntity } from '../../../../subgraphs/customer/entities/CustomerMatchKey';
import { bulkLoad, type BulkRecord } from '../../../../subgraphs/customer/ingestion/bulkLoad';
import { MATCH_CONFIGURATION } from '../../../../subgraphs/customer/ingestion/matchConfiguration';
import type { Database } from '../../../../subgraphs/kit/database';
import { seedIfEmpty } from '../../../../subgraphs/kit/seed';
import { openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { generateDemoBook } from '../../../../lib/demo/book';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/**
 * Blocking keys are derived data: an upgrade that changes how they are made drops them in a
 * migration (as Migration012RekeyWholeNames does), and the subgraph computes them anew at start,
 * the same keys a load writes.
 */

let testDatabase: TestDatabase;
let database: Database;

beforeEach(async () => {
  testDatabase = await createTestDatabase();
  database = await openSubgraphDatabase(customerSubgraph, testDatabase.config, createLogger('test', 'silent'));
});

afterEach(async () => {
  await database?.close();
  await testDatabase?.drop();
});

const record = (sourceId: string, name: string, country: string): BulkRecord => ({
  sourceSystem: 'CRM',
  sourceId,
  version: 1,
  verifiedAt: null,
  attributes: { name, country },
});

async function storedKeys(): Promise<string[]> {
  const rows = await database.fork().find(CustomerMatchKeyEntity, {});
  return rows.map((row) => `${row.customerId} ${row.key}`).sort();
}

it('computes at start the keys a migration dropped, the same a load wrote, whole names included', async () => {
  await bulkLoad(
    database.fork(),
    [
      record('1', 'Çetin Kimya Sanayi ve Ticaret Ltd. Şti.', 'TR'),
      record('2', 'Georgiou Techniki Thessalonikis EPE', 'GR'),
      record('3', '株式会社加藤技研工業', 'JP'),
    ],
    { actor: 'test', batchId: 'bulk:keys', configuration: MATCH_CONFIGURATION, customersPerTransaction: 2 },
  );
  const written = await storedKeys();
  expect(written.some((key) => key.endsWith('cetinkimyasanayiveticaret'))).toBe(true);
  expect(written.some((key) => key.endsWith('katogikenkogyo'))).toBe(true);

  await database.fork().nativeDelete(CustomerMatchKeyEntity, {});
  expect(await storedKeys()).toEqual([]);
  await customerSubgraph.prepare!(database);
  expect(await storedKeys()).toEqual(written);
});

it('seeds the demo book with the keys a start would compute from its stored rows', async () => {
  const book = generateDemoBook({ customers: 60, seed: 5 });
  await seedIfEmpty(database, customerSubgraph, () => [book], testDatabase.config);
  const seeded = await storedKeys();
  expect(new Set(seeded.map((key) => key.split(' ')[0])).size).toBe(60);

  await database.fork().nativeDelete(CustomerMatchKeyEntity, {});
  await customerSubgraph.prepare!(database);
  expect(await storedKeys()).toEqual(seeded);
});
