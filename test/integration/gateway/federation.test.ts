import { SignJWT } from 'jose';
import { callSubgraph, graphql, startTestFederation, type TestFederation } from '../../support/federation';
import { INTERNAL_TOKEN_HEADER } from '../../../lib/tokens/internalToken';

const ALL_FOUR = `
  query AllFour($first: Int) {
    customers(first: $first) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node {
        id name country region nativeName
        taxIds { kind value }
        creditLimit { amount currency }
        contracts { id totalValue { amount currency } invoices { balance { amount } } }
        dataQuality { score issues { rule severity message } history { score } }
        changeHistory { at field }
      } }
    }
  }`;

let federation: TestFederation;
let token: string;

beforeAll(async () => {
  federation = await startTestFederation();
  token = await federation.token({ roles: ['finance_analyst'], regions: ['EU'] });
});

afterAll(async () => {
  await federation?.close();
});

describe('one query across all four subgraphs', () => {
  it('joins customer, contract, quality and audit data for a page of customers', async () => {
    const { status, body } = await graphql(federation.gateway.url, ALL_FOUR, { token, variables: { first: 20 } });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    const nodes = body.data.customers.edges.map((edge: any) => edge.node);
    expect(nodes).toHaveLength(20);
    expect(body.data.customers.totalCount).toBe(150);
    for (const node of nodes) {
      expect(node.id).toMatch(/^cus_\d{6}$/);
      expect(node.taxIds.length).toBeGreaterThan(0);
      expect(node.dataQuality.score).toBeGreaterThanOrEqual(0);
      expect(node.dataQuality.score).toBeLessThanOrEqual(100);
      // The seeded monthly runs (four), newest first (customers created since a run are not in it).
      expect(node.dataQuality.history.length).toBeGreaterThanOrEqual(1);
      expect(node.dataQuality.history.length).toBeLessThanOrEqual(4);
      // The live score is computed from the fields the gateway fetched from the customer subgraph
      // (@requires) and the latest run's other findings; for an unchanged customer it equals the latest batch score.
      expect(node.dataQuality.score).toBe(node.dataQuality.history[0].score);
      expect(Array.isArray(node.changeHistory)).toBe(true);
    }
    expect(nodes.some((node: any) => node.contracts.length > 0)).toBe(true);
    expect(nodes.some((node: any) => node.changeHistory.length > 0)).toBe(true);
    for (const contract of nodes.flatMap((node: any) => node.contracts)) {
      expect(contract.totalValue.amount).toMatch(/^\d+(\.\d{2})?$/);
    }
  });

  it('reaches the contract subgraph first and the customer subgraph through the entity reference', async () => {
    const first = await graphql(
      federation.gateway.url,
      '{ customers(first: 5) { edges { node { contracts { id } } } } }',
      { token },
    );
    const contractId = first.body.data.customers.edges.flatMap((e: any) => e.node.contracts)[0].id;
    const { body } = await graphql(
      federation.gateway.url,
      'query($id: ID!) { contract(id: $id) { id customer { id name } lines { amount { amount } } } }',
      {
        token,
        variables: { id: contractId },
      },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.contract.customer.name).toEqual(expect.any(String));
  });

  it("answers the contract subgraph's own fields of a contract's customer, as the customer master knows it", async () => {
    const first = await graphql(
      federation.gateway.url,
      '{ customers(first: 5) { edges { node { id contracts { id } } } } }',
      { token },
    );
    const owner = first.body.data.customers.edges.map((e: any) => e.node).find((n: any) => n.contracts.length > 0);
    const { body } = await graphql(
      federation.gateway.url,
      'query($id: ID!) { contract(id: $id) { customer { id arBalance { amount currency } contracts { id } } } }',
      { token, variables: { id: owner.contracts[0].id } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.contract.customer.id).toBe(owner.id);
    expect(body.data.contract.customer.contracts.map((c: any) => c.id)).toEqual(owner.contracts.map((c: any) => c.id));
    expect(body.data.contract.customer.arBalance).toEqual(expect.any(Array));
  });
});

describe('dates and instants', () => {
  it('are written as ISO 8601 text: days as YYYY-MM-DD, instants in UTC with milliseconds', async () => {
    const { body } = await graphql(
      federation.gateway.url,
      '{ customers(first: 1) { edges { node { createdAt contracts { startDate } } } } }',
      { token },
    );
    expect(body.errors).toBeUndefined();
    const [node] = body.data.customers.edges.map((e: any) => e.node);
    expect(node.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    for (const contract of node.contracts) expect(contract.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    [
      'a literal day',
      '{ customers(first: 1) { edges { node { revenue(asOf: "2026-02-30") { asOf } } } } }',
      {},
      'asOf',
    ],
    ['a day in variables', 'query($d: Date) { qualityKpis(asOf: $d) { runId } }', { d: '28.11.2026' }, 'asOf'],
    [
      'an instant inside an input object',
      'query($f: AuditEventFilter) { auditEvents(filter: $f) { edges { cursor } } }',
      { f: { from: 'yesterday' } },
      'filter.from',
    ],
  ])('refuse %s that is not one before anything runs, naming the argument', async (_label, query, variables, name) => {
    const { status, body } = await graphql(federation.gateway.url, query, { token, variables });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: name });
    expect(body.errors?.[0].message).toMatch(new RegExp(`^${name.replace('.', '\\.')} must be`));
  });
});

describe('authentication', () => {
  const query = '{ customers(first: 1) { totalCount } }';

  async function refused(authorization?: string) {
    const response = await fetch(federation.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as any;
    return { status: response.status, code: body.errors?.[0]?.extensions?.code, data: body.data };
  }

  const sign = (
    claims: Record<string, unknown>,
    options: { secret?: string; issuer?: string; audience?: string; expires?: string | number } = {},
  ) =>
    new SignJWT({ roles: ['admin'], ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer(options.issuer ?? federation.config.auth.jwtIssuer)
      .setAudience(options.audience ?? federation.config.auth.jwtAudience)
      .setExpirationTime(options.expires ?? '5m')
      .sign(new TextEncoder().encode(options.secret ?? federation.config.auth.jwtSecret));

  it('refuses a request without a token', async () => {
    expect(await refused()).toEqual({ status: 401, code: 'UNAUTHENTICATED', data: undefined });
  });

  it('refuses a malformed header', async () => {
    expect(await refused('Basic YWRtaW46YWRtaW4=')).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('refuses an expired token', async () => {
    expect(await refused(`Bearer ${await sign({}, { expires: Math.floor(Date.now() / 1000) - 60 })}`)).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses a token signed with another key', async () => {
    expect(await refused(`Bearer ${await sign({}, { secret: 'x'.repeat(40) })}`)).toMatchObject({
      status: 401,
      code: 'UNAUTHENTICATED',
    });
  });

  it('refuses a token from another issuer or for another audience', async () => {
    expect(await refused(`Bearer ${await sign({}, { issuer: 'someone-else' })}`)).toMatchObject({ status: 401 });
    expect(await refused(`Bearer ${await sign({}, { audience: 'another-api' })}`)).toMatchObject({ status: 401 });
  });

  it('refuses an unsigned token (alg: none)', async () => {
    const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
    const unsigned = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({
      sub: 'mallory',
      roles: ['admin'],
      iss: federation.config.auth.jwtIssuer,
      aud: federation.config.auth.jwtAudience,
      exp: Math.floor(Date.now() / 1000) + 300,
    })}.`;
    expect(await refused(`Bearer ${unsigned}`)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
  });

  it('answers a valid token', async () => {
    const { status, body } = await graphql(federation.gateway.url, query, { token });
    expect(status).toBe(200);
    expect(body.data.customers.totalCount).toBe(150);
  });
});

describe('subgraphs answer only the gateway', () => {
  const query = '{ customers(first: 1) { totalCount } }';

  it('refuses a direct call without an internal token', async () => {
    const { status, body } = await graphql(federation.subgraphs.customer.url, query);
    expect(status).toBe(401);
    expect(body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.data).toBeUndefined();
  });

  it('refuses a client token presented as an internal token', async () => {
    const { status } = await graphql(federation.subgraphs.customer.url, query, {
      headers: { [INTERNAL_TOKEN_HEADER]: token },
    });
    expect(status).toBe(401);
  });

  it('refuses an internal token forged with another secret', async () => {
    for (const name of ['customer', 'contract', 'quality', 'audit'] as const) {
      const { status } = await callSubgraph(federation, name, '{ __typename }', {
        principal: { sub: 'mallory', roles: ['admin'], regions: [] },
        secret: 'f'.repeat(48),
      });
      expect(status).toBe(401);
    }
  });

  it('answers a genuine internal token', async () => {
    const { status, body } = await callSubgraph(federation, 'customer', query, {
      principal: { sub: 'gateway-test', roles: ['admin'], regions: [] },
    });
    expect(status).toBe(200);
    expect(body.data.customers.totalCount).toBe(150);
  });
});

describe('pagination', () => {
  const page =
    'query($first: Int, $after: String) { customers(first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }';

  it('pages through every customer once, in id order', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body }: any = await graphql(federation.gateway.url, page, { token, variables: { first: 40, after } });
      expect(body.errors).toBeUndefined();
      seen.push(...body.data.customers.edges.map((e: any) => e.node.id));
      if (!body.data.customers.pageInfo.hasNextPage) break;
      after = body.data.customers.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(150);
    expect(new Set(seen).size).toBe(150);
    expect([...seen].sort()).toEqual(seen);
  });

  it.each([
    ['first: 0', { first: 0 }],
    ['first above the maximum', { first: 100000 }],
    ['a negative first', { first: -5 }],
    ['a cursor that was never issued', { first: 5, after: 'bm90LWEtY3Vyc29y' }],
  ])('answers %s with BAD_USER_INPUT', async (_label, variables) => {
    const { status, body } = await graphql(federation.gateway.url, page, { token, variables });
    expect(status).toBe(200);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.data?.customers ?? null).toBeNull();
  });

  it('filters by country and name', async () => {
    const { body } = await graphql(
      federation.gateway.url,
      '{ customers(first: 100, filter: { country: "DE" }) { totalCount edges { node { country name } } } }',
      { token },
    );
    expect(body.data.customers.totalCount).toBeGreaterThan(0);
    expect(body.data.customers.edges.every((e: any) => e.node.country === 'DE')).toBe(true);
    const name: string = body.data.customers.edges[0].node.name;
    const needle = name.slice(0, 4).toUpperCase();
    const { body: byName } = await graphql(
      federation.gateway.url,
      'query($n: String) { customers(first: 100, filter: { nameContains: $n }) { edges { node { name } } } }',
      {
        token,
        variables: { n: needle },
      },
    );
    expect(byName.data.customers.edges.map((e: any) => e.node.name)).toContain(name);
  });
});

describe('changing a customer', () => {
  const update = `mutation($id: ID!, $input: CustomerUpdateInput!, $reason: String!) {
    updateCustomer(id: $id, input: $input, reason: $reason) { id creditLimit { amount currency } paymentTerms { code dueDays } }
  }`;
  const history = 'query($id: ID!) { customer(id: $id) { changeHistory { field oldValue newValue actor reason } } }';

  let steward: string;
  beforeAll(async () => {
    steward = await federation.token({ sub: 'steward.jim', roles: ['data_steward'] });
  });

  it('writes every changed field to the audit change log', async () => {
    const creditAnalyst = await federation.token({ sub: 'steward.jane', roles: ['credit_analyst'] });
    const { body } = await graphql(federation.gateway.url, update, {
      token: creditAnalyst,
      variables: {
        id: 'cus_000007',
        // A raise of 23,456.78 USD: within what one person may raise alone (policies/creditLimits.ts).
        input: { creditLimit: { amount: '123456.78', currency: 'USD' }, paymentTermsCode: 'NET90' },
        reason: 'Annual credit review',
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.updateCustomer.creditLimit).toEqual({ amount: '123456.78', currency: 'USD' });
    expect(body.data.updateCustomer.paymentTerms).toEqual({ code: 'NET90', dueDays: 90 });

    const historyAs = async (reader: string) => {
      const result = await graphql(federation.gateway.url, history, { token: reader, variables: { id: 'cus_000007' } });
      return {
        entries: result.body.data.customer.changeHistory.filter((e: any) => e.actor === 'steward.jane'),
        errors: result.body.errors ?? [],
      };
    };
    await federation.subgraphs.customer.settled();
    const { entries } = (await historyAs(creditAnalyst)) as { entries: any[] };
    expect(entries.map((e) => e.field).sort()).toEqual(['creditLimit', 'paymentTermsCode']);
    expect(entries.find((e) => e.field === 'creditLimit').newValue).toBe('{"currency":"USD","minor":12345678}');
    expect(entries.every((e) => e.reason === 'Annual credit review')).toBe(true);

    // The log's values are copies of the attributes: an analyst of another region, who gets the
    // credit limit itself nullified, gets the logged limits nullified too; payment terms stay.
    const elsewhere = await historyAs(token);
    expect(elsewhere.entries.find((e: any) => e.field === 'creditLimit')).toMatchObject({
      oldValue: null,
      newValue: null,
    });
    expect(elsewhere.entries.find((e: any) => e.field === 'paymentTermsCode')).toMatchObject({ newValue: '"NET90"' });
    const stranger = await historyAs(
      await federation.token({
        roles: ['customer_service'],
        regions: ['JP', 'US', 'EU', 'CN', 'IN', 'BR', 'RU', 'SA', 'AU'],
      }),
    );
    const limit = stranger.entries.find((e: any) => e.field === 'creditLimit');
    expect(limit).toMatchObject({ oldValue: null, newValue: null });
    expect(stranger.errors.filter((e: any) => e.extensions?.code === 'FORBIDDEN').map((e: any) => e.message)).toContain(
      'Not authorised to read Customer.creditLimit',
    );
  });

  it.each([
    ['an invalid D-U-N-S', { duns: '12' }],
    ['an unknown payment term', { paymentTermsCode: 'NET7000' }],
    ['an amount with too many decimals', { creditLimit: { amount: '1.234', currency: 'EUR' } }],
    ['a blank name', { name: '   ' }],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (_label, input) => {
    const before = await graphql(
      federation.gateway.url,
      '{ customer(id: "cus_000008") { name duns paymentTerms { code } creditLimit { amount } updatedAt } }',
      { token },
    );
    const { body } = await graphql(federation.gateway.url, update, {
      token: steward,
      variables: { id: 'cus_000008', input, reason: 'test' },
    });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const after = await graphql(
      federation.gateway.url,
      '{ customer(id: "cus_000008") { name duns paymentTerms { code } creditLimit { amount } updatedAt } }',
      { token },
    );
    expect(after.body.data).toEqual(before.body.data);
  });

  it('answers an unknown customer with NOT_FOUND', async () => {
    const { body } = await graphql(federation.gateway.url, update, {
      token: steward,
      variables: { id: 'cus_999999', input: { creditHold: true }, reason: 'test' },
    });
    expect(body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a role the policy does not allow to change customers, and changes nothing', async () => {
    const before = await graphql(federation.gateway.url, '{ customer(id: "cus_000009") { name updatedAt } }', {
      token,
    });
    const { body } = await graphql(federation.gateway.url, update, {
      token,
      variables: { id: 'cus_000009', input: { name: 'Hijacked' }, reason: 'test' },
    });
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const after = await graphql(federation.gateway.url, '{ customer(id: "cus_000009") { name updatedAt } }', { token });
    expect(after.body.data).toEqual(before.body.data);
  });

  it('hides the internal recordChanges mutation from clients', async () => {
    const { body } = await graphql(federation.gateway.url, 'mutation { recordChanges(changes: []) }', { token });
    expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('operations endpoints', () => {
  const base = () => federation.gateway.url.replace(/\/graphql$/, '');

  it('reports liveness and readiness of every subgraph and database', async () => {
    expect((await fetch(`${base()}/health`)).status).toBe(200);
    const ready = await fetch(`${base()}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      subgraphs: { customer: 'ready', contract: 'ready', quality: 'ready', audit: 'ready' },
      circuits: { customer: 'CLOSED', contract: 'CLOSED', quality: 'CLOSED', audit: 'CLOSED' },
    });
  });

  it('serves Prometheus metrics', async () => {
    const text = await (await fetch(`${base()}/metrics`)).text();
    expect(text).toContain('custos_http_request_duration_seconds');
    expect(text).toContain('custos_subgraph_circuit_open{subgraph="contract"} 0');
  });

  it('serves GraphQL over GET, with the CSRF guard a browser cannot satisfy by accident', async () => {
    const url = `${federation.gateway.url}?query=${encodeURIComponent('{ customers(first: 2) { totalCount } }')}`;
    const guarded = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(guarded.status).toBe(400);
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.customers.totalCount).toBe(150);
  });

  it('refuses a body that is too large or not JSON', async () => {
    const post = (body: string) =>
      fetch(federation.gateway.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
    expect((await post('{"query": ')).status).toBe(400);
    expect((await post(JSON.stringify({ query: `{ __typename }${' '.repeat(2 * 1024 * 1024)}` }))).status).toBe(413);
  });

  it('echoes the request id', async () => {
    const { headers } = await graphql(federation.gateway.url, '{ __typename }', {
      token,
      headers: { 'x-request-id': 'trace-abc-123' },
    });
    expect(headers.get('x-request-id')).toBe('trace-abc-123');
  });

  it('hides internal errors behind a stable code', async () => {
    const { body } = await graphql(
      federation.gateway.url,
      '{ customers(first: 1, filter: { nameContains: "50%" }) { totalCount } }',
      { token },
    );
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts:/);
  });
});
