import { SUBGRAPH_NAMES, type SubgraphName } from '../../../../lib/config';
import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * The N+1 guard: a page of 100 customers joined across all four subgraphs must cost each subgraph
 * a small, constant number of SQL statements, whatever the page size.
 */

const QUERY = `query Page($first: Int) {
  customers(first: $first) {
    edges { node {
      id name taxIds { value } sourceRecords { sourceSystem } parent { id } children { id }
      contracts { id lines { amount { amount } } invoices { balance { amount } payments { amount { amount } } } }
      dataQuality { score history { score } }
      changeHistory { field }
    } }
  }
}`;

let federation: TestFederation;

beforeAll(async () => {
  // The change relay's polling, the audit trail's timed checkpoint and the incident a bulk-read alert opens
  // would add statements of their own to the count. The page is large and this test counts statements, not
  // time: on a busy machine it must not fall to the subgraph timeout.
  federation = await startTestFederation({
    SEED_CUSTOMERS: '120',
    BULK_EXPORT_RECORDS: '1000000',
    BULK_EXPORT_WINDOW_RECORDS: '1000000',
    CHANGE_RELAY_INTERVAL_MS: '3600000',
    AUDIT_CHECKPOINT_INTERVAL_MS: '3600000',
    SUBGRAPH_TIMEOUT_MS: '120000',
  });
});

afterAll(async () => {
  await federation?.close();
});

async function statementsFor(first: number): Promise<Record<SubgraphName, number>> {
  const token = await federation.token();
  const before = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, federation.subgraphs[name].database.stats.statements]),
  );
  const { body } = await graphql(federation.gateway.url, QUERY, { token, variables: { first } });
  expect(body.errors).toBeUndefined();
  expect(body.data.customers.edges).toHaveLength(first);
  return Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, federation.subgraphs[name].database.stats.statements - before[name]]),
  ) as Record<SubgraphName, number>;
}

it('issues a constant number of SQL statements per subgraph for 100 customers', async () => {
  // The first audited operation also reads where the last audit checkpoint stands; measure after it.
  await statementsFor(1);
  const ten = await statementsFor(10);
  const hundred = await statementsFor(100);
  // Visible in the test output so the numbers can be quoted; the assertions below are what guard them.
  console.log(
    `SQL statements per subgraph (${federation.engine}), 10 customers: ${JSON.stringify(ten)}; 100 customers: ${JSON.stringify(hundred)}`,
  );
  // One statement per customer would be 100+; batching keeps each subgraph at a handful, whatever the page size.
  // The audit subgraph's statements are the audit trail's append (transaction, events already held, chain head, inserts);
  // the customer subgraph's include answering the others where each customer belongs, once a request each.
  expect(hundred).toEqual(ten);
  for (const name of SUBGRAPH_NAMES) expect(hundred[name]).toBeLessThanOrEqual(name === 'customer' ? 12 : 9);
});
