import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startGateway, type RunningGateway } from '../../../../gateway/server';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../../../lib/config';
import { generateEd25519KeyPair, loadSigningKey } from '../../../../lib/crypto/ed25519';
import { signOrigin } from '../../../../lib/crypto/origin';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '../../../../lib/tokens/internalToken';
import { callSubgraph, graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * The internal-call scheme against an insider on the same host: every request the gateway really
 * sends to a subgraph is captured on the wire, then replayed, redirected and altered. Each is
 * refused and recorded on the audit trail as an attempt; nothing is appended to the trail in the
 * gateway's name by anyone holding only the shared secret.
 */

interface Captured {
  target: SubgraphName;
  token: string;
  body: string;
}

let federation: TestFederation;
let gateway: RunningGateway;
const captured: Captured[] = [];
const proxies: http.Server[] = [];

/** A wiretap in front of a subgraph: records each request, then passes it on unchanged. */
async function wiretap(target: SubgraphName, upstream: string): Promise<string> {
  const server = http.createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const token = request.headers[INTERNAL_TOKEN_HEADER];
    if (typeof token === 'string') captured.push({ target, token, body });
    const answer = await fetch(upstream, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: String(token) },
      body,
    });
    response.statusCode = answer.status;
    response.setHeader('content-type', 'application/json');
    response.end(await answer.text());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxies.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

async function send(target: SubgraphName, token: string, body: string) {
  const response = await fetch(federation.subgraphs[target].url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
    body,
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] },
  };
}

const hop = (target: SubgraphName) => {
  const found = captured.find((call) => call.target === target);
  if (!found) throw new Error(`no ${target} hop was captured`);
  return found;
};

async function attempts(): Promise<any[]> {
  const auditor = await federation.token({ sub: 'attempt-reader', roles: ['auditor'], regions: [] });
  // The refused calls are recorded without delaying the refusal: wait for every subgraph to finish recording.
  await Promise.all(Object.values(federation.subgraphs).map((subgraph) => subgraph.settled()));
  const { body } = await graphql(
    federation.gateway.url,
    '{ auditEvents(filter: { kind: "ATTEMPT" }, first: 100) { edges { node { origin requestId } } } }',
    { token: auditor },
  );
  return body.data.auditEvents.edges.map((edge: any) => edge.node);
}

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '10' });
  const tapped = Object.fromEntries(
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name) => [name, await wiretap(name, federation.subgraphs[name].url)] as const),
    ),
  );
  gateway = await startGateway({ config: federation.config, port: 0, subgraphUrls: tapped });
  const token = await federation.token({ sub: 'victim', roles: ['finance_analyst'], regions: ['EU', 'US'] });
  const { body } = await graphql(
    gateway.url,
    '{ customers(first: 3) { edges { node { name creditLimit { amount } contracts { totalValue { amount } } } } } }',
    { token },
  );
  expect(body.errors).toBeUndefined();
});

afterAll(async () => {
  await gateway?.close();
  for (const proxy of proxies) await new Promise((resolve) => proxy.close(resolve));
  await federation?.close();
});

it('captured every hop: customer, contract and the audit append', () => {
  expect(new Set(captured.map((call) => call.target))).toEqual(new Set(['customer', 'contract', 'audit']));
});

it('refuses a captured request sent again as it was', async () => {
  for (const target of ['customer', 'contract', 'audit'] as const) {
    const { token, body } = hop(target);
    expect([target, (await send(target, token, body)).status]).toEqual([target, 401]);
  }
});

it('refuses a token captured on the contract hop at the customer subgraph, for a query of raw tax ids and e-mails', async () => {
  const { token } = hop('contract');
  const stolen = JSON.stringify({
    query: '{ customers(first: 100) { edges { node { taxIds { value } contacts { email } } } } }',
  });
  const { status, body } = await send('customer', token, stolen);
  expect(status).toBe(401);
  expect(body.data).toBeUndefined();
});

it('refuses a captured token with another query or other variables on its own subgraph', async () => {
  const { token, body } = hop('customer');
  const other = JSON.parse(body);
  other.variables = { ...(other.variables ?? {}), injected: true };
  expect((await send('customer', token, JSON.stringify(other))).status).toBe(401);
  expect(
    (await send('customer', token, JSON.stringify({ query: '{ customers(first: 100) { totalCount } }' }))).status,
  ).toBe(401);
});

it('refuses a back-dated event for another principal sent with the captured audit token', async () => {
  const { token, body } = hop('audit');
  const append = JSON.parse(body);
  const event = append.variables.events[0];
  append.variables.events[0] = {
    ...event,
    body: JSON.stringify({
      ...JSON.parse(event.body),
      principal: { sub: 'someone-else', roles: ['admin'], regions: [] },
    }),
  };
  expect((await send('audit', token, JSON.stringify(append))).status).toBe(401);
});

it('keeps out of the trail what an insider holding the shared secret forges in the gateway’s name', async () => {
  const APPEND = 'mutation($events: [AuditEventInput!]!) { appendAuditEvents(events: $events) { id } }';
  const event = {
    id: 'aud_forged',
    kind: 'OPERATION',
    body: { principal: { sub: 'someone-else', roles: ['admin'], regions: [] }, outcome: 'SERVED' },
  };
  const rogue = { by: 'gateway', keyId: 'rogue', privateKey: loadSigningKey(generateEd25519KeyPair().privateKeyPem) };
  const forgeries = [
    { as: 'gateway', origin: signOrigin(event, rogue) },
    // A service's own valid key does not make it the gateway.
    { as: 'customer', origin: { ...signOrigin(event, rogue), by: 'customer' } },
  ];
  for (const forgery of forgeries) {
    const variables = { events: [{ ...event, body: JSON.stringify(event.body), origin: forgery.origin }] };
    const principal = { sub: `service:${forgery.as}`, roles: [], regions: [], service: forgery.as };
    const token = await mintInternalToken(
      federation.config.internalToken,
      { principal },
      { target: 'audit', payload: { query: APPEND, variables } },
    );
    const { body } = await send('audit', token, JSON.stringify({ query: APPEND, variables }));
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
  const auditor = await federation.token({ roles: ['auditor'], regions: [] });
  const trail = await graphql(
    federation.gateway.url,
    '{ auditEvents(filter: { sub: "someone-else" }, first: 10) { edges { node { id } } } auditChain { intact originsVerified } }',
    { token: auditor },
  );
  expect(trail.body.data.auditEvents.edges).toEqual([]);
  expect(trail.body.data.auditChain.intact).toBe(true);
  expect(trail.body.data.auditChain.originsVerified).toBeGreaterThan(0);
});

it('records every refused call on the trail as an attempt, signed by the service that refused it', async () => {
  const recorded = await attempts();
  // Three replays, one redirect, two altered queries, one altered append, two forged appends.
  expect(recorded.length).toBe(9);
  expect(new Set(recorded.map((event) => event.origin))).toEqual(new Set(['customer', 'contract', 'audit']));
});

describe('subgraphs decide from their own facts, not from what a caller writes into an entity reference', () => {
  const ENTITIES =
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id arBalance { amount } contracts { id } } } }';

  it('a forged region and a forged merge change nothing: balances are masked by the customer’s true region, contracts are its own', async () => {
    const admin = await federation.token({ roles: ['admin'], regions: [] });
    const { body } = await graphql(
      federation.gateway.url,
      '{ customers(first: 10, filter: { region: US }) { edges { node { id arBalance { amount } contracts { id } } } } }',
      { token: admin },
    );
    const withData = body.data.customers.edges
      .map((edge: any) => edge.node)
      .filter((c: any) => c.contracts.length > 0 && c.arBalance.length > 0);
    expect(withData.length).toBeGreaterThanOrEqual(2);
    const [victim, other] = withData;
    const analyst = { sub: 'eu-analyst', roles: ['finance_analyst' as const], regions: ['EU' as const] };
    const honest = await callSubgraph(federation, 'contract', ENTITIES, {
      principal: analyst,
      variables: { r: [{ __typename: 'Customer', id: victim.id }] },
    });
    const forged = await callSubgraph(federation, 'contract', ENTITIES, {
      principal: analyst,
      variables: { r: [{ __typename: 'Customer', id: victim.id, region: 'EU', mergedCustomerIds: [other.id] }] },
    });
    expect(forged.body).toEqual(honest.body);
    // Out of the analyst's region, balances are rounded to thousands, never exact.
    expect(forged.body.data._entities[0].arBalance.every((money: any) => money.amount.endsWith('000.00'))).toBe(true);
    expect(forged.body.data._entities[0].contracts.map((c: any) => c.id).sort()).toEqual(
      victim.contracts.map((c: any) => c.id).sort(),
    );
  });
});
