import http from 'node:http';
import net from 'node:net';
import { alertEvent } from '../../../../gateway/audit/auditEvents';
import { AuditTrailClient, AuditUnavailableError } from '../../../../lib/auditTrailClient';
import { loadOriginSigner } from '../../../../lib/crypto/originKeys';
import type { Principal } from '../../../../lib/principal';
import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * Appends that lose their connection: the gateway's line to the trail tries once more when a
 * connection drops before any answer, and the trail answers an event it already holds instead of
 * chaining it twice, so a retry can neither lose an event nor duplicate one. Appends made at once
 * share calls, and a refused shared call costs no other caller its events.
 */

let federation: TestFederation;
let auditor: string;

beforeAll(async () => {
  federation = await startTestFederation();
  auditor = await federation.token({ sub: 'auditor-ann', roles: ['auditor'], regions: [] });
});

afterAll(async () => {
  await federation?.close();
});

/** A TCP relay to the audit subgraph that cuts the first `drops` connections as soon as a request arrives. */
async function flakyRelay(drops: number): Promise<{ url: string; connections: () => number; close(): Promise<void> }> {
  const target = new URL(federation.subgraphs.audit.url);
  let connections = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    connections += 1;
    if (connections <= drops) {
      client.once('data', () => client.destroy());
      return;
    }
    const upstream = net.connect(Number(target.port), target.hostname);
    sockets.add(upstream);
    client.pipe(upstream).pipe(client);
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function trailVia(url: string): AuditTrailClient {
  return new AuditTrailClient({
    url: () => url,
    internalToken: federation.config.internalToken,
    timeoutMs: 10_000,
    signer: loadOriginSigner(federation.config, 'gateway'),
  });
}

async function alertsOf(sub: string): Promise<{ id: string; alert: string }[]> {
  const { body } = await graphql(
    federation.gateway.url,
    'query($sub: String) { auditEvents(filter: { sub: $sub }, first: 50) { edges { node { id alert } } } auditChain { intact } }',
    { token: auditor, variables: { sub } },
  );
  expect(body.errors).toBeUndefined();
  expect(body.data.auditChain.intact).toBe(true);
  return body.data.auditEvents.edges.map((edge: { node: { id: string; alert: string } }) => edge.node);
}

const principal = (sub: string): Principal => ({ sub, roles: ['finance_analyst'], regions: ['EU'] });

it('writes an event once when its append is sent again', async () => {
  const trail = trailVia(federation.subgraphs.audit.url);
  const event = alertEvent(principal('retry-same'), 'req-same', 'sent twice', { Customer: 3 });
  const other = alertEvent(principal('retry-same'), 'req-same', 'sent once', { Customer: 1 });
  await trail.append([event]);
  // The second append repeats the first event beside a new one, and the event twice in one batch.
  await trail.append([event, other, event]);
  const alerts = await alertsOf('retry-same');
  expect(alerts.map((alert) => alert.id).sort()).toEqual([event.id, other.id].sort());
});

it('refuses an event id sent again with other content, keeping what the trail holds', async () => {
  const trail = trailVia(federation.subgraphs.audit.url);
  const event = alertEvent(principal('retry-altered'), 'req-altered', 'the original', { Customer: 2 });
  await trail.append([event]);
  const altered = { ...event, body: { ...event.body, alert: 'rewritten afterwards' } };
  await expect(trail.append([altered])).rejects.toThrow(AuditUnavailableError);
  expect(await alertsOf('retry-altered')).toEqual([{ id: event.id, alert: 'the original' }]);
});

it('tries once more when the connection drops before an answer, and the event is written once', async () => {
  const relay = await flakyRelay(1);
  try {
    const event = alertEvent(principal('retry-dropped'), 'req-dropped', 'after a dropped connection', { Customer: 1 });
    await trailVia(relay.url).append([event]);
    expect(relay.connections()).toBe(2);
    expect(await alertsOf('retry-dropped')).toEqual([{ id: event.id, alert: 'after a dropped connection' }]);
  } finally {
    await relay.close();
  }
});

it('fails closed, naming the cause, when the connection drops again', async () => {
  const relay = await flakyRelay(2);
  try {
    const event = alertEvent(principal('retry-down'), 'req-down', 'never written', { Customer: 1 });
    const failure = trailVia(relay.url).append([event]);
    await expect(failure).rejects.toThrow(AuditUnavailableError);
    await expect(failure).rejects.toThrow(/unreachable: fetch failed \(.+\)/);
    expect(relay.connections()).toBe(2);
    expect(await alertsOf('retry-down')).toEqual([]);
  } finally {
    await relay.close();
  }
});

/** An HTTP relay to the audit subgraph that counts the calls it passes on. */
async function countingRelay(): Promise<{ url: string; calls: () => number; close(): Promise<void> }> {
  let calls = 0;
  const server = http.createServer(async (request, response) => {
    calls += 1;
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const answer = await fetch(federation.subgraphs.audit.url, {
      method: 'POST',
      headers: Object.fromEntries(
        Object.entries(request.headers).filter(([name]) => name.startsWith('x-') || name === 'content-type'),
      ) as Record<string, string>,
      body: Buffer.concat(chunks),
    });
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/graphql`,
    calls: () => calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

it('sends appends made at once in shared calls, and writes every event', async () => {
  const relay = await countingRelay();
  try {
    const trail = trailVia(relay.url);
    const events = Array.from({ length: 20 }, (_, index) =>
      alertEvent(principal('shared-calls'), `req-shared-${index}`, `alert ${index}`, { Customer: 1 }),
    );
    await Promise.all(events.map((event) => trail.append([event])));
    // The first append goes alone; the nineteen made while it was on its way go together.
    expect(relay.calls()).toBe(2);
    const alerts = await alertsOf('shared-calls');
    expect(alerts.map((alert) => alert.id).sort()).toEqual(events.map((event) => event.id).sort());
  } finally {
    await relay.close();
  }
});

it("sends each caller's events alone when the trail refuses a shared call: only the refused caller fails", async () => {
  const trail = trailVia(federation.subgraphs.audit.url);
  const held = alertEvent(principal('shared-refusal'), 'req-held', 'already held', { Customer: 1 });
  await trail.append([held]);
  const first = alertEvent(principal('shared-refusal'), 'req-first', 'goes alone', { Customer: 1 });
  const good = Array.from({ length: 4 }, (_, index) =>
    alertEvent(principal('shared-refusal'), `req-good-${index}`, `good ${index}`, { Customer: 1 }),
  );
  const altered = { ...held, body: { ...held.body, alert: 'rewritten afterwards' } };
  const outcomes = await Promise.allSettled([
    trail.append([first]),
    trail.append([good[0], good[1]]),
    trail.append([altered]),
    trail.append([good[2]]),
    trail.append([good[3]]),
  ]);
  expect(outcomes.map((outcome) => outcome.status)).toEqual([
    'fulfilled',
    'fulfilled',
    'rejected',
    'fulfilled',
    'fulfilled',
  ]);
  const alerts = await alertsOf('shared-refusal');
  expect(alerts.map((alert) => alert.id).sort()).toEqual([held, first, ...good].map((event) => event.id).sort());
  expect(alerts.find((alert) => alert.id === held.id)?.alert).toBe('already held');
});
