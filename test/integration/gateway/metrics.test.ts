import { graphql, startTestFederation, type TestFederation } from '../../support/federation';

/**
 * /metrics on the gateway: operations by name and type, errors by code, every subgraph fetch, the
 * customer-to-contract hop with its alert threshold, audit appends; client-chosen operation names
 * bounded. Read as Prometheus scrapes it.
 */

let federation: TestFederation;

beforeAll(async () => {
  // Every hop is "slow" against a 1 ms threshold, so the slow-hop counter must move.
  federation = await startTestFederation({ SEED_CUSTOMERS: '20', CUSTOMER_CONTRACT_HOP_ALERT_MS: '1' });
});

afterAll(async () => {
  await federation?.close();
});

async function scrape(): Promise<string> {
  const response = await fetch(federation.gateway.url.replace(/\/graphql$/, '/metrics'));
  expect(response.status).toBe(200);
  return response.text();
}

/** The value of one series, e.g. `custos_graphql_errors_total{code="FORBIDDEN"}`; 0 when absent. */
function value(text: string, series: string): number {
  const line = text.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('the gateway metrics', () => {
  it('time operations by name, subgraph fetches by subgraph, and the customer-to-contract hop', async () => {
    const token = await federation.token({ roles: ['finance_analyst'], regions: ['EU', 'US'] });
    const before = await scrape();
    const { body } = await graphql(
      federation.gateway.url,
      'query CustomerWithContracts { customers(first: 5) { edges { node { id name contracts { id } creditLimit { amount } } } } }',
      { token },
    );
    expect(body.errors).toBeUndefined();
    const after = await scrape();
    const count = (series: string) => value(after, series) - value(before, series);
    expect(count('custos_operation_duration_seconds_count{operation="CustomerWithContracts",type="query"}')).toBe(1);
    expect(
      count('custos_subgraph_fetch_duration_seconds_count{subgraph="customer",outcome="ok"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(
      count('custos_subgraph_fetch_duration_seconds_count{subgraph="contract",outcome="ok"}'),
    ).toBeGreaterThanOrEqual(1);
    expect(count('custos_customer_contract_hop_seconds_count')).toBeGreaterThanOrEqual(1);
    expect(count('custos_customer_contract_hop_slow_total')).toBe(count('custos_customer_contract_hop_seconds_count'));
    expect(value(after, 'custos_customer_contract_hop_alert_seconds')).toBe(0.001);
    // creditLimit is classified: the operation was audited before it answered.
    expect(count('custos_audit_append_duration_seconds_count{outcome="ok"}')).toBeGreaterThanOrEqual(1);
  });

  it('count errors by their code, refusals before execution included', async () => {
    const bi = await federation.token({ roles: ['bi_reader'] });
    const before = await scrape();
    await graphql(federation.gateway.url, '{ auditChain { intact } }', { token: bi });
    await graphql(federation.gateway.url, '{ customer(id: "cus_000001") { id }', { token: bi });
    const after = await scrape();
    expect(
      value(after, 'custos_graphql_errors_total{code="FORBIDDEN"}') -
        value(before, 'custos_graphql_errors_total{code="FORBIDDEN"}'),
    ).toBe(1);
    const parseFailed = 'custos_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"}';
    expect(value(after, parseFailed) - value(before, parseFailed)).toBe(1);
  });

  it("show on the customer subgraph's /metrics how far behind its change outbox is", async () => {
    await federation.subgraphs.customer.settled();
    const response = await fetch(federation.subgraphs.customer.url.replace(/\/graphql$/, '/metrics'));
    expect(await response.text()).toMatch(/^custos_change_outbox_oldest_pending_seconds 0$/m);
  });

  it('bound the operation names a client can add as labels', async () => {
    const token = await federation.token({ roles: ['bi_reader'] });
    for (let i = 0; i < 210; i++) await graphql(federation.gateway.url, `query Flood${i} { __typename }`, { token });
    await graphql(federation.gateway.url, 'query { __typename }', { token });
    const text = await scrape();
    const names = new Set(
      [...text.matchAll(/^custos_operation_duration_seconds_count\{operation="([^"]+)"/gm)].map((match) => match[1]),
    );
    expect(names.size).toBeLessThanOrEqual(202);
    expect(names.has('other')).toBe(true);
    expect(names.has('anonymous')).toBe(true);
  });
});
