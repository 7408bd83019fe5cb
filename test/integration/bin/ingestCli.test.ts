import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { customerSubgraph } from '../../../subgraphs/customer';
import { SourceRecordEntity } from '../../../subgraphs/customer/entities/SourceRecord';
import { openSubgraphDatabase } from '../../../subgraphs/kit/subgraph';
import { createLogger } from '../../../lib/logger';
import { createTestDatabase, type TestDatabase } from '../../support/federation';
import { createRng } from '../../../lib/rng';
import { generateTaxId } from '../../../lib/taxids/generate';
import { AttributeLineageEntity } from '../../../subgraphs/customer/entities/AttributeLineage';
import { CustomerMatchKeyEntity } from '../../../subgraphs/customer/entities/CustomerMatchKey';
import { MatchReviewEntity } from '../../../subgraphs/customer/entities/MatchReview';
import { findCandidates } from '../../../subgraphs/customer/ingestion/matchCustomer';
import { activeMatchConfiguration } from '../../../subgraphs/customer/ingestion/matchConfigurations';

/** `npm run ingest`: loads from a file, in batches or resolved at once (bulk), idempotent when the same file is loaded again. */

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

describe('--mode bulk', () => {
  const rng = createRng(13);
  const dkVat = [generateTaxId('EU_VAT', rng, 'DK'), generateTaxId('EU_VAT', rng, 'DK')];
  const ruInn = generateTaxId('RU_INN', rng, 'RU');
  const line = (sourceSystem: string, sourceId: string, attributes: Record<string, unknown>) =>
    JSON.stringify({ sourceSystem, sourceId, version: 1, verifiedAt: '2026-11-01T00:00:00Z', attributes });
  const copenhagen = { line1: 'Vesterbrogade 1', city: 'København V', postalCode: '1620', country: 'DK' };

  function bulk(file: string) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bin/ingest.ts', '--mode', 'bulk', '--file', file], {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        DATA_DIR: database.config.dataDir,
        ...(database.config.databaseUrl('customer')
          ? { DATABASE_URL: database.config.databaseUrl('customer') as string }
          : {}),
      },
    });
    return { ...run, summary: JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Record<string, unknown> };
  }

  async function linkedCustomers(sourceIds: string[]) {
    const db = await openSubgraphDatabase(customerSubgraph, database.config, createLogger('test', 'silent'));
    try {
      const rows = await db.fork().find(SourceRecordEntity, { sourceId: { $in: sourceIds } });
      return new Map(rows.map((row) => [row.sourceId, row]));
    } finally {
      await db.close();
    }
  }

  it('resolves records of several systems and scripts at once, stores what ingestion stores, and is idempotent', async () => {
    const file = path.join(database.config.dataDir, 'initial-load.jsonl');
    fs.writeFileSync(
      file,
      [
        line('CRM', 'B-1', { name: 'ООО «Газпром Нефть»', country: 'RU', taxId: ruInn }),
        line('ERP', 'B-2', { name: 'Gazprom Neft LLC', country: 'RU', taxId: ruInn }),
        line('BILLING', 'B-3', {
          name: 'GAZPROM NEFT',
          country: 'RU',
          address: { line1: 'Pochtamtskaya 3', city: 'Sankt-Peterburg', postalCode: '190000', country: 'RU' },
        }),
        line('CRM', 'B-4', { name: 'Rasmussen Rådgivning A/S', country: 'DK', taxId: dkVat[0], address: copenhagen }),
        line('ERP', 'B-5', { name: 'RASMUSSEN RADGIVNING AS', country: 'DK', address: copenhagen }),
        line('RISK', 'B-6', { name: 'Rasmussen Raadgivning', country: 'DK', taxId: dkVat[1] }),
        line('ERP', 'B-7', { name: 'Broken Tax Id GmbH', country: 'DE', taxId: 'DE000000000' }),
        JSON.stringify({ sourceSystem: 'SAP', sourceId: 'B-8', version: 1, attributes: { name: 'x', country: 'DE' } }),
      ].join('\n'),
    );
    const first = bulk(file);
    expect(first.status).toBe(1); // a rejected record and an unknown system say so in the exit code
    expect(first.summary).toMatchObject({ records: 7, rejected: 1, unreadableLines: 1, alreadyStored: 0 });
    expect(first.stderr).toContain('ERP B-7');
    const linked = await linkedCustomers(['B-1', 'B-2', 'B-3', 'B-4', 'B-5', 'B-6']);
    // Cyrillic and Latin, with and without a tax id, are one customer.
    expect(new Set(['B-1', 'B-2', 'B-3'].map((id) => linked.get(id)?.customerId)).size).toBe(1);
    expect(linked.get('B-2')?.matchRule).toMatch(/TAX_ID|NAME/);
    // ø/aa, upper case and the dropped legal form at one address merge; another tax id of the same kind never does.
    expect(linked.get('B-5')?.customerId).toBe(linked.get('B-4')?.customerId);
    expect(linked.get('B-6')?.customerId).not.toBe(linked.get('B-4')?.customerId);
    expect(first.summary).toMatchObject({ customersCreated: 3, queuedForReview: 1 });

    const db = await openSubgraphDatabase(customerSubgraph, database.config, createLogger('test', 'silent'));
    try {
      const em = db.fork();
      const gazprom = linked.get('B-1')?.customerId as string;
      expect(await em.count(AttributeLineageEntity, { customerId: gazprom })).toBeGreaterThan(0);
      expect(await em.count(CustomerMatchKeyEntity, { customerId: gazprom })).toBeGreaterThan(0);
      const [review] = await em.find(MatchReviewEntity, { rule: 'NAME_CONFLICTING_TAX_ID' });
      expect(review).toMatchObject({ status: 'PENDING' });
      // Batch ingestion finds a bulk-loaded customer by its keys, in another spelling.
      const [candidate] = await findCandidates(
        em,
        { legalName: 'Газпромнефть', country: 'RU' },
        await activeMatchConfiguration(em),
      );
      expect(candidate?.customerId).toBe(gazprom);
    } finally {
      await db.close();
    }

    const again = bulk(file);
    expect(again.summary).toMatchObject({ records: 7, alreadyStored: 6, customersCreated: 0 });
  });

  it('joins records to the customers already known', async () => {
    const file = path.join(database.config.dataDir, 'second-load.jsonl');
    fs.writeFileSync(
      file,
      [
        line('COLLECTIONS', 'C-1', { name: 'Gazprom Neft PJSC', country: 'RU', taxId: ruInn }),
        line('BILLING', 'C-2', { name: 'Rasmussen Rådgivning', country: 'DK', taxId: dkVat[0], address: copenhagen }),
      ].join('\n'),
    );
    const run = bulk(file);
    expect(run.status).toBe(0);
    expect(run.summary).toMatchObject({ records: 2, joinedExisting: 2, customersCreated: 0 });
    const linked = await linkedCustomers(['B-1', 'B-4', 'C-1', 'C-2']);
    expect(linked.get('C-1')?.customerId).toBe(linked.get('B-1')?.customerId);
    expect(linked.get('C-2')?.customerId).toBe(linked.get('B-4')?.customerId);
  });
});
