import { SUBGRAPHS } from '../../../subgraphs';
import { startSubgraph } from '../../../subgraphs/kit/subgraph';
import { createLogger } from '../../../lib/logger';
import type { SubgraphName } from '../../../lib/config';
import { graphql, startTestFederation, type GraphQLResponse, type TestFederation } from '../../support/federation';

/**
 * The contract subgraph dies under load and comes back: the customer and quality data keep
 * answering meanwhile, with an error naming what is missing, and the gateway recovers by itself.
 */

const PAGE = `query CustomerPage {
  customers(first: 5) { edges { node { id name creditLimit { amount } dataQuality { score } contracts { id number } } } }
}`;
const CLIENT = 'degradation-test';

interface Observation {
  phase: 'before' | 'outage' | 'after';
  response: GraphQLResponse;
}

let federation: TestFederation;
let token: string;

beforeAll(async () => {
  federation = await startTestFederation({
    SUBGRAPH_BREAKER_FAILURES: '3',
    SUBGRAPH_BREAKER_OPEN_MS: '300',
    SUBGRAPH_RETRY_BASE_MS: '5',
    SUBGRAPH_RETRY_MAX_MS: '20',
  });
  token = await federation.token({ sub: 'dora', roles: ['admin'] });
});
afterAll(() => federation?.close());

async function readiness() {
  const response = await fetch(federation.gateway.url.replace(/\/graphql$/, '/ready'));
  return {
    status: response.status,
    body: (await response.json()) as { circuits: Record<string, string>; subgraphs: Record<string, string> },
  };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, deadlineMs = 20_000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function restartContract(port: string): Promise<void> {
  const peerUrls = Object.fromEntries(
    Object.entries(federation.subgraphs).map(([name, subgraph]) => [name, subgraph.url]),
  ) as Record<SubgraphName, string>;
  federation.subgraphs.contract = await startSubgraph(SUBGRAPHS.contract, {
    config: federation.config,
    port: Number(port),
    log: createLogger('subgraph-contract', 'silent'),
    peerUrls,
  });
}

describe('when the contract subgraph stops under load', () => {
  const observations: Observation[] = [];
  let phase: Observation['phase'] = 'before';
  let running = true;

  async function worker() {
    while (running) {
      const seenIn = phase;
      const response = await graphql(federation.gateway.url, PAGE, {
        token,
        headers: { 'apollographql-client-name': CLIENT },
      });
      observations.push({ phase: seenIn, response });
    }
  }

  it('keeps answering customer and quality fields, names what is missing, and recovers by itself', async () => {
    const workers = Array.from({ length: 4 }, worker);
    await until('full answers under load', async () =>
      observations.filter((o) => o.phase === 'before').length >= 8 ? true : undefined,
    );

    const port = new URL(federation.subgraphs.contract.url).port;
    await federation.subgraphs.contract.close();
    phase = 'outage';
    const open = await until('the circuit to open', async () => {
      const { body } = await readiness();
      return body.circuits.contract === 'OPEN' ? body : undefined;
    });
    expect(open.subgraphs.contract).toBe('unreachable');
    await until('answers during the outage', async () =>
      observations.filter((o) => o.phase === 'outage').length >= 20 ? true : undefined,
    );

    const direct = await graphql(federation.gateway.url, '{ contract(id: "ct_anything") { id number } }', { token });
    expect(direct.status).toBe(200);
    expect(direct.body.data).toEqual({ contract: null });
    expect(direct.body.errors?.[0].extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      serviceName: 'contract',
      missing: ['Query.contract'],
    });

    await restartContract(port);
    phase = 'after';
    await until('full answers again', async () =>
      observations.some(
        (o) =>
          o.phase === 'after' && !o.response.body.errors && o.response.body.data?.customers.edges[0].node.contracts,
      )
        ? true
        : undefined,
    );
    running = false;
    await Promise.all(workers);
    expect((await readiness()).body.circuits.contract).toBe('CLOSED');

    // No answer was a 5xx or blank, in any phase; every one kept the customers' own data.
    expect(observations.map((o) => o.response.status).filter((status) => status !== 200)).toEqual([]);
    for (const { response } of observations) {
      const nodes = response.body.data?.customers.edges.map((edge: { node: unknown }) => edge.node);
      expect(nodes).toHaveLength(5);
      for (const node of nodes) {
        expect(node).toMatchObject({
          id: expect.stringMatching(/^cus_/),
          name: expect.any(String),
          creditLimit: expect.anything(),
          dataQuality: { score: expect.any(Number) },
        });
      }
    }

    const degraded = observations.filter((o) => o.phase === 'outage' && o.response.body.errors);
    expect(degraded.length).toBeGreaterThanOrEqual(20);
    for (const { response } of degraded) {
      expect(
        response.body.data.customers.edges.every(
          (edge: { node: { contracts: unknown } }) => edge.node.contracts === null,
        ),
      ).toBe(true);
      expect(response.body.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(
            /^The contract service is unavailable \((UNREACHABLE|CIRCUIT_OPEN)\); Customer\.contracts is missing from this answer$/,
          ),
          extensions: expect.objectContaining({
            code: 'SERVICE_UNAVAILABLE',
            serviceName: 'contract',
            missing: ['Customer.contracts'],
            at: 'customers.edges.@.node',
          }),
        }),
      ]);
    }
    // Once open, the circuit answers at once instead of calling a dead service again and again.
    expect(degraded.some((o) => o.response.body.errors?.[0].extensions?.reason === 'CIRCUIT_OPEN')).toBe(true);
  });

  it('audits every answer, each degraded one as PARTIAL', async () => {
    const auditor = await federation.token({ sub: 'aude', roles: ['auditor'] });
    const outcomes: string[] = [];
    let after: string | null = null;
    do {
      const { body }: GraphQLResponse = await graphql(
        federation.gateway.url,
        'query($after: String, $client: String) { auditEvents(filter: { client: $client }, first: 100, after: $after) { edges { node { outcome } } pageInfo { hasNextPage endCursor } } }',
        { token: auditor, variables: { after, client: CLIENT } },
      );
      expect(body.errors).toBeUndefined();
      outcomes.push(...body.data.auditEvents.edges.map((edge: { node: { outcome: string } }) => edge.node.outcome));
      after = body.data.auditEvents.pageInfo.hasNextPage ? body.data.auditEvents.pageInfo.endCursor : null;
    } while (after);
    expect(outcomes).toHaveLength(observations.length);
    expect(outcomes.filter((outcome) => outcome === 'PARTIAL')).toHaveLength(
      observations.filter((o) => o.response.body.errors).length,
    );
    expect(new Set(outcomes)).toEqual(new Set(['SERVED', 'PARTIAL']));
  });
});
