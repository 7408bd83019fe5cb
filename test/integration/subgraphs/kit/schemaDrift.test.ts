import type { EntitySchema } from '@mikro-orm/core';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../../../lib/config';
import { generateDemoBook } from '../../../../lib/demo/book';
import { createLogger } from '../../../../lib/logger';
import { SUBGRAPHS } from '../../../../subgraphs';
import { AuditCheckpointRowEntity } from '../../../../subgraphs/audit/entities/AuditCheckpointRow';
import { AuditEventRecordEntity } from '../../../../subgraphs/audit/entities/AuditEventRecord';
import { AuditEventRowEntity } from '../../../../subgraphs/audit/entities/AuditEventRow';
import { ChangeLogEntryEntity } from '../../../../subgraphs/audit/entities/ChangeLogEntry';
import { RenewalIntentEntity } from '../../../../subgraphs/contract/entities/RenewalIntent';
import type { Database } from '../../../../subgraphs/kit/database';
import { seedIfEmpty } from '../../../../subgraphs/kit/seed';
import { openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/**
 * The entities are the schema: once a fresh database has run every migration, MikroORM's schema
 * generator finds nothing to change, on SQLite and on PostgreSQL (when TEST_DATABASE_URL is set).
 * The migration that brought databases migrated before it there (SchemaMatchesEntities) keeps every
 * row: checked while it is the subgraph's last, since the rows are written by today's entities.
 */

const log = createLogger('test', 'silent');

/**
 * Indexes an entity cannot declare, because they exist on one engine only and MikroORM would
 * otherwise drop them: PostgreSQL's trigram index for name search (SQLite's counterpart is a
 * full-text table the ORM's configuration leaves out).
 */
const ENGINE_ONLY_INDEXES = ['customer_search_text_trigram'];
const aboutEngineOnlyIndex = (statement: string) => ENGINE_ONLY_INDEXES.some((name) => statement.includes(`"${name}"`));
const book = generateDemoBook({ customers: 20, seed: 11 });

/** Every row of every table of the subgraph, in primary-key order, as the driver reads it. */
async function allRows(database: Database, entities: EntitySchema[]): Promise<Record<string, unknown[]>> {
  const connection = database.fork().getConnection();
  const rows: Record<string, unknown[]> = {};
  for (const entity of entities) {
    const meta = database.orm.getMetadata().get(entity.meta.className);
    const [primaryKey] = meta.getPrimaryProps()[0].fieldNames;
    const query = connection.getKnex().select('*').from(meta.tableName).orderBy(primaryKey);
    rows[meta.tableName] = await connection.execute(query);
  }
  return rows;
}

const at = '2024-03-01T10:00:00.000Z';

/** A renewal probability, which the last migration turns from a real into a double on PostgreSQL. */
async function writeRenewalIntent(database: Database): Promise<void> {
  const [contract] = book.contracts;
  await database.fork().insert(RenewalIntentEntity, {
    id: 'ren_1',
    contractId: contract.id,
    customerId: contract.customerId,
    signal: 'AT_RISK',
    probability: 0.7,
    source: 'CRM',
    observedAt: new Date(at),
    recordedBy: 'account.manager@example.com',
  });
}

/** The audit subgraph seeds nothing: its history arrives through the customer outbox. A row per table instead. */
async function writeAuditHistory(database: Database): Promise<void> {
  const em = database.fork();
  await em.insert(ChangeLogEntryEntity, {
    id: 'chg_1',
    entity: 'Customer',
    entityId: 'cus_000001',
    field: 'creditLimit',
    oldValue: '1000',
    newValue: '2000',
    actor: 'steward@example.com',
    at: new Date(at),
    reason: 'annual review',
    recordedAt: new Date(at),
    coordinate: 'Customer.creditLimit',
    classification: 'CREDIT',
    kind: 'Money',
    mask: 'ROUND',
  });
  await em.insert(AuditEventRowEntity, {
    id: 'evt_1',
    sequence: 1,
    at,
    kind: 'READ',
    body: '{"sequence":1}',
    previousHash: '0'.repeat(64),
    hash: 'a'.repeat(64),
    sub: 'analyst@example.com',
    roles: ',analyst,',
    coordinates: '|Customer.creditLimit|',
    clientName: 'console',
    origin: null,
  });
  await em.insert(AuditEventRecordEntity, {
    id: 'evt_1#cus_000001',
    sequence: 1,
    type: 'Customer',
    recordId: 'cus_000001',
    customerId: 'cus_000001',
    classes: '|CREDIT|',
    access: 'READ',
  });
  await em.insert(AuditCheckpointRowEntity, {
    sequence: 1,
    hash: 'a'.repeat(64),
    at,
    keyId: 'key-1',
    signature: 'c2ln',
  });
}

/** Rows the demo seed does not write, in tables whose columns the last migration changes. */
const HISTORY: Partial<Record<SubgraphName, (database: Database) => Promise<void>>> = {
  contract: writeRenewalIntent,
  audit: writeAuditHistory,
};

describe.each(SUBGRAPH_NAMES)('the %s schema', (name) => {
  const definition = SUBGRAPHS[name];
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });

  afterEach(async () => {
    await database?.drop();
  });

  it('is exactly what the entities declare once migrated', async () => {
    const db = await openSubgraphDatabase(definition, database.config, log);
    try {
      const sql = await db.orm.schema.getUpdateSchemaSQL({ wrap: false });
      // The statements themselves, so that a failure says what differs (the migrator's own check
      // compares the same schemas, but cannot be told about engine-only indexes).
      expect(sql.split('\n').filter((line) => line.trim() !== '' && !aboutEngineOnlyIndex(line))).toEqual([]);
    } finally {
      await db.close();
    }
  });

  const last = definition.migrations[definition.migrations.length - 1].name;
  // Defined only where it applies, so that it is not reported as skipped for lack of something.
  if (last.endsWith('SchemaMatchesEntities'))
    it(`keeps every row through ${last}`, async () => {
      const before = { ...definition, migrations: definition.migrations.slice(0, -1) };
      const earlier = await openSubgraphDatabase(before, database.config, log);
      let rows: Record<string, unknown[]>;
      try {
        await seedIfEmpty(earlier, before, () => [book], database.config);
        await HISTORY[name]?.(earlier);
        rows = await allRows(earlier, definition.entities);
      } finally {
        await earlier.close();
      }
      expect(Object.values(rows)[0].length).toBeGreaterThan(0);

      const migrated = await openSubgraphDatabase(definition, database.config, log);
      try {
        expect(await allRows(migrated, definition.entities)).toEqual(rows);
      } finally {
        await migrated.close();
      }
    });
});

describe('the customer name search text', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });

  afterEach(async () => {
    await database?.drop();
  });

  it('is filled in for the customers there before it', async () => {
    const definition = SUBGRAPHS.customer;
    const upTo = definition.migrations.findIndex((migration) => migration.name === 'Migration009NameSearchText');
    const before = { ...definition, migrations: definition.migrations.slice(0, upTo) };
    const earlier = await openSubgraphDatabase(before, database.config, log);
    try {
      const knex = earlier.fork().getConnection().getKnex();
      const customer = {
        country: 'RU',
        region: 'RU',
        credit_hold: false,
        status: 'ACTIVE',
        created_at: at,
        updated_at: at,
      };
      await knex('customer').insert([
        { ...customer, id: 'cus_1', name: 'ГАЗПРОМ', legal_name: 'ПАО ГАЗПРОМ', native_name: null },
        { ...customer, id: 'cus_2', name: 'Müller', legal_name: null, native_name: null, country: 'DE', region: 'EU' },
      ]);
    } finally {
      await earlier.close();
    }
    const migrated = await openSubgraphDatabase(definition, database.config, log);
    try {
      const rows = await migrated
        .fork()
        .getConnection()
        .getKnex()('customer')
        .select('id', 'search_text')
        .orderBy('id');
      expect(rows).toEqual([
        { id: 'cus_1', search_text: 'газпром\ngazprom\nпао газпром\npao gazprom' },
        { id: 'cus_2', search_text: 'muller\nmueller' },
      ]);
    } finally {
      await migrated.close();
    }
  });
});
