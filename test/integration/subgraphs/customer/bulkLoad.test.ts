import type { SqlEntityManager } from '@mikro-orm/knex';
import { createLogger } from '../../../../lib/logger';
import { customerSubgraph } from '../../../../subgraphs/customer';
import { CustomerEntity } from '../../../../subgraphs/customer/entities/Customer';
import { MatchReviewEntity } from '../../../../subgraphs/customer/entities/MatchReview';
import { SourceRecordEntity } from '../../../../subgraphs/customer/entities/SourceRecord';
import { bulkLoad, type BulkRecord } from '../../../../subgraphs/customer/ingestion/bulkLoad';
import { MATCH_CONFIGURATION } from '../../../../subgraphs/customer/ingestion/matchConfiguration';
import type { Database } from '../../../../subgraphs/kit/database';
import { openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/**
 * A bulk load writes a chunk of customers per transaction, and each review with the chunk that
 * writes the later of its two customers: a load interrupted part-way keeps the reviews of what it
 * stored, and resumed it queues the rest against the customers already stored.
 */

let testDatabase: TestDatabase;
let database: Database;

beforeEach(async () => {
  testDatabase = await createTestDatabase({ SEED_CUSTOMERS: '1' });
  database = await openSubgraphDatabase(customerSubgraph, testDatabase.config, createLogger('test', 'silent'));
});

afterEach(async () => {
  await database?.close();
  await testDatabase?.drop();
});

const WORDS = ['Aurora', 'Boreal', 'Cobalt', 'Delta', 'Ember', 'Fjell'];

/** Six companies, each sent once from Oslo and once, later in the file, from Bergen: six reviews (same name, another town). */
function records(): BulkRecord[] {
  const at = (city: string, postalCode: string) => ({ line1: 'Storgata 1', city, postalCode, country: 'NO' });
  const record = (sourceSystem: 'CRM' | 'ERP', i: number, address: ReturnType<typeof at>): BulkRecord => ({
    sourceSystem,
    sourceId: `${sourceSystem}-${i}`,
    version: 1,
    verifiedAt: null,
    attributes: { name: `${WORDS[i]} Logistikk AS`, country: 'NO', address },
  });
  return [
    ...WORDS.map((_, i) => record('CRM', i, at('Oslo', '0150'))),
    ...WORDS.map((_, i) => record('ERP', i, at('Bergen', '5003'))),
  ];
}

const options = (batchId: string) => ({
  actor: 'test',
  batchId,
  configuration: MATCH_CONFIGURATION,
  customersPerTransaction: 4,
});

/** The entity manager, except that its `failAt`-th transaction fails before it starts: a load cut short. */
function failingAt(em: SqlEntityManager, failAt: number): SqlEntityManager {
  let transactions = 0;
  return new Proxy(em, {
    get(target, property) {
      if (property === 'transactional')
        return (work: Parameters<SqlEntityManager['transactional']>[0]) => {
          transactions += 1;
          if (transactions === failAt) return Promise.reject(new Error('the machine went down'));
          return target.transactional(work);
        };
      const value = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

async function stored() {
  const em = database.fork();
  const reviews = await em.find(MatchReviewEntity, {});
  const customers = new Set((await em.find(CustomerEntity, {})).map((customer) => customer.id));
  const sources = new Set((await em.find(SourceRecordEntity, {})).map((source) => source.id));
  return { reviews, customers, sources };
}

it('writes every review with its customers, in chunks', async () => {
  const result = await bulkLoad(database.fork(), records(), options('bulk:chunks'));
  expect(result).toMatchObject({ customersCreated: 12, queuedForReview: 6 });
  const { reviews, customers, sources } = await stored();
  expect(reviews).toHaveLength(6);
  for (const review of reviews) {
    expect(customers.has(review.customerId)).toBe(true);
    expect(customers.has(review.candidateCustomerId)).toBe(true);
    expect(sources.has(review.sourceRecordId)).toBe(true);
  }
});

it('keeps the reviews of the chunks an interrupted load stored, and queues the rest when it resumes', async () => {
  // Chunks of four customers: Oslo 0-3 | Oslo 4-5, Bergen 0-1 | Bergen 2-5; the third never commits.
  await expect(bulkLoad(failingAt(database.fork(), 3), records(), options('bulk:cut'))).rejects.toThrow(
    'the machine went down',
  );
  const cut = await stored();
  expect(cut.sources.size).toBe(8);
  expect(cut.reviews).toHaveLength(2);
  for (const review of cut.reviews) expect(cut.sources.has(review.sourceRecordId)).toBe(true);

  const resumed = await bulkLoad(database.fork(), records(), options('bulk:resumed'));
  expect(resumed).toMatchObject({ alreadyStored: 8, customersCreated: 4, queuedForReview: 4 });
  const after = await stored();
  expect(after.reviews).toHaveLength(6);
  for (const review of after.reviews) expect(after.customers.has(review.candidateCustomerId)).toBe(true);
});
