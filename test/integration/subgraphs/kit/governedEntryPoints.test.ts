import type { Principal } from '../../../../lib/principal';
import { callSubgraph, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * A subgraph guards its entry points (root fields and federation's `_entities`) and its classified
 * fields; the unclassified fields below an entry point carry no guard of their own. These tests hold
 * that every way in is closed to a principal without a role, and that what lies below an open entry
 * point still answers exactly and masks what is classified.
 */

let federation: TestFederation;
let customerId: string;
const ROLELESS: Principal = { sub: 'no-role', roles: [], regions: ['EU', 'US'] };
const ANALYST: Principal = { sub: 'analyst', roles: ['finance_analyst'], regions: ['EU', 'US'] };
const BI: Principal = { sub: 'bi', roles: ['bi_reader'], regions: ['EU', 'US'] };

const ENTITY = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Customer { id name country duns } }
}`;

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '30' });
  const page = await callSubgraph(
    federation,
    'customer',
    '{ customers(first: 1, filter: { region: EU }) { edges { node { id } } } }',
    {
      principal: ANALYST,
    },
  );
  customerId = page.body.data.customers.edges[0].node.id;
}, 60_000);

afterAll(() => federation.close());

it('refuses a principal without a role at every root field it tries, in each subgraph', async () => {
  const attempts: [Parameters<typeof callSubgraph>[1], string][] = [
    ['customer', '{ customers(first: 5) { edges { node { id name } } } }'],
    ['customer', `{ customer(id: "${customerId}") { id name } }`],
    ['contract', `{ contract(id: "${customerId}") { id } }`],
    ['quality', '{ qualityRules { name } }'],
    ['audit', '{ auditChain { intact } }'],
  ];
  for (const [subgraph, query] of attempts) {
    const { body } = await callSubgraph(federation, subgraph, query, { principal: ROLELESS });
    expect(body.errors?.map((error: any) => error.extensions.code)).toContain('FORBIDDEN');
    expect(JSON.stringify(body.data ?? null)).not.toMatch(/"id":"/);
  }
});

it('refuses entity lookups to a principal without a role: nothing below _entities is read', async () => {
  const variables = { representations: [{ __typename: 'Customer', id: customerId }] };
  const { body } = await callSubgraph(federation, 'customer', ENTITY, { principal: ROLELESS, variables });
  expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(body.data?._entities ?? null).toBeNull();
});

it('answers entity lookups below an open entry point, masking the classified field by role', async () => {
  const variables = { representations: [{ __typename: 'Customer', id: customerId }] };
  const exact = await callSubgraph(federation, 'customer', ENTITY, { principal: ANALYST, variables });
  const masked = await callSubgraph(federation, 'customer', ENTITY, { principal: BI, variables });
  expect(exact.body.errors).toBeUndefined();
  expect(masked.body.errors).toBeUndefined();
  const [shown] = exact.body.data._entities;
  const [hashed] = masked.body.data._entities;
  expect(shown).toMatchObject({ id: customerId, name: expect.any(String), country: expect.any(String) });
  expect(hashed.name).toBe(shown.name);
  if (shown.duns !== null) expect(hashed.duns).not.toBe(shown.duns);
});

it('lets anyone holding an internal token read the schema, which federation needs before any caller', async () => {
  const { body } = await callSubgraph(federation, 'customer', '{ _service { sdl } }', { principal: ROLELESS });
  expect(body.errors).toBeUndefined();
  expect(body.data._service.sdl).toContain('type Customer');
});
