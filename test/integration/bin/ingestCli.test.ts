import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { customerSubgraph } from '../../../subgraphs/customer';
import { SourceRecordEntity } from '../../../subgraphs/customer/entities/SourceRecord';
import { openSubgraphDatabase } from '../../../subgraphs/kit/subgraph';
import { createLogger } from '../../../lib/logger';
import { createTestDatabase, type TestDatabase } from '../../support/federation';

/** `npm run ingest`: a bulk load from a file, idempotent when the same file is loaded again. */

const ROOT = path.resolve(__dirname, '../../..');
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase({ SEED_CUSTOMERS: '20' });
});

afterAll(async () => {
  await database?.drop();
});

function ingest(file: string) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', 'bin/ingest.ts', '--source', 'ERP', '--file', file, '--batch-size', '2'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: database.config.dataDir,
        SEED_CUSTOMERS: '20',
        ...(database.config.databaseUrl('customer')
          ? { DATABASE_URL: database.config.databaseUrl('customer') as string }
          : {}),
      },
    },
  );
}

async function sourceRecordCount(): Promise<number> {
  const db = await openSubgraphDatabase(customerSubgraph, database.config, createLogger('test', 'silent'));
  try {
    return await db.fork().count(SourceRecordEntity, { sourceSystem: 'ERP', sourceId: { $like: 'CLI-%' } });
  } finally {
    await db.close();
  }
}

it('loads a JSON Lines file in batches, reports bad lines, and changes nothing when run again', async () => {
  const file = path.join(database.config.dataDir, 'erp-export.jsonl');
  fs.mkdirSync(database.config.dataDir, { recursive: true });
  fs.writeFileSync(
    file,
    [
      JSON.stringify({ sourceId: 'CLI-1', version: 1, name: 'Kestrel Antriebe GmbH', country: 'DE' }),
      JSON.stringify({ sourceId: 'CLI-2', version: 1, name: 'Fjord Shipping AS Norway', country: 'NL' }),
      'this line is not JSON',
      JSON.stringify({ sourceId: 'CLI-3', version: 1, name: 'Harbour Freight Inc.', country: 'US' }),
    ].join('\n'),
  );
  const first = ingest(file);
  expect(first.stderr).toContain('line 3: not valid JSON');
  expect(first.stdout).toMatch(/"accepted":3/);
  // Unreadable lines make the exit code say so, after everything readable has landed.
  expect(first.status).toBe(1);
  expect(await sourceRecordCount()).toBe(3);

  const again = ingest(file);
  expect(again.stdout).toMatch(/"accepted":3/);
  expect(await sourceRecordCount()).toBe(3);
});
