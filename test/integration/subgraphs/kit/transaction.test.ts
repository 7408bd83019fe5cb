import { AsyncLocalStorage } from 'node:async_hooks';
import { createLogger } from '../../../../lib/logger';
import { SUBGRAPHS } from '../../../../subgraphs';
import { CustomerEntity } from '../../../../subgraphs/customer/entities/Customer';
import type { Database } from '../../../../subgraphs/kit/database';
import { clearData, openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { inTransaction } from '../../../../subgraphs/kit/transaction';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/**
 * inTransaction: what `work` writes is committed when it resolves and rolled back when it throws,
 * a nested one is a savepoint of the outer, and none of it runs through an AsyncLocalStorage (which
 * would turn on Node's promise hooks for the whole process).
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

const at = new Date('2026-12-05T10:00:00.000Z');
const customer = (id: string) => ({
  id,
  name: `Customer ${id}`,
  country: 'DE',
  region: 'EU',
  status: 'ACTIVE' as const,
  createdAt: at,
  updatedAt: at,
  searchText: `customer ${id}`,
});

const exists = async (id: string) => (await db.fork().count(CustomerEntity, { id })) === 1;

it('commits what the work wrote when it resolves, and returns what it returned', async () => {
  const result = await inTransaction(db.fork(), async (tx) => {
    await tx.insertMany(CustomerEntity, [customer('cus_tx_commit')]);
    return 'done';
  });
  expect(result).toBe('done');
  expect(await exists('cus_tx_commit')).toBe(true);
});

it('rolls back everything the work wrote when it throws, and throws on', async () => {
  const outcome = inTransaction(db.fork(), async (tx) => {
    await tx.insertMany(CustomerEntity, [customer('cus_tx_rollback')]);
    throw new Error('refused half way');
  });
  await expect(outcome).rejects.toThrow('refused half way');
  expect(await exists('cus_tx_rollback')).toBe(false);
});

it('nests as a savepoint: an inner failure undoes the inner work only, an outer failure undoes both', async () => {
  await inTransaction(db.fork(), async (outer) => {
    await outer.insertMany(CustomerEntity, [customer('cus_tx_outer')]);
    await expect(
      inTransaction(outer, async (inner) => {
        await inner.insertMany(CustomerEntity, [customer('cus_tx_inner')]);
        throw new Error('inner refused');
      }),
    ).rejects.toThrow('inner refused');
  });
  expect([await exists('cus_tx_outer'), await exists('cus_tx_inner')]).toEqual([true, false]);

  await expect(
    inTransaction(db.fork(), async (outer) => {
      await inTransaction(outer, (inner) => inner.insertMany(CustomerEntity, [customer('cus_tx_inner2')]));
      throw new Error('outer refused');
    }),
  ).rejects.toThrow('outer refused');
  expect(await exists('cus_tx_inner2')).toBe(false);
});

it('runs nothing through an AsyncLocalStorage', async () => {
  const run = jest.spyOn(AsyncLocalStorage.prototype, 'run');
  const enterWith = jest.spyOn(AsyncLocalStorage.prototype, 'enterWith');
  try {
    await inTransaction(db.fork(), async (tx) => {
      await tx.insertMany(CustomerEntity, [customer('cus_tx_no_als')]);
      await tx.find(CustomerEntity, { id: 'cus_tx_no_als' });
    });
    expect(run).not.toHaveBeenCalled();
    expect(enterWith).not.toHaveBeenCalled();
  } finally {
    run.mockRestore();
    enterWith.mockRestore();
  }
});
