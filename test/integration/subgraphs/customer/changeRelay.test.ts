import { createLogger } from '../../../../lib/logger';
import { SUBGRAPHS } from '../../../../subgraphs';
import { changeOutboxLag, deliverPendingChanges } from '../../../../subgraphs/customer/changeRelay';
import { ChangeOutboxEntity } from '../../../../subgraphs/customer/entities/ChangeOutbox';
import { ChangeLogEntryEntity } from '../../../../subgraphs/audit/entities/ChangeLogEntry';
import { openSubgraphDatabase, startSubgraph, type BackgroundServices } from '../../../../subgraphs/kit/subgraph';
import type { Database } from '../../../../subgraphs/kit/database';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';
import { planFor } from '../../../../policies/plans';
import { readSubgraphSdl } from '../../../../schema/subgraphSdl';
import { BackgroundWork } from '../../../../subgraphs/kit/backgroundWork';

/** The customer → audit change outbox: nothing is lost while the audit subgraph is down, nothing is logged twice. */

const log = createLogger('test', 'silent');
let database: TestDatabase;
let customerDb: Database;

beforeAll(async () => {
  database = await createTestDatabase({ SEED_CUSTOMERS: '5' });
  customerDb = await openSubgraphDatabase(SUBGRAPHS.customer, database.config, log);
});

afterAll(async () => {
  await customerDb?.close();
  await database?.drop();
});

function services(auditUrl: string): BackgroundServices {
  return {
    database: customerDb,
    config: database.config,
    plan: planFor(readSubgraphSdl('customer')),
    log,
    peerUrl: () => auditUrl,
    background: new BackgroundWork(),
  };
}

async function pending(): Promise<number> {
  return customerDb.fork().count(ChangeOutboxEntity, { deliveredAt: null });
}

it('keeps changes while the audit subgraph is unreachable and delivers them exactly once when it is back', async () => {
  const em = customerDb.fork();
  for (const n of [1, 2, 3]) {
    em.create(ChangeOutboxEntity, {
      id: `chg_test_${n}`,
      customerId: 'cus_000001',
      field: 'creditHold',
      oldValue: 'false',
      newValue: 'true',
      actor: 'tester',
      at: new Date(Date.UTC(2026, 10, 28, 10, n)),
      reason: 'relay test',
    });
  }
  await em.flush();

  await expect(deliverPendingChanges(services('http://127.0.0.1:9/graphql'))).rejects.toThrow();
  expect(await pending()).toBe(3);
  // What an operator's alert reads meanwhile: the oldest held change's age, here days.
  const lag = changeOutboxLag(services('http://127.0.0.1:9/graphql'));
  const lagNow = async () => (await lag.get()).values[0].value;
  expect(await lagNow()).toBeGreaterThan(86_400);

  const audit = await startSubgraph(SUBGRAPHS.audit, {
    config: database.config,
    port: 0,
    log,
    demoBook: () => [],
  });
  try {
    expect(await deliverPendingChanges(services(audit.url))).toBe(3);
    expect(await pending()).toBe(0);
    expect(await lagNow()).toBe(0);
    expect(await deliverPendingChanges(services(audit.url))).toBe(0);

    // A delivery whose acknowledgement was lost is sent again; the audit log still holds each change once.
    await customerDb.fork().nativeUpdate(ChangeOutboxEntity, { id: 'chg_test_2' }, { deliveredAt: null });
    expect(await deliverPendingChanges(services(audit.url))).toBe(1);
    const entries = await audit.database.fork().find(ChangeLogEntryEntity, { entityId: 'cus_000001', actor: 'tester' });
    expect(entries.map((e) => e.id).sort()).toEqual(['chg_test_1', 'chg_test_2', 'chg_test_3']);
    // Each change carries the class of the attribute it changed, for the log to govern its values by.
    expect(
      entries.map(({ coordinate, classification, kind, mask }) => ({ coordinate, classification, kind, mask })),
    ).toEqual(
      Array(3).fill({ coordinate: 'Customer.creditHold', classification: 'CREDIT', kind: 'Boolean', mask: 'NULLIFY' }),
    );
  } finally {
    await audit.close();
  }
});
