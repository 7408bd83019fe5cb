import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { generateDemoBook } from '../../../lib/demo/book';
import { createLogger } from '../../../lib/logger';
import { SUBGRAPHS } from '../../../subgraphs';
import { ContractEntity } from '../../../subgraphs/contract/entities/Contract';
import { InvoiceEntity } from '../../../subgraphs/contract/entities/Invoice';
import { CustomerEntity } from '../../../subgraphs/customer/entities/Customer';
import { SourceRecordEntity } from '../../../subgraphs/customer/entities/SourceRecord';
import type { Database } from '../../../subgraphs/kit/database';
import { openSubgraphDatabase } from '../../../subgraphs/kit/subgraph';
import type { SubgraphName } from '../../../lib/config';
import { createTestDatabase, type TestDatabase } from '../../support/federation';

/**
 * `npm run seed`: every subgraph seeded in a process of its own at the same time, together giving
 * exactly the demo book; run again, it rebuilds rather than adds; a wrong option is a clear error.
 */

const ROOT = path.resolve(__dirname, '../../..');
const CUSTOMERS = 40;
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ SEED_CUSTOMERS: '1' });
});

afterAll(async () => {
  await database?.drop();
});

function seed(...args: string[]) {
  const databaseUrl = database.config.databaseUrl('customer');
  return spawnSync(process.execPath, ['--import', 'tsx', 'bin/seed.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: database.config.dataDir,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
  });
}

async function withDatabase<T>(name: SubgraphName, read: (db: Database) => Promise<T>): Promise<T> {
  const db = await openSubgraphDatabase(SUBGRAPHS[name], database.config, createLogger('test', 'silent'));
  try {
    return await read(db);
  } finally {
    await db.close();
  }
}

async function counts() {
  return {
    customers: await withDatabase('customer', (db) => db.fork().count(CustomerEntity, {})),
    sourceRecords: await withDatabase('customer', (db) => db.fork().count(SourceRecordEntity, {})),
    contracts: await withDatabase('contract', (db) => db.fork().count(ContractEntity, {})),
    invoices: await withDatabase('contract', (db) => db.fork().count(InvoiceEntity, {})),
  };
}

it('seeds every subgraph with the demo book, and rebuilds it when run again', async () => {
  const book = generateDemoBook({ customers: CUSTOMERS, seed: 42 });
  const expected = {
    customers: book.customers.length,
    sourceRecords: book.sourceRecords.length,
    contracts: book.contracts.length,
    invoices: book.contracts.reduce((sum, contract) => sum + contract.invoices.length, 0),
  };
  for (let run = 0; run < 2; run++) {
    const result = seed('--customers', String(CUSTOMERS), '--seed', '42');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^Seeded ${CUSTOMERS} customers, ${expected.sourceRecords} source records`),
    );
    expect(await counts()).toEqual(expected);
  }
});

it('refuses a subgraph that does not exist, naming the ones that do', () => {
  const result = seed('--customers', '5', '--subgraph', 'billing');
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('--subgraph must be one of customer, contract, quality, audit');
});

it('refuses a customer count that is not one, once and before touching any database', async () => {
  const before = await counts();
  const result = seed('--customers', 'many');
  expect(result.status).toBe(1);
  expect(result.stderr.trim()).toBe('seed: SEED_CUSTOMERS must be an integer between 1 and 1000000, got "many"');
  expect(await counts()).toEqual(before);
});
