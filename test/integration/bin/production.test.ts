import { randomBytes } from 'node:crypto';
import { generateEd25519KeyPair, loadVerifyingKey } from '../../../lib/crypto/ed25519';
import { ORIGINS } from '../../../lib/crypto/originKeys';
import { createLogger } from '../../../lib/logger';
import { SUBGRAPHS } from '../../../subgraphs';
import { startSubgraph } from '../../../subgraphs/kit/subgraph';
import { createTestDatabase, graphql, startTestFederation, type TestFederation } from '../../support/federation';

/** Production mode: its own secrets only, the schema for admins to explore, and no demo data unless asked for. */

let federation: TestFederation;

/** What production insists on: its own secrets and keys, fresh for each start. */
function productionEnv(): Record<string, string> {
  const secret = () => randomBytes(32).toString('base64');
  // One origin key for the whole embedded federation; in the production shape each process has its own.
  const origin = generateEd25519KeyPair();
  const originPublic = loadVerifyingKey(origin.publicKeyPem).export({ type: 'spki', format: 'der' }).toString('base64');
  return {
    NODE_ENV: 'production',
    JWT_SECRET: secret(),
    INTERNAL_TOKEN_SECRET: secret(),
    MASKING_SALT: secret(),
    AUDIT_SIGNING_KEY: generateEd25519KeyPair().privateKeyPem,
    ORIGIN_SIGNING_KEY: origin.privateKeyPem,
    ORIGIN_VERIFY_KEYS: ORIGINS.map((by) => `${by}:${originPublic}`).join(','),
    CUSTOS_MASTER_KEYS: `k1:${secret()}`,
    CUSTOS_BLIND_INDEX_KEY: secret(),
    CUSTOS_CARD_TOKEN_KEY: secret(),
  };
}

beforeAll(async () => {
  // Demo data to serve, asked for explicitly: production seeds nothing by itself.
  federation = await startTestFederation({ ...productionEnv(), SEED_DEMO: 'true', SEED_CUSTOMERS: '20' });
});

afterAll(async () => {
  await federation?.close();
});

const INTROSPECTION = '{ __schema { queryType { name } } }';

it('refuses introspection to everyone but admins', async () => {
  const analyst = await federation.token({ roles: ['finance_analyst'], regions: ['EU'] });
  const refused = await graphql(federation.gateway.url, INTROSPECTION, { token: analyst });
  expect(refused.status).toBe(403);
  expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(refused.body.data ?? null).toBeNull();

  const admin = await federation.token({ roles: ['admin'], regions: [] });
  const allowed = await graphql(federation.gateway.url, INTROSPECTION, { token: admin });
  expect(allowed.body.data.__schema.queryType.name).toBe('Query');
});

it('serves governed data as usual', async () => {
  const analyst = await federation.token({ roles: ['finance_analyst'], regions: ['EU'] });
  const { body } = await graphql(
    federation.gateway.url,
    '{ customers(first: 3) { edges { node { name creditLimit { amount } } } } }',
    { token: analyst },
  );
  expect(body.errors ?? []).toEqual([]);
  expect(body.data.customers.edges).toHaveLength(3);
});

it('suggests no field names: a mistyped field says nothing about the schema', async () => {
  const analyst = await federation.token({ roles: ['finance_analyst'], regions: ['EU'] });
  const { status, body } = await graphql(
    federation.gateway.url,
    '{ customers(first: 1) { edges { node { creditLimt } } } }',
    { token: analyst },
  );
  expect(status).toBe(400);
  expect(body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(JSON.stringify(body)).not.toMatch(/Did you mean|creditLimit/);
});

it('leaves an empty database empty unless demo data is asked for with SEED_DEMO=true', async () => {
  const customer = SUBGRAPHS.customer;
  for (const [asked, seeded] of [
    [{}, false],
    [{ SEED_DEMO: 'true' }, true],
  ] as const) {
    const database = await createTestDatabase({ ...productionEnv(), ...asked, SEED_CUSTOMERS: '5' });
    const subgraph = await startSubgraph(customer, {
      config: database.config,
      port: 0,
      log: createLogger('test', 'silent'),
      deferBackground: true,
    });
    try {
      expect((await subgraph.database.fork().count(customer.entities[0], {})) > 0).toBe(seeded);
    } finally {
      await subgraph.close();
      await database.drop();
    }
  }
});
