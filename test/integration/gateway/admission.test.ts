import { graphql, startTestFederation, type TestFederation } from '../../support/federation';

/**
 * Heavy operations take a place in the gateway's heavy lane (HEAVY_OPERATIONS_AT_ONCE) before any
 * subgraph is called; with every place taken and no room to wait they are refused with 429 and a
 * Retry-After, while light operations go straight through. Places come back however a request ends.
 */

const BI_PAGE = `{ customers(first: 7) { edges { node { id name
  revenue { recognizedToDate { amount currency } deferred { amount currency } arr { amount currency } mrr { amount currency } } } } } }`;
const BY_ID = '{ customer(id: "cus_000001") { id name } }';

let federation: TestFederation;

beforeAll(async () => {
  federation = await startTestFederation({
    SEED_CUSTOMERS: '40',
    HEAVY_OPERATION_COST: '100',
    MAX_PAGE_SIZE: '7',
    HEAVY_OPERATIONS_AT_ONCE: '1',
    HEAVY_OPERATION_QUEUE: '0',
  });
});

afterAll(async () => {
  await federation?.close();
});

it('runs one heavy operation at a time, refuses the others with 429, and lets light ones through', async () => {
  const token = await federation.token({ sub: 'bi-crowd', roles: ['bi_reader'], regions: ['EU'] });
  const [light, ...heavy] = await Promise.all([
    graphql(federation.gateway.url, BY_ID, { token }),
    ...Array.from({ length: 6 }, () => graphql(federation.gateway.url, BI_PAGE, { token })),
  ]);
  expect(light.status).toBe(200);
  expect(light.body.data.customer.id).toBe('cus_000001');
  const statuses = heavy.map((response) => response.status);
  expect(statuses).toContain(200);
  expect(statuses).toContain(429);
  expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
  for (const refused of heavy.filter((response) => response.status === 429)) {
    expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.body.data ?? null).toBeNull();
  }
  for (const served of heavy.filter((response) => response.status === 200))
    expect(served.body.data.customers.edges).toHaveLength(7);
});

it('gives the place back after refusals and errors, so the next heavy operation runs', async () => {
  const token = await federation.token({ sub: 'bi-after', roles: ['bi_reader'], regions: ['EU'] });
  const failing = await graphql(
    federation.gateway.url,
    BI_PAGE.replace('first: 7', 'first: 7, after: "not-a-cursor"'),
    {
      token,
    },
  );
  expect(failing.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  for (let i = 0; i < 3; i += 1) {
    const { status, body } = await graphql(federation.gateway.url, BI_PAGE, { token });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  }
});

it('lets an export already under way finish, its pages waiting their turn however full the lane', async () => {
  const token = await federation.token({ sub: 'bi-export', roles: ['bi_reader'], regions: ['EU'] });
  let exporting = true;
  const exported = fetch(federation.gateway.url.replace(/\/graphql$/, '/export/invoices.ndjson'), {
    headers: { authorization: `Bearer ${token}` },
  })
    .then(async (response) => ({ status: response.status, text: await response.text() }))
    .finally(() => (exporting = false));
  // Three callers keep the one place busy with BI pages for as long as the export runs.
  const statuses: number[] = [];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      while (exporting) statuses.push((await graphql(federation.gateway.url, BI_PAGE, { token })).status);
    }),
  );
  expect(statuses).toContain(200);
  expect(statuses).toContain(429);
  const { status, text } = await exported;
  expect(status).toBe(200);
  const lines = text.split('\n').filter(Boolean);
  expect(text.endsWith('\n')).toBe(true);
  // Whole, not cut after the first page: more rows than the first page of customers has invoices.
  const { body } = await graphql(
    federation.gateway.url,
    '{ customers(first: 7) { edges { node { contracts { invoices { id } } } } } }',
    { token },
  );
  const firstPage = body.data.customers.edges.flatMap((edge: any) =>
    edge.node.contracts.flatMap((c: any) => c.invoices),
  );
  expect(lines.length).toBeGreaterThan(firstPage.length);
});
