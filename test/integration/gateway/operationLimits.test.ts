import { graphql, startTestFederation, type TestFederation } from '../../support/federation';

/**
 * Operation limits at the gateway, through real HTTP: whatever a client sends ends in an answer or
 * a 400 whose code names the limit, before anything is planned, and the gateway stays healthy.
 */

let federation: TestFederation;

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '10' });
});

afterAll(async () => {
  await federation?.close();
});

async function ask(query: string, roles: string[] = ['finance_analyst'], variables?: Record<string, unknown>) {
  const token = await federation.token({ roles: roles as never, regions: ['EU'] });
  return graphql(federation.gateway.url, query, { token, variables });
}

const cycle = (levels: number) =>
  `{ customer(id: "cus_000001") { ${'contracts { customer { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;

it.each([
  [
    'nesting 10,000 levels deep',
    `{ customer(id: "cus_000001") ${'{ parent '.repeat(10_000)}{ id }${' }'.repeat(10_001)}`,
    'DEPTH_LIMIT_EXCEEDED',
  ],
  ['a customer -> contracts -> customer cycle nine levels deep', cycle(9), 'DEPTH_LIMIT_EXCEEDED'],
  [
    '20,000 aliases',
    `{ ${Array.from({ length: 20_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
    'ALIAS_LIMIT_EXCEEDED',
  ],
  ['6,000 fields', `{ customers(first: 1) { edges { node { ${'id '.repeat(6_000)}} } } }`, 'TOKEN_LIMIT_EXCEEDED'],
  ['40 aliases', `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }`, 'ALIAS_LIMIT_EXCEEDED'],
  [
    '25 root fields',
    `{ ${Array.from({ length: 25 }, () => 'customers(first: 1) { totalCount }').join(' ')} }`,
    'ROOT_FIELD_LIMIT_EXCEEDED',
  ],
  [
    'depth hidden in a chain of fragments',
    `{ customer(id: "cus_000001") { ...F0 } } ${Array.from({ length: 20 }, (_, i) => `fragment F${i} on Customer { parent { ${i < 19 ? `...F${i + 1}` : 'id'} } }`).join(' ')}`,
    'DEPTH_LIMIT_EXCEEDED',
  ],
])('refuses %s with 400 and a code naming the limit', async (_label, query, code) => {
  const { status, body } = await ask(query);
  expect(status).toBe(400);
  expect(body.errors?.[0].extensions).toMatchObject({ code, limit: expect.any(Number), actual: expect.any(Number) });
  expect(body.data ?? null).toBeNull();
});

const REVENUE_PAGE = `{ customers(first: 100) { edges { node { contracts { invoices { payments { id } } revenueSchedule { month }
  performanceObligations { revisions { effectiveDate } progress { asOf } schedule { month } } } } } } }`;

it('weighs list fan-out against the caller’s budget: refused for an analyst, served to a bulk reader', async () => {
  const analyst = await ask(REVENUE_PAGE);
  expect(analyst.status).toBe(400);
  expect(analyst.body.errors?.[0].extensions).toMatchObject({ code: 'COST_LIMIT_EXCEEDED', limit: 50_000 });
  const reader = await ask(REVENUE_PAGE, ['bi_reader']);
  expect(reader.status).toBe(200);
  expect(reader.body.data.customers.edges.length).toBeGreaterThan(0);
});

it('reads page sizes from variables too', async () => {
  const query = `query($n: Int) { customers(first: $n) { edges { node { contracts { invoices { payments { id } writeOffs { id } } lines { id }
    performanceObligations { revisions { effectiveDate } schedule { month } } } } } } }`;
  expect((await ask(query, ['finance_analyst'], { n: 5 })).status).toBe(200);
  const { status, body } = await ask(query, ['finance_analyst'], { n: 100 });
  expect(status).toBe(400);
  expect(body.errors?.[0].extensions?.code).toBe('COST_LIMIT_EXCEEDED');
});

it('stays healthy and answers ordinary operations after hostile ones', async () => {
  await Promise.all([ask(cycle(9)), ask(`{ a ${'{ b '.repeat(50_000)}${'}'.repeat(50_001)}`), ask(REVENUE_PAGE)]);
  const health = await fetch(federation.gateway.url.replace(/graphql$/, 'health'));
  expect(health.status).toBe(200);
  expect((await ask('{ customers(first: 2) { totalCount } }')).body.data.customers.totalCount).toBeGreaterThan(0);
});

it('screens GET requests and graphql-response+json clients alike', async () => {
  const token = await federation.token({ roles: ['finance_analyst'], regions: ['EU'] });
  const deep = `{ customer(id: "cus_000001") ${'{ parent '.repeat(40)}{ id }${' }'.repeat(41)}`;
  const response = await fetch(`${federation.gateway.url}?query=${encodeURIComponent(deep)}`, {
    headers: {
      authorization: `Bearer ${token}`,
      accept: 'application/graphql-response+json',
      'apollo-require-preflight': 'true',
    },
  });
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toContain('application/graphql-response+json');
  expect(((await response.json()) as any).errors[0].extensions.code).toBe('DEPTH_LIMIT_EXCEEDED');
});
