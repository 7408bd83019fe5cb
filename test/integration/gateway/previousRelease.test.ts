import { startGateway, type RunningGateway } from '../../../gateway/server';
import type { SubgraphName } from '../../../lib/config';
import { readReleasedSupergraphSdl } from '../../../schema/supergraphSdl';
import { PEER_QUERIES } from '../../bench/peers/peerQueries';
import { graphql, startTestFederation, type TestFederation } from '../../support/federation';

/**
 * Expand, then contract: while subgraphs are rolled out with their new migrations, gateways of the
 * last release (schema/released/supergraph.graphql, what `npm run schema:check` compares against)
 * still route to them. Here the subgraphs run this commit's code on a database migrated to it, and a
 * gateway serves the released supergraph: what clients asked of the release answers as it does
 * through a gateway of this commit, masks and refusals included.
 */

let federation: TestFederation;
let previous: RunningGateway;

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '60' });
  const subgraphUrls = Object.fromEntries(
    Object.entries(federation.subgraphs).map(([name, subgraph]) => [name, subgraph.url]),
  ) as Record<SubgraphName, string>;
  previous = await startGateway({
    config: federation.config,
    port: 0,
    subgraphUrls,
    supergraphSdl: readReleasedSupergraphSdl(),
  });
});

afterAll(async () => {
  await previous?.close();
  await federation?.close();
});

const WRITE = `mutation($id: ID!) { updateCustomer(id: $id, input: { paymentTermsCode: "NET45" }, reason: "expand/contract test") { id paymentTerms { code } } }`;

describe('a gateway of the last release, in front of subgraphs of this one', () => {
  it.each([
    ['finance_analyst', ['EU']],
    ['bi_reader', ['EU', 'US']],
    ['customer_service', ['US']],
  ] as const)('answers what clients asked of the release as this release does, as %s', async (role, regions) => {
    const token = await federation.token({ roles: [role], regions: [...regions] });
    for (const { query } of PEER_QUERIES) {
      const [before, now] = await Promise.all([
        graphql(previous.url, query, { token }),
        graphql(federation.gateway.url, query, { token }),
      ]);
      expect(before.status).toBe(now.status);
      expect(before.body).toEqual(now.body);
      expect(JSON.stringify(before.body.data ?? null)).not.toBe('null');
    }
  });

  it('writes through it, and what it wrote reads back through this release', async () => {
    const token = await federation.token({ roles: ['data_steward'], regions: ['EU', 'US'] });
    const { body } = await graphql(federation.gateway.url, '{ customers(first: 1) { edges { node { id } } } }', {
      token,
    });
    const id = body.data.customers.edges[0].node.id;
    const written = await graphql(previous.url, WRITE, { token, variables: { id } });
    expect(written.body.errors).toBeUndefined();
    const read = await graphql(federation.gateway.url, `{ customer(id: "${id}") { paymentTerms { code } } }`, {
      token,
    });
    expect(read.body.data.customer.paymentTerms.code).toBe('NET45');
  });

  it('refuses what the release did not offer, and clients see it as unknown', async () => {
    const admin = await federation.token({ roles: ['admin'] });
    const asked = await graphql(previous.url, '{ jobs { name } }', { token: admin });
    expect(asked.status).toBe(400);
    expect(asked.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
