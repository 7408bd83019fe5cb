import { execFile } from 'node:child_process';
import path from 'node:path';
import { AuditEventRowEntity, type AuditEventRow } from '../../../../subgraphs/audit/entities/AuditEventRow';
import {
  AuditCheckpointRowEntity,
  type AuditCheckpointRow,
} from '../../../../subgraphs/audit/entities/AuditCheckpointRow';
import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/** The audit trail end to end: what is recorded, who may read it, tamper evidence, and failing closed. */

const ROOT = path.resolve(__dirname, '../../../..');
const EVENTS = `query Events($filter: AuditEventFilter, $first: Int) { auditEvents(filter: $filter, first: $first) {
  edges { node { id sequence kind outcome operationName operationText variables clientName clientVersion requestId alert
    principal { sub roles regions } coordinates { coordinate classification decision strategy } records { type count } hash previousHash } }
} }`;
const CHAIN = '{ auditChain { intact length firstBrokenEventId firstBrokenSequence reason checkpointsVerified } }';

let federation: TestFederation;
let auditor: string;

async function eventsOf(sub: string): Promise<any[]> {
  const { body } = await graphql(federation.gateway.url, EVENTS, {
    token: auditor,
    variables: { filter: { sub }, first: 100 },
  });
  expect(body.errors).toBeUndefined();
  return body.data.auditEvents.edges.map((edge: any) => edge.node);
}

beforeAll(async () => {
  federation = await startTestFederation({
    SEED_CUSTOMERS: '120',
    BULK_EXPORT_RECORDS: '60',
    AUDIT_CHECKPOINT_EVERY: '5',
  });
  auditor = await federation.token({ sub: 'auditor-ann', roles: ['auditor'], regions: [] });
});

afterAll(async () => {
  await federation?.close();
});

describe('what is recorded', () => {
  it('records a sensitive operation once, before answering, with who, what and what they got', async () => {
    const token = await federation.token({ sub: 'fa-one', roles: ['finance_analyst'], regions: ['EU'] });
    const query =
      'query Limits($first: Int, $q: String) { customers(first: $first, filter: { nameContains: $q }) { edges { node { id name creditLimit { amount } } } } }';
    const { body } = await graphql(federation.gateway.url, query, {
      token,
      variables: { first: 10, q: 'a' + 'b' },
      headers: {
        'apollographql-client-name': 'bi-dashboard',
        'apollographql-client-version': '4.2.0',
        'x-request-id': 'req-audit-1',
      },
    });
    expect(body.errors ?? []).toEqual([]);
    const events = await eventsOf('fa-one');
    expect(events).toHaveLength(1);
    const [event] = events;
    expect(event).toMatchObject({
      kind: 'OPERATION',
      outcome: 'SERVED',
      operationName: 'Limits',
      clientName: 'bi-dashboard',
      clientVersion: '4.2.0',
      requestId: 'req-audit-1',
      principal: { sub: 'fa-one', roles: ['finance_analyst'], regions: ['EU'] },
      coordinates: [
        { coordinate: 'Customer.creditLimit', classification: 'CREDIT', decision: 'ALLOW', strategy: null },
      ],
    });
    expect(event.operationText).toContain('creditLimit');
    // Page sizes are kept; free text could carry personal data and is redacted.
    expect(JSON.parse(event.variables)).toEqual({ first: 10, q: '[redacted]' });
    const withLimit = body.data.customers.edges.filter((e: any) => e.node.creditLimit !== null).length;
    expect(event.records).toEqual(withLimit > 0 ? [{ type: 'Customer', count: withLimit }] : []);
  });

  it('keeps no account or card number that a client wrote inline into the operation', async () => {
    const token = await federation.token({ sub: 'admin-inline', roles: ['admin'], regions: [] });
    await graphql(federation.gateway.url, '{ customerByIban(iban: "DE89 3704 0044 0532 0130 00") { id duns } }', {
      token,
    });
    const [event] = await eventsOf('admin-inline');
    expect(event.operationText).toContain('customerByIban');
    expect(event.operationText).not.toMatch(/3704|DE89/);
  });

  it('records nothing for an operation without classified fields', async () => {
    const token = await federation.token({ sub: 'fa-two', roles: ['finance_analyst'], regions: ['EU'] });
    await graphql(federation.gateway.url, '{ customers(first: 5) { edges { node { id name country } } } }', { token });
    expect(await eventsOf('fa-two')).toEqual([]);
  });

  it('records every read of credit-hold status', async () => {
    const token = await federation.token({ sub: 'cs-hold', roles: ['collections'], regions: ['EU'] });
    await graphql(federation.gateway.url, '{ customers(first: 3) { edges { node { name creditHold } } } }', { token });
    const [event] = await eventsOf('cs-hold');
    expect(event.coordinates.map((c: any) => c.coordinate)).toEqual(['Customer.creditHold']);
  });

  it('refuses before planning what can only be denied, and records the attempt', async () => {
    const token = await federation.token({ sub: 'cs-denied', roles: ['customer_service'], regions: ['EU'] });
    const { body } = await graphql(
      federation.gateway.url,
      '{ customers(first: 3) { edges { node { creditLimit { amount } } } } }',
      { token },
    );
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(body.data ?? null).toBeNull();
    const [event] = await eventsOf('cs-denied');
    expect(event).toMatchObject({
      outcome: 'DENIED',
      coordinates: [{ coordinate: 'Customer.creditLimit', decision: 'DENY' }],
    });
  });

  it('lets only auditors and admins read the trail, and records every reading', async () => {
    const analyst = await federation.token({ sub: 'fa-curious', roles: ['finance_analyst'], regions: ['EU'] });
    const { body } = await graphql(federation.gateway.url, EVENTS, { token: analyst });
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const readings = await eventsOf('auditor-ann');
    expect(readings.length).toBeGreaterThan(0);
    expect(readings.every((e) => e.coordinates.some((c: any) => c.coordinate === 'Query.auditEvents'))).toBe(true);
    expect((await eventsOf('fa-curious'))[0]).toMatchObject({ outcome: 'DENIED' });
  });

  it('raises an alert when one operation returns many sensitive records', async () => {
    const token = await federation.token({ sub: 'bi-bulk', roles: ['bi_reader'], regions: [] });
    await graphql(federation.gateway.url, '{ customers(first: 100) { edges { node { duns } } } }', { token });
    const events = await eventsOf('bi-bulk');
    const alert = events.find((e) => e.kind === 'ALERT');
    expect(alert?.alert).toMatch(/sensitive records \(limit 60\)/);
    const { body } = await graphql(federation.gateway.url, EVENTS, {
      token: auditor,
      variables: { filter: { kind: 'ALERT' } },
    });
    expect(body.data.auditEvents.edges.map((e: any) => e.node.id)).toContain(alert.id);
  });

  it('keeps the chain whole under concurrent load (group commit)', async () => {
    const token = await federation.token({ sub: 'burst', roles: ['admin'], regions: [] });
    const results = await Promise.all(
      Array.from({ length: 60 }, () =>
        graphql(federation.gateway.url, '{ customers(first: 2) { edges { node { duns } } } }', { token }),
      ),
    );
    expect(results.every((r) => r.status === 200 && !r.body.errors)).toBe(true);
    const { body } = await graphql(federation.gateway.url, CHAIN, { token: auditor });
    expect(body.data.auditChain).toMatchObject({ intact: true, firstBrokenEventId: null });
    expect(body.data.auditChain.checkpointsVerified).toBeGreaterThan(5);
  });
});

describe('tamper evidence', () => {
  let original: AuditEventRow[];
  let checkpoints: AuditCheckpointRow[];
  const em = () => federation.subgraphs.audit.database.fork();
  // Asynchronous, so the gateway in this process keeps serving (and closing idle sockets) while the CLI runs.
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

  async function verdict() {
    const { body } = await graphql(federation.gateway.url, CHAIN, { token: auditor });
    return body.data.auditChain;
  }

  beforeAll(async () => {
    original = await em().find(AuditEventRowEntity, {}, { orderBy: { sequence: 'asc' } });
    checkpoints = await em().find(AuditCheckpointRowEntity, {}, { orderBy: { sequence: 'asc' } });
    expect(original.length).toBeGreaterThan(20);
  });

  afterEach(async () => {
    // Put the trail back as it was before the tampering; what the verdict readings appended goes too.
    const fork = em();
    await fork.nativeDelete(AuditEventRowEntity, {});
    await fork.nativeDelete(AuditCheckpointRowEntity, {});
    await fork.insertMany(
      AuditEventRowEntity,
      original.map((row) => ({ ...row })),
    );
    await fork.insertMany(
      AuditCheckpointRowEntity,
      checkpoints.map((row) => ({ ...row })),
    );
  });

  it('starts intact, and the CLI agrees', async () => {
    expect(await verdict()).toMatchObject({ intact: true });
    const cli = await verifyCli();
    expect(cli.status).toBe(0);
    expect(cli.stdout).toMatch(/audit chain intact/);
  });

  it('names a modified event', async () => {
    const victim = original[9];
    const body = JSON.parse(victim.body);
    body.principal.sub = 'someone-else';
    await em().nativeUpdate(AuditEventRowEntity, { id: victim.id }, { body: JSON.stringify(body) });
    expect(await verdict()).toMatchObject({ intact: false, firstBrokenEventId: victim.id, firstBrokenSequence: 10 });
    const cli = await verifyCli();
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(victim.id);
  });

  it('names the event after a deleted one', async () => {
    await em().nativeDelete(AuditEventRowEntity, { id: original[11].id });
    expect(await verdict()).toMatchObject({ intact: false, firstBrokenEventId: original[12].id });
  });

  it('notices reordered events', async () => {
    const [a, b] = [original[5], original[6]];
    await em().nativeUpdate(AuditEventRowEntity, { id: a.id }, { sequence: 1_000_000 });
    await em().nativeUpdate(AuditEventRowEntity, { id: b.id }, { sequence: a.sequence });
    await em().nativeUpdate(AuditEventRowEntity, { id: a.id }, { sequence: b.sequence });
    const result = await verdict();
    expect(result.intact).toBe(false);
    expect([a.id, b.id]).toContain(result.firstBrokenEventId);
  });

  it('notices an inserted event', async () => {
    const fork = em();
    const rows = await fork.find(AuditEventRowEntity, { sequence: { $gte: 8 } }, { orderBy: { sequence: 'desc' } });
    for (const row of rows)
      await fork.nativeUpdate(AuditEventRowEntity, { id: row.id }, { sequence: row.sequence + 1 });
    await fork.insertMany(AuditEventRowEntity, [{ ...original[6], id: 'aud_forged', sequence: 8 }]);
    expect(await verdict()).toMatchObject({ intact: false, firstBrokenEventId: 'aud_forged' });
  });

  it('catches a rewrite that recomputed every hash: the rewritten event no longer matches its origin signature', async () => {
    const { chainMany } = await import('../../../../subgraphs/audit/chain');
    const events = original.map((row) => ({
      id: row.id,
      at: row.at,
      kind: row.kind,
      body: JSON.parse(row.body),
      origin: JSON.parse(row.origin as string),
    }));
    events[2].body.principal.sub = 'rewritten';
    const forged = chainMany(undefined, events);
    for (const event of forged) {
      await em().nativeUpdate(
        AuditEventRowEntity,
        { id: event.id },
        { body: JSON.stringify(event.body), hash: event.hash, previousHash: event.previousHash },
      );
    }
    expect(await verdict()).toMatchObject({
      intact: false,
      firstBrokenEventId: original[2].id,
      reason: 'origin: the event has an origin signature that does not verify',
    });
  });

  it('catches a rewrite of unsigned history through the signed checkpoints', async () => {
    const { chainMany } = await import('../../../../subgraphs/audit/chain');
    // As if the trail held events from before origins were signed: rewritten, rehashed, unsigned.
    const events = original.map((row) => ({ id: row.id, at: row.at, kind: row.kind, body: JSON.parse(row.body) }));
    events[2].body.principal.sub = 'rewritten';
    for (const event of chainMany(undefined, events)) {
      await em().nativeUpdate(
        AuditEventRowEntity,
        { id: event.id },
        { body: JSON.stringify(event.body), hash: event.hash, previousHash: event.previousHash, origin: null },
      );
    }
    const result = await verdict();
    expect(result.intact).toBe(false);
    expect(result.reason).toMatch(/checkpoint/);
  });

  it('notices a truncated tail through the last signed checkpoint', async () => {
    const [last] = await em().find(AuditCheckpointRowEntity, {}, { orderBy: { sequence: 'desc' }, limit: 1 });
    await em().nativeDelete(AuditEventRowEntity, { sequence: { $gt: last.sequence - 3 } });
    const result = await verdict();
    expect(result.intact).toBe(false);
    expect(result.reason).toMatch(/shorter than checkpoint/);
  });

  it('refuses a forged checkpoint', async () => {
    const [checkpoint] = await em().find(AuditCheckpointRowEntity, {}, { orderBy: { sequence: 'asc' }, limit: 1 });
    const signature = Buffer.from(checkpoint.signature, 'base64');
    signature[0] ^= 0xff;
    await em().nativeUpdate(
      AuditCheckpointRowEntity,
      { sequence: checkpoint.sequence },
      { signature: signature.toString('base64') },
    );
    const result = await verdict();
    await em().nativeUpdate(
      AuditCheckpointRowEntity,
      { sequence: checkpoint.sequence },
      { signature: checkpoint.signature },
    );
    expect(result).toMatchObject({ intact: false });
    expect(result.reason).toMatch(/signature/);
  });
});

describe('failing closed', () => {
  it('serves nothing sensitive when the audit store is broken, and the rest as usual', async () => {
    const token = await federation.token({ sub: 'fa-closed', roles: ['finance_analyst'], regions: ['EU'] });
    await federation.subgraphs.audit.database.orm.em
      .getConnection()
      .execute('alter table audit_event rename to audit_event_gone');
    try {
      const { status, body } = await graphql(
        federation.gateway.url,
        '{ customers(first: 5) { edges { node { name creditLimit { amount } } } } }',
        { token },
      );
      expect(status).toBe(503);
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(JSON.stringify(body)).not.toMatch(/"amount"/);
      const plain = await graphql(federation.gateway.url, '{ customers(first: 5) { edges { node { name } } } }', {
        token,
      });
      expect(plain.body.data.customers.edges).toHaveLength(5);
    } finally {
      await federation.subgraphs.audit.database.orm.em
        .getConnection()
        .execute('alter table audit_event_gone rename to audit_event');
    }
  });

  it('serves nothing sensitive when the audit subgraph is gone', async () => {
    const token = await federation.token({ sub: 'fa-gone', roles: ['finance_analyst'], regions: ['EU'] });
    await federation.subgraphs.audit.close();
    const { status, body } = await graphql(
      federation.gateway.url,
      '{ customers(first: 5) { edges { node { name creditLimit { amount } } } } }',
      { token },
    );
    expect(status).toBe(503);
    expect(body.data ?? null).toBeNull();
    expect(JSON.stringify(body)).not.toMatch(/"amount"/);
  });
});
