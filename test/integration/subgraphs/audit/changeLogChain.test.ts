import { execFile } from 'node:child_process';
import path from 'node:path';
import type { Principal } from '../../../../lib/principal';
import { chainChanges } from '../../../../subgraphs/audit/chain/changeLog';
import { removeChangeLogEntries } from '../../../../subgraphs/audit/changes/changeLogRemoval';
import { storedChange } from '../../../../subgraphs/audit/changes/changeLogChain';
import {
  ChangeLogCheckpointEntity,
  type ChangeLogCheckpoint,
} from '../../../../subgraphs/audit/entities/ChangeLogCheckpoint';
import { ChangeLogEntryEntity, type ChangeLogEntry } from '../../../../subgraphs/audit/entities/ChangeLogEntry';
import { ChangeLogTombstoneEntity } from '../../../../subgraphs/audit/entities/ChangeLogTombstone';
import { ChangeLogWriter } from '../../../../subgraphs/audit/changes/changeLogWriter';
import { loadCheckpointSigner } from '../../../../subgraphs/audit/signingKeys';
import { ChangeOutboxEntity } from '../../../../subgraphs/customer/entities/ChangeOutbox';
import { inTransaction } from '../../../../subgraphs/kit/transaction';
import { callSubgraph, graphql, startTestFederation, type TestFederation } from '../../../support/federation';
import { until } from '../../../support/gateways';

/**
 * The customer change log's hash chain, end to end: recordings (also concurrent ones) leave one
 * verifiable chain; an entry edited, deleted or forged in the database is named by the
 * changeLogChain query and by `npm run audit:verify`; a removal through the retention purge's
 * removeChangeLogEntries still verifies.
 */

const ROOT = path.resolve(__dirname, '../../../..');
const CHAIN =
  '{ changeLogChain { intact length removed firstBrokenEntryId firstBrokenSequence reason checkpointsVerified } }';
const RECORD = 'mutation Record($changes: [ChangeInput!]!) { recordChanges(changes: $changes) }';
const CUSTOMER_SERVICE: Principal = { sub: 'service:customer', roles: [], regions: [], service: 'customer' };

let federation: TestFederation;
let auditor: string;
const em = () => federation.subgraphs.audit.database.fork();

function change(id: string) {
  return {
    changeId: id,
    entity: 'Customer',
    entityId: 'cus_000001',
    field: 'creditLimit',
    oldValue: JSON.stringify({ amount: '1000.00', currency: 'EUR' }),
    newValue: JSON.stringify({ amount: '2000.00', currency: 'EUR' }),
    actor: 'steward@example.com',
    at: '2026-03-01T10:00:00.000Z',
    reason: 'annual review',
    coordinate: 'Customer.creditLimit',
    classification: 'CREDIT',
    kind: 'Money',
  };
}

/** A change as the audit subgraph stores it, for a writer called directly. */
function entryOf(id: string): ChangeLogEntry {
  const { changeId, at, ...fields } = change(id);
  return {
    ...fields,
    id: changeId,
    at: new Date(at),
    recordedAt: new Date(),
    mask: null,
    sequence: null,
    previousHash: null,
    hash: null,
  };
}

async function record(ids: string[]) {
  return callSubgraph(federation, 'audit', RECORD, {
    principal: CUSTOMER_SERVICE,
    variables: { changes: ids.map(change) },
  });
}

async function verdict() {
  const { body } = await graphql(federation.gateway.url, CHAIN, { token: auditor });
  expect(body.errors).toBeUndefined();
  return body.data.changeLogChain;
}

// Asynchronous, so the gateway in this process keeps serving while the CLI runs.
const verifyCli = () =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(
      path.join(ROOT, 'node_modules/.bin/tsx'),
      ['bin/audit-verify.ts'],
      {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          DATA_DIR: federation.config.dataDir,
          LOG_LEVEL: 'silent',
          ...(federation.config.databaseUrl('audit') ? { DATABASE_URL: federation.config.databaseUrl('audit') } : {}),
        },
        encoding: 'utf8',
      },
      (error, stdout, stderr) => resolve({ status: error ? (error.code as number) : 0, stdout, stderr }),
    );
  });

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20' });
  auditor = await federation.token({ sub: 'auditor-ann', roles: ['auditor'], regions: [] });
  // The demo history arrives through the customer outbox; the tampering below starts once it is all in.
  await until(
    'the customer outbox to be delivered',
    () => federation.subgraphs.customer.database.fork().count(ChangeOutboxEntity, { deliveredAt: null }),
    (pending) => pending === 0,
  );
});

afterAll(async () => {
  await federation?.close();
});

describe('recording', () => {
  it('keeps one linear chain, signed at every recording, when recordings arrive concurrently', async () => {
    const before = await verdict();
    // A second writer on the same database, as a second audit process would be: the two race for the head.
    const otherProcess = new ChangeLogWriter(
      federation.subgraphs.audit.database,
      loadCheckpointSigner(federation.config),
    );
    const recorded = await Promise.all([
      ...Array.from({ length: 12 }, async (_, call) => {
        const { body } = await record([0, 1, 2].map((n) => `chg_concurrent_${call}_${n}`));
        expect(body.errors).toBeUndefined();
        return body.data.recordChanges as number;
      }),
      ...Array.from({ length: 12 }, (_, call) =>
        otherProcess.record([0, 1].map((n) => ({ ...entryOf(`chg_other_${call}_${n}`) }))),
      ),
    ]);
    expect(recorded).toEqual([...Array(12).fill(3), ...Array(12).fill(2)]);
    const after = await verdict();
    expect(after).toMatchObject({ intact: true, length: before.length + 60, firstBrokenEntryId: null });
    expect(after.checkpointsVerified).toBeGreaterThanOrEqual(before.checkpointsVerified + 24);
  });

  it('records a retried delivery once, and chains what a previous release recorded without hashes', async () => {
    const first = await record(['chg_retried']);
    const again = await record(['chg_retried']);
    expect([first.body.data.recordChanges, again.body.data.recordChanges]).toEqual([1, 0]);
    // As a gateway and audit subgraph of the previous release write: numbered, but not chained.
    const [head] = await em().find(ChangeLogEntryEntity, {}, { orderBy: { sequence: 'desc' }, limit: 1 });
    await em().insert(ChangeLogEntryEntity, {
      ...head,
      id: 'chg_previous_release',
      sequence: (head.sequence as number) + 1,
      previousHash: null,
      hash: null,
    });
    expect(await verdict()).toMatchObject({ intact: false, firstBrokenEntryId: 'chg_previous_release' });
    await record(['chg_after_upgrade']);
    expect(await verdict()).toMatchObject({ intact: true });
  });
});

describe('tamper evidence', () => {
  let entries: ChangeLogEntry[];
  let checkpoints: ChangeLogCheckpoint[];

  beforeAll(async () => {
    entries = await em().find(ChangeLogEntryEntity, {}, { orderBy: { sequence: 'asc' } });
    checkpoints = await em().find(ChangeLogCheckpointEntity, {}, { orderBy: { sequence: 'asc' } });
    expect(entries.length).toBeGreaterThan(40);
  });

  afterEach(async () => {
    // The change log back as it was before the tampering, tombstones gone with what they stood for.
    const fork = em();
    await fork.nativeDelete(ChangeLogEntryEntity, {});
    await fork.nativeDelete(ChangeLogCheckpointEntity, {});
    await fork.nativeDelete(ChangeLogTombstoneEntity, {});
    await fork.insertMany(
      ChangeLogEntryEntity,
      entries.map((row) => ({ ...row })),
    );
    await fork.insertMany(
      ChangeLogCheckpointEntity,
      checkpoints.map((row) => ({ ...row })),
    );
  });

  it('starts intact, the CLI agrees, and only auditors and admins may ask', async () => {
    expect(await verdict()).toMatchObject({ intact: true, removed: 0, firstBrokenEntryId: null });
    const cli = await verifyCli();
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/audit chain intact/);
    expect(cli.stdout).toMatch(/change log intact: \d+ entries/);
    const steward = await federation.token({ sub: 'steward-sam', roles: ['data_steward'], regions: ['EU'] });
    const { body } = await graphql(federation.gateway.url, CHAIN, { token: steward });
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    ['value', { newValue: JSON.stringify({ amount: '9999999.00', currency: 'EUR' }) }],
    ['actor', { actor: 'someone-else@example.com' }],
    ['time', { at: new Date('2020-01-01T00:00:00.000Z') }],
    ['reason', { reason: 'nothing to see' }],
    ['coordinate', { coordinate: 'Customer.name' }],
  ])('names an entry whose %s was edited in the database', async (_what, edit) => {
    const victim = entries[9];
    await em().nativeUpdate(ChangeLogEntryEntity, { id: victim.id }, edit);
    expect(await verdict()).toMatchObject({
      intact: false,
      firstBrokenEntryId: victim.id,
      firstBrokenSequence: victim.sequence,
      reason: 'hash mismatch: entry content was modified',
    });
  });

  it('fails `npm run audit:verify` naming the edited entry', async () => {
    const victim = entries[9];
    await em().nativeUpdate(ChangeLogEntryEntity, { id: victim.id }, { oldValue: null });
    const cli = await verifyCli();
    expect(cli.status).toBe(1);
    expect(cli.stdout).toMatch(/audit chain intact/);
    expect(cli.stderr).toContain('change log BROKEN');
    expect(cli.stderr).toContain(`first bad entry: ${victim.id} at sequence ${victim.sequence}`);
  });

  it('names the entry after one deleted behind Custos', async () => {
    await em().nativeDelete(ChangeLogEntryEntity, { id: entries[11].id });
    expect(await verdict()).toMatchObject({
      intact: false,
      firstBrokenEntryId: entries[12].id,
      reason: `sequence gap: entry ${entries[11].sequence} is missing`,
    });
  });

  it('names a forged entry inserted in the middle, even with hashes computed the chain’s way', async () => {
    const fork = em();
    const later = await fork.find(ChangeLogEntryEntity, { sequence: { $gte: 8 } }, { orderBy: { sequence: 'desc' } });
    for (const row of later)
      await fork.nativeUpdate(ChangeLogEntryEntity, { id: row.id }, { sequence: (row.sequence as number) + 1 });
    const [forged] = chainChanges({ sequence: 7, hash: entries[6].hash as string }, [
      { ...storedChange(entries[6]), id: 'chg_forged', sequence: 8, actor: 'mallory@example.com' },
    ]);
    await fork.insert(ChangeLogEntryEntity, {
      ...entries[6],
      id: 'chg_forged',
      actor: forged.actor,
      sequence: 8,
      previousHash: forged.previousHash,
      hash: forged.hash,
    });
    expect(await verdict()).toMatchObject({ intact: false, firstBrokenEntryId: entries[7].id });
  });

  it('names a forged entry appended after the last recording, even with hashes computed the chain’s way', async () => {
    const head = entries[entries.length - 1];
    const sequence = (head.sequence as number) + 1;
    const [forged] = chainChanges({ sequence: head.sequence as number, hash: head.hash as string }, [
      { ...storedChange(head), id: 'chg_forged_tail', sequence },
    ]);
    await em().insert(ChangeLogEntryEntity, {
      ...head,
      id: 'chg_forged_tail',
      sequence,
      previousHash: forged.previousHash,
      hash: forged.hash,
    });
    expect(await verdict()).toMatchObject({
      intact: false,
      firstBrokenEntryId: 'chg_forged_tail',
      firstBrokenSequence: sequence,
    });
  });

  it('verifies after a removal through removeChangeLogEntries, and recordings go on; a later deletion behind Custos does not', async () => {
    const purged = [entries[0].id, entries[1].id, entries[5].id, entries[entries.length - 1].id];
    const removed = await inTransaction(em(), (tx) =>
      removeChangeLogEntries(tx, purged, { purgeRunId: 'purge_test_1', rule: 'change-log: 7 years' }),
    );
    expect(removed).toBe(4);
    expect(await em().count(ChangeLogEntryEntity, { id: { $in: purged } })).toBe(0);
    expect(await verdict()).toMatchObject({ intact: true, removed: 4, length: entries.length });
    expect((await verifyCli()).status).toBe(0);

    await record(['chg_after_purge']);
    expect(await verdict()).toMatchObject({ intact: true, removed: 4, length: entries.length + 1 });

    await em().nativeDelete(ChangeLogEntryEntity, { id: entries[3].id });
    expect(await verdict()).toMatchObject({ intact: false, firstBrokenEntryId: entries[4].id });
  });
});
