import type { SqlEntityManager } from '@mikro-orm/knex';
import { createLogger } from '../../../../lib/logger';
import { auditSubgraph } from '../../../../subgraphs/audit';
import { auditEventQuery } from '../../../../subgraphs/audit/eventSearch';
import { customerSubgraph } from '../../../../subgraphs/customer';
import { ChangeOutboxEntity } from '../../../../subgraphs/customer/entities/ChangeOutbox';
import { CustomerEntity } from '../../../../subgraphs/customer/entities/Customer';
import type { Database } from '../../../../subgraphs/kit/database';
import { openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/**
 * The hot paths' statements are read off an index, in the order they page in, on an empty database:
 * there the planner has no statistics, as on a freshly seeded SQLite book, which is where a
 * million customers showed each of these sorting or scanning every row (a BI page took 600 ms for
 * the customer list's plan alone). On PostgreSQL sequential scans are turned off, so the plan shows
 * the index the planner would use at volume.
 */

const log = createLogger('test', 'silent');
let testDatabase: TestDatabase;
const opened: Database[] = [];

beforeAll(async () => {
  testDatabase = await createTestDatabase();
});

afterAll(async () => {
  for (const database of opened) await database.close();
  await testDatabase?.drop();
});

async function open(definition: Parameters<typeof openSubgraphDatabase>[0]): Promise<Database> {
  const database = await openSubgraphDatabase(definition, testDatabase.config, log);
  opened.push(database);
  return database;
}

/** The plan as text: SQLite's `explain query plan` steps, or PostgreSQL's `explain` lines. */
async function planOf(database: Database, sql: string): Promise<string> {
  const em = database.fork();
  if (database.engine === 'sqlite') {
    const steps = await em.getConnection().execute(`explain query plan ${sql}`);
    return steps.map((step) => String(step.detail)).join('\n');
  }
  return em.transactional(async (tx: SqlEntityManager) => {
    const context = tx.getTransactionContext();
    await tx.getConnection().execute('set local enable_seqscan = off', [], 'run', context);
    const lines = await tx.getConnection().execute(`explain ${sql}`, [], 'all', context);
    return lines.map((line) => String(line['QUERY PLAN'])).join('\n');
  });
}

/**
 * Read off the named index with no sort of what it found. PostgreSQL's planner sorts the one row it
 * expects in an empty table whatever the index, so there only the index is checked.
 */
function expectOrderedIndex(database: Database, plan: string, index: string | RegExp): void {
  expect(plan).toMatch(index);
  if (database.engine === 'sqlite') expect(plan).not.toMatch(/TEMP B-TREE/);
}

describe('the customer subgraph', () => {
  let database: Database;
  beforeAll(async () => {
    database = await open(customerSubgraph);
  });

  it('pages through customers in id order by their key, not through the merged few', async () => {
    const sql = database
      .fork()
      .createQueryBuilder(CustomerEntity)
      .where({ mergedInto: null, id: { $gt: 'cus_0500000' } })
      .orderBy({ id: 'asc' })
      .limit(101)
      .getFormattedQuery();
    const plan = await planOf(database, sql);
    expect(plan).not.toContain('customer_merged_into_index');
    expectOrderedIndex(database, plan, /sqlite_autoindex_customer_1|customer_pkey/);
  });

  it('finds the customers merged into a page of customers by index', async () => {
    const sql = database
      .fork()
      .createQueryBuilder(CustomerEntity)
      .where({ $or: [{ id: { $in: ['cus_0000001', 'cus_0000002'] } }, { mergedInto: { $in: ['cus_0000001'] } }] })
      .getFormattedQuery();
    expect(await planOf(database, sql)).toContain('customer_merged_into_index');
  });

  it('reads the oldest undelivered changes off the outbox index', async () => {
    const sql = database
      .fork()
      .createQueryBuilder(ChangeOutboxEntity)
      .where({ deliveredAt: null })
      .orderBy({ at: 'asc', id: 'asc' })
      .limit(200)
      .getFormattedQuery();
    expectOrderedIndex(database, await planOf(database, sql), 'change_outbox_pending_index');
  });
});

describe('the audit search', () => {
  let database: Database;
  beforeAll(async () => {
    database = await open(auditSubgraph);
  });

  const search = (filter: Parameters<typeof auditEventQuery>[1]) =>
    planOf(database, auditEventQuery(database.fork(), filter, 1000, 51).getFormattedQuery());

  it.each([
    ['a principal', { sub: 'svc-bi-connector' }, 'audit_event_sub_sequence_index'],
    ['a kind', { kind: 'ALERT' }, 'audit_event_kind_sequence_index'],
    ['a client', { client: 'powerbi' }, 'audit_event_client_name_sequence_index'],
  ])('reads the events of %s in sequence order off its index', async (_name, filter, index) => {
    expectOrderedIndex(database, await search(filter), index);
  });

  it('finds the events that touched a customer through the record index', async () => {
    expect(await search({ customerId: 'cus_0000001' })).toContain('audit_event_record_customer_id_sequence_index');
  });
});
