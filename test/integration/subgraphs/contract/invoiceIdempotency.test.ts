import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * Idempotency keys on issueInvoice: a client that retries after a dropped answer gets the invoice
 * its first request raised, never a second invoice and never an error; a key belongs to one invoice.
 */

let federation: TestFederation;
let billing: string;
let entries: string[];

const ISSUE = `mutation($id: ID!, $key: String) { issueInvoice(input: { billingEntryId: $id, idempotencyKey: $key }) { id number amount { amount } } }`;
const issue = async (id: string, key?: string | null) =>
  (await graphql(federation.gateway.url, ISSUE, { token: billing, variables: { id, key } })).body;

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '30' });
  billing = await federation.token({ roles: ['billing_ops'], regions: ['EU'] });
  const finance = await federation.token({ roles: ['finance_analyst'], regions: ['EU'] });
  const analyst = await federation.token({ roles: ['credit_analyst'], regions: ['EU'] });
  const listed = await graphql(
    federation.gateway.url,
    '{ customers(first: 10, filter: { region: EU }) { edges { node { id } } } }',
    {
      token: finance,
    },
  );
  const customerId = listed.body.data.customers.edges[0].node.id;
  await graphql(
    federation.gateway.url,
    `
      mutation ($id: ID!) {
        updateCustomer(id: $id, input: { creditHold: false }, reason: "test") {
          id
        }
      }
    `,
    { token: analyst, variables: { id: customerId } },
  );
  const created = await graphql(
    federation.gateway.url,
    `
      mutation ($input: ContractInput!) {
        createContract(input: $input) {
          billingSchedule {
            id
          }
        }
      }
    `,
    {
      token: finance,
      variables: {
        input: {
          customerId,
          number: 'IDEMPOTENT-1',
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          currency: 'EUR',
          fixedConsideration: '400.00',
          obligations: [
            {
              key: 'service',
              description: 'Service',
              pattern: 'RATABLE',
              startDate: '2026-01-01',
              endDate: '2026-12-31',
              standaloneSellingPrice: '400.00',
            },
          ],
          billingSchedule: ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'].map((date) => ({
            date,
            amount: '100.00',
          })),
        },
      },
    },
  );
  expect(created.body.errors).toBeUndefined();
  entries = created.body.data.createContract.billingSchedule.map((entry: { id: string }) => entry.id);
});

afterAll(async () => {
  await federation?.close();
});

const invoicesOf = (billingEntryId: string) =>
  federation.subgraphs.contract.database
    .fork()
    .getConnection()
    .execute('select id from invoice where billing_entry_id = ?', [billingEntryId]);

describe('an idempotency key on issueInvoice', () => {
  it('answers a retried request with the invoice it raised', async () => {
    const first = await issue(entries[0], 'retry-key-1');
    expect(first.errors).toBeUndefined();
    const again = await issue(entries[0], 'retry-key-1');
    expect(again).toEqual(first);
    expect(await invoicesOf(entries[0])).toHaveLength(1);
  });

  it('does not make another request for the same billing date the same one', async () => {
    for (const key of [null, 'another-key']) {
      const body = await issue(entries[0], key);
      expect(body.errors?.[0]).toMatchObject({
        message: `billing entry ${entries[0]} was invoiced already`,
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
  });

  it('belongs to one invoice: used again for another billing date it is refused, and nothing is raised', async () => {
    const body = await issue(entries[1], 'retry-key-1');
    expect(body.errors?.[0]).toMatchObject({
      message: 'idempotency key retry-key-1 was used for another invoice',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await invoicesOf(entries[1])).toHaveLength(0);
  });

  it('raises one invoice when the same request races itself, and both get it', async () => {
    const answers = await Promise.all([
      issue(entries[2], 'race-key'),
      issue(entries[2], 'race-key'),
      issue(entries[2], 'race-key'),
    ]);
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((answer) => answer.data.issueInvoice.id)).size).toBe(1);
    expect(await invoicesOf(entries[2])).toHaveLength(1);
  });

  it('is at most 128 characters', async () => {
    const body = await issue(entries[3], 'k'.repeat(129));
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await invoicesOf(entries[3])).toHaveLength(0);
  });
});
