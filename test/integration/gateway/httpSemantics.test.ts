import { graphql, startTestFederation, type TestFederation } from '../../support/federation';

/**
 * HTTP status codes a client can rely on: 401 for authentication, 403 for an operation refused as
 * a whole, 400 for an invalid operation, 200 for an answer (partial ones included), 503 only when
 * Custos cannot serve safely. Never a 5xx for the client's doing.
 */

let federation: TestFederation;

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '10' });
});

afterAll(async () => {
  await federation?.close();
});

const refusals: [string, string, string][] = [
  ['a restricted query', 'bi_reader', '{ auditEvents(first: 1) { edges { node { id } } } }'],
  [
    'a mutation the role may not run',
    'bi_reader',
    'mutation { updateCustomer(id: "cus_000001", reason: "x", input: { creditHold: true }) { id } }',
  ],
  [
    'fields denied everywhere',
    'customer_service',
    '{ customers(first: 2) { edges { node { creditLimit { amount } } } } }',
  ],
];

describe.each(['application/json', 'application/graphql-response+json'])('answering %s', (accept) => {
  it.each(refusals)('refuses %s with 403', async (_label, role, query) => {
    const token = await federation.token({ roles: [role as never], regions: ['EU'] });
    const { status, headers, body } = await graphql(federation.gateway.url, query, { token, headers: { accept } });
    expect(status).toBe(403);
    expect(headers.get('content-type')).toContain(accept);
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(body.data ?? null).toBeNull();
  });

  it('answers an invalid operation with 400 and an unauthenticated one with 401', async () => {
    const token = await federation.token({ roles: ['admin'], regions: [] });
    expect(
      (await graphql(federation.gateway.url, '{ customers(first: 1) { nope } }', { token, headers: { accept } }))
        .status,
    ).toBe(400);
    expect((await graphql(federation.gateway.url, '{ customers(first: ', { token, headers: { accept } })).status).toBe(
      400,
    );
    expect(
      (await graphql(federation.gateway.url, '{ customers(first: 1) { totalCount } }', { headers: { accept } })).status,
    ).toBe(401);
  });

  it('serves a partly refused operation with 200, the refused field null with FORBIDDEN', async () => {
    const token = await federation.token({ roles: ['customer_service'], regions: ['EU'] });
    const { status, body } = await graphql(
      federation.gateway.url,
      '{ customers(first: 2, filter: { region: EU }) { edges { node { name creditLimit { amount } } } } }',
      { token, headers: { accept } },
    );
    expect(status).toBe(200);
    expect(body.data.customers.edges[0].node.name).toEqual(expect.any(String));
    expect(body.errors?.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
  });
});
