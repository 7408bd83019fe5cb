import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningGateway } from '../../../../gateway/server';
import type { Principal } from '../../../../lib/principal';
import { webhookSecret } from '../../../../lib/webhooks/webhookSecret';
import { verifyWebhook } from '../../../../lib/webhooks/webhookSignature';
import { ChangeLogEntryEntity } from '../../../../subgraphs/audit/entities/ChangeLogEntry';
import { AuditEventRowEntity } from '../../../../subgraphs/audit/entities/AuditEventRow';
import { INCIDENT_WEBHOOK_ID } from '../../../../subgraphs/audit/incidents/incidentNotifier';
import { callSubgraph, graphql, startTestFederation, type TestFederation } from '../../../support/federation';
import { startJobRunner, until } from '../../../support/gateways';

/**
 * Security incidents end to end: each of the four sources opens one (a forged internal request
 * straight at a subgraph, repeated refusals at the gateway, a bulk read, a broken audit chain found
 * by the audit-verify job), repeats count into the open incident, the incident webhook receives
 * signed notifications and a failed one is retried, admins acknowledge and resolve with the
 * timeline, and the grants and input checks hold.
 */

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

const received: Received[] = [];
let failNext = 0;
const receiver = http.createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    if (failNext > 0) {
      failNext -= 1;
      response.writeHead(500).end();
      return;
    }
    received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
    response.writeHead(204).end();
  });
});

let federation: TestFederation;
let admin: string;
let auditor: string;

const INCIDENT = `id kind severity playbook { id title url } subject detail reportedBy status occurrences
  openedAt lastSeenAt acknowledgedBy resolvedBy resolution timeline { position kind actor occurrences note }`;

async function incidentsOf(kind: string): Promise<any[]> {
  const { body } = await graphql(
    federation.gateway.url,
    `query($kind: IncidentKind) { incidents(kind: $kind, first: 50) { ${INCIDENT} } }`,
    { token: auditor, variables: { kind } },
  );
  expect(body.errors).toBeUndefined();
  return body.data.incidents;
}

const FORGED_SECRET = 'an-attacker-guessed-this-secret-of-40-chars';
const USER: Principal = { sub: 'mallory', roles: ['admin'], regions: ['EU', 'US'] };

async function forgeRequest(): Promise<void> {
  const { status } = await callSubgraph(federation, 'customer', '{ __typename }', {
    principal: USER,
    secret: FORGED_SECRET,
  });
  expect(status).toBe(401);
}

const notifications = (id: string) =>
  received.map((delivery) => JSON.parse(delivery.body)).filter((payload) => payload.id === id);

beforeAll(async () => {
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  federation = await startTestFederation({
    SEED_CUSTOMERS: '60',
    BULK_EXPORT_RECORDS: '20',
    INCIDENT_DENIED_REQUESTS: '3',
    INCIDENT_WEBHOOK_URL: `http://127.0.0.1:${port}/incidents`,
    INCIDENT_WEBHOOK_RETRY_MS: '10',
    INCIDENT_WEBHOOK_POLL_MS: '20',
  });
  admin = await federation.token({ sub: 'admin-ada', roles: ['admin'] });
  auditor = await federation.token({ sub: 'auditor-ann', roles: ['auditor'], regions: [] });
});

afterAll(async () => {
  await federation?.close();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('a forged internal request', () => {
  it('opens one incident, counts repeats into it, and notifies the webhook, retrying a failed delivery', async () => {
    failNext = 1;
    await forgeRequest();
    await federation.subgraphs.customer.settled();
    const [opened] = await incidentsOf('FORGED_INTERNAL_REQUEST');
    expect(opened).toMatchObject({
      kind: 'FORGED_INTERNAL_REQUEST',
      severity: 'HIGH',
      playbook: { id: 'SEC-PB-04' },
      subject: 'service:customer',
      reportedBy: 'customer',
      status: 'OPEN',
      occurrences: 1,
    });
    expect(opened.detail).toMatch(/without a valid internal token/);
    expect(opened.detail).not.toContain(FORGED_SECRET);

    for (let i = 0; i < 4; i++) await forgeRequest();
    await federation.subgraphs.customer.settled();
    const incidents = await incidentsOf('FORGED_INTERNAL_REQUEST');
    expect(incidents).toHaveLength(1);
    expect(incidents[0].occurrences).toBe(5);
    expect(incidents[0].timeline.filter((entry: any) => entry.kind === 'OCCURRED').length).toBeGreaterThan(0);

    const notified = await until(
      'the retried notification',
      async () => (await incidentsOf('FORGED_INTERNAL_REQUEST'))[0].timeline.map((entry: any) => entry.kind),
      (kinds) => kinds.includes('NOTIFIED'),
    );
    expect(notified.indexOf('NOTIFICATION_FAILED')).toBeGreaterThan(0);
    expect(notified.indexOf('NOTIFICATION_FAILED')).toBeLessThan(notified.indexOf('NOTIFIED'));
    const [delivery] = received.filter((d) => JSON.parse(d.body).id === opened.id);
    const secret = webhookSecret(federation.config.changeEvents.signingKey as string, INCIDENT_WEBHOOK_ID);
    const headers = delivery.headers as Record<string, string>;
    expect(verifyWebhook(secret, headers, delivery.body, new Date())).toBe(true);
    expect(verifyWebhook(webhookSecret('another key', INCIDENT_WEBHOOK_ID), headers, delivery.body, new Date())).toBe(
      false,
    );
    expect(JSON.parse(delivery.body)).toMatchObject({
      type: 'custos.incident',
      id: opened.id,
      kind: 'FORGED_INTERNAL_REQUEST',
      severity: 'HIGH',
      playbook: { id: 'SEC-PB-04' },
      subject: 'service:customer',
      status: 'OPEN',
    });
    expect(delivery.body).not.toContain('detail');
  });

  it('is acknowledged and resolved by an admin, on the timeline and at the webhook; a new one opens afresh', async () => {
    const [incident] = await incidentsOf('FORGED_INTERNAL_REQUEST');
    const respond = (query: string, variables: Record<string, unknown>, token = admin) =>
      graphql(federation.gateway.url, query, { token, variables });
    const ACK = `mutation($id: ID!, $note: String) { acknowledgeIncident(id: $id, note: $note) { status acknowledgedBy } }`;
    const RESOLVE = `mutation($id: ID!, $note: String!) { resolveIncident(id: $id, note: $note) { status resolvedBy resolution timeline { kind actor note } } }`;

    const acknowledged = await respond(ACK, { id: incident.id, note: 'looking at the network logs' });
    expect(acknowledged.body.data.acknowledgeIncident).toEqual({ status: 'ACKNOWLEDGED', acknowledgedBy: 'admin-ada' });
    const again = await respond(ACK, { id: incident.id });
    expect(again.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const blank = await respond(RESOLVE, { id: incident.id, note: '  ' });
    expect(blank.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const resolved = await respond(RESOLVE, { id: incident.id, note: 'a scanner on the build network; blocked' });
    expect(resolved.body.errors).toBeUndefined();
    const { timeline, ...state } = resolved.body.data.resolveIncident;
    expect(state).toEqual({
      status: 'RESOLVED',
      resolvedBy: 'admin-ada',
      resolution: 'a scanner on the build network; blocked',
    });
    expect(timeline[0]).toMatchObject({ kind: 'OPENED', actor: 'customer' });
    expect(timeline).toEqual(
      expect.arrayContaining([
        { kind: 'ACKNOWLEDGED', actor: 'admin-ada', note: 'looking at the network logs' },
        { kind: 'RESOLVED', actor: 'admin-ada', note: 'a scanner on the build network; blocked' },
      ]),
    );
    const resolvedAgain = await respond(RESOLVE, { id: incident.id, note: 'again' });
    expect(resolvedAgain.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await until(
      'the resolution at the webhook',
      () => notifications(incident.id).map((payload) => payload.status),
      (statuses) => statuses.includes('RESOLVED'),
    );
    expect(notifications(incident.id).map((payload) => payload.status)).toEqual(
      expect.arrayContaining(['OPEN', 'ACKNOWLEDGED', 'RESOLVED']),
    );

    await forgeRequest();
    await federation.subgraphs.customer.settled();
    const incidents = await incidentsOf('FORGED_INTERNAL_REQUEST');
    expect(incidents.map((i) => i.status)).toEqual(['OPEN', 'RESOLVED']);
  });
});

describe('at the gateway', () => {
  it('repeated refusals of one principal open a REPEATED_DENIALS incident', async () => {
    const denied = await federation.token({ sub: 'denied-dan', roles: ['bi_reader'], regions: ['EU'] });
    for (let i = 0; i < 3; i++) {
      const { status, body } = await graphql(federation.gateway.url, '{ incidents { id } }', { token: denied });
      expect(status).toBe(403);
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const [incident] = await until(
      'the repeated denials incident',
      () => incidentsOf('REPEATED_DENIALS'),
      (found) => found.length > 0,
    );
    expect(incident).toMatchObject({
      severity: 'MEDIUM',
      subject: 'principal:denied-dan',
      reportedBy: 'gateway',
      playbook: { id: 'SEC-PB-02' },
    });
    expect(incident.detail).toBe('3 requests refused within 300 s (limit 3)');
  });

  it('a bulk read of sensitive records opens a BULK_EXPORT incident', async () => {
    const reader = await federation.token({ sub: 'fa-bulk', roles: ['finance_analyst'], regions: ['EU', 'US'] });
    const { body } = await graphql(
      federation.gateway.url,
      '{ customers(first: 40) { edges { node { id name creditLimit { amount } } } } }',
      { token: reader },
    );
    expect(body.errors ?? []).toEqual([]);
    const [incident] = await until(
      'the bulk export incident',
      () => incidentsOf('BULK_EXPORT'),
      (found) => found.length > 0,
    );
    expect(incident).toMatchObject({ severity: 'HIGH', subject: 'principal:fa-bulk', playbook: { id: 'SEC-PB-01' } });
    expect(incident.detail).toMatch(/sensitive records/);
  });
});

describe('a broken audit chain', () => {
  let runner: RunningGateway | undefined;

  afterAll(async () => {
    await runner?.close();
  });

  it('found by the audit-verify job fails the run and opens a critical incident', async () => {
    const em = () => federation.subgraphs.audit.database.fork();
    await incidentsOf('AUDIT_CHAIN_FAILURE'); // an audited read: the trail has an event to tamper with
    const [victim] = await em().find(AuditEventRowEntity, {}, { orderBy: { sequence: 'asc' }, limit: 1 });
    const tampered = { ...JSON.parse(victim.body), requestId: 'rewritten' };
    await em().nativeUpdate(AuditEventRowEntity, { id: victim.id }, { body: JSON.stringify(tampered) });
    try {
      runner = await startJobRunner(federation);
      const asked = await graphql(federation.gateway.url, 'mutation { runJobNow(job: "audit-verify") { id } }', {
        token: admin,
      });
      expect(asked.body.errors).toBeUndefined();
      const run = await until(
        'the audit-verify run',
        async () => {
          const { body } = await graphql(
            federation.gateway.url,
            '{ jobRuns(job: "audit-verify") { id status outcome } }',
            {
              token: admin,
            },
          );
          return body.data.jobRuns.find((r: { id: string }) => r.id === asked.body.data.runJobNow.id);
        },
        (found) => found?.status === 'FAILED',
      );
      expect(run.outcome).toContain(victim.id);
      await federation.subgraphs.audit.settled();
      const [incident] = await incidentsOf('AUDIT_CHAIN_FAILURE');
      expect(incident).toMatchObject({
        severity: 'CRITICAL',
        subject: `event:${victim.id}`,
        reportedBy: 'audit',
        playbook: { id: 'SEC-PB-03' },
      });
      expect(incident.detail).toMatch(/is broken at sequence 1: /);
    } finally {
      await em().nativeUpdate(AuditEventRowEntity, { id: victim.id }, { body: victim.body });
    }
  });

  it('includes the change log: an entry edited in the database fails the job and opens an incident naming it', async () => {
    const em = () => federation.subgraphs.audit.database.fork();
    await federation.subgraphs.customer.settled();
    const [victim] = await em().find(ChangeLogEntryEntity, {}, { orderBy: { sequence: 'asc' }, limit: 1 });
    expect(victim).toBeDefined();
    await em().nativeUpdate(ChangeLogEntryEntity, { id: victim.id }, { actor: 'someone-else' });
    try {
      runner ??= await startJobRunner(federation);
      const asked = await graphql(federation.gateway.url, 'mutation { runJobNow(job: "audit-verify") { id } }', {
        token: admin,
      });
      const run = await until(
        'the audit-verify run',
        async () => {
          const { body } = await graphql(
            federation.gateway.url,
            '{ jobRuns(job: "audit-verify") { id status outcome } }',
            {
              token: admin,
            },
          );
          return body.data.jobRuns.find((r: { id: string }) => r.id === asked.body.data.runJobNow.id);
        },
        (found) => found?.status === 'FAILED',
      );
      expect(run.outcome).toContain(`the change log is broken at ${victim.id}`);
      await federation.subgraphs.audit.settled();
      const incident = (await incidentsOf('AUDIT_CHAIN_FAILURE')).find(
        (found: { subject: string }) => found.subject === `change:${victim.id}`,
      );
      expect(incident).toMatchObject({ severity: 'CRITICAL', reportedBy: 'audit' });
    } finally {
      await em().nativeUpdate(ChangeLogEntryEntity, { id: victim.id }, { actor: victim.actor });
    }
  });
});

describe('grants and input', () => {
  it('lets auditors read but not respond, and others neither', async () => {
    const [incident] = await incidentsOf('FORGED_INTERNAL_REQUEST');
    const steward = await federation.token({ sub: 'steward-sam', roles: ['data_steward'] });
    const read = await graphql(federation.gateway.url, '{ incidents { id } }', { token: steward });
    expect(read.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const one = await graphql(federation.gateway.url, 'query($id: ID!) { incident(id: $id) { id } }', {
      token: steward,
      variables: { id: incident.id },
    });
    expect(one.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const ack = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { acknowledgeIncident(id: $id) { status } }',
      { token: auditor, variables: { id: incident.id } },
    );
    expect(ack.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byAuditor = await graphql(federation.gateway.url, 'query($id: ID!) { incident(id: $id) { id status } }', {
      token: auditor,
      variables: { id: incident.id },
    });
    expect(byAuditor.body.data.incident).toEqual({ id: incident.id, status: 'OPEN' });
  });

  it('refuses bad ids, unknown incidents, and reports a service may not make', async () => {
    const tooLong = await graphql(federation.gateway.url, 'query($id: ID!) { incident(id: $id) { id } }', {
      token: auditor,
      variables: { id: 'x'.repeat(65) },
    });
    expect(tooLong.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await graphql(
      federation.gateway.url,
      'mutation { resolveIncident(id: "inc_missing", note: "n/a") { id } }',
      { token: admin },
    );
    expect(missing.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const internal = await graphql(federation.gateway.url, 'mutation { reportSecurityEvent(events: []) }', {
      token: admin,
    });
    expect(internal.status).toBe(400);

    const report = `mutation($events: [SecurityEventInput!]!) { reportSecurityEvent(events: $events) }`;
    const event = {
      kind: 'BULK_EXPORT',
      subject: 'principal:someone',
      detail: 'claimed by the wrong process',
      occurrences: 1,
      firstAt: new Date().toISOString(),
      lastAt: new Date().toISOString(),
    };
    const customer: Principal = { sub: 'service:customer', roles: [], regions: [], service: 'customer' };
    const claimed = await callSubgraph(federation, 'audit', report, {
      principal: customer,
      variables: { events: [event] },
    });
    expect(claimed.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const empty = await callSubgraph(federation, 'audit', report, {
      principal: { ...customer, sub: 'service:gateway', service: 'gateway' },
      variables: { events: [] },
    });
    expect(empty.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const person = await callSubgraph(federation, 'audit', report, { principal: USER, variables: { events: [event] } });
    expect(person.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
