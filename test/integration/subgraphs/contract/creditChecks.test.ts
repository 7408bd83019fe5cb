import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * Credit holds and limits where they matter: createContract and issueInvoice refuse (CREDIT_REFUSED,
 * nothing written) what the customer master's hold or limit forbids, against what the customer owes
 * here. Why is said only to a caller who may read the customer's credit data raw in its region.
 */

let federation: TestFederation;
let customerId: string;
let analyst: string;
let checker: string;
let billing: string;
let finance: string;
let financeElsewhere: string;

const UPDATE = `mutation($id: ID!, $input: CustomerUpdateInput!) { updateCustomer(id: $id, input: $input, reason: "credit review") { id pendingCreditLimitChange { id } } }`;
const APPROVE = `mutation($id: ID!) { approveCreditLimitChange(id: $id) { status } }`;
const CREATE = `mutation($input: ContractInput!) { createContract(input: $input) { id billingSchedule { id } } }`;
const ISSUE = `mutation($id: ID!) { issueInvoice(input: { billingEntryId: $id }) { id amount { amount } } }`;
const OWED = `query($id: ID!) { customer(id: $id) { arBalance { amount currency } } }`;

async function run(query: string, token: string, variables: Record<string, unknown>) {
  return (await graphql(federation.gateway.url, query, { token, variables })).body;
}

/** Sets the customer's credit; a limit change that waits for a second person (maker-checker) is approved by one. */
async function setCredit(input: { creditHold?: boolean; creditLimit?: { amount: string; currency: string } }) {
  const body = await run(UPDATE, analyst, { id: customerId, input });
  expect(body.errors).toBeUndefined();
  const pending = body.data.updateCustomer.pendingCreditLimitChange;
  if (pending) {
    const approved = await run(APPROVE, checker, { id: pending.id });
    expect(approved.data?.approveCreditLimitChange.status).toBe('APPROVED');
  }
}

let contractNumber = 0;
async function createContract(token: string) {
  contractNumber += 1;
  return run(CREATE, token, {
    input: {
      customerId,
      number: `CREDIT-${contractNumber}`,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      currency: 'EUR',
      fixedConsideration: '1200.00',
      obligations: [
        {
          key: 'service',
          description: 'Service',
          pattern: 'RATABLE',
          startDate: '2026-01-01',
          endDate: '2026-12-31',
          standaloneSellingPrice: '1200.00',
        },
      ],
      billingSchedule: [
        { date: '2026-01-01', amount: '600.00' },
        { date: '2026-07-01', amount: '600.00' },
      ],
    },
  });
}

/** What the customer owes in EUR, in cents. */
async function owedCents(): Promise<number> {
  const body = await run(OWED, finance, { id: customerId });
  const eur = body.data.customer.arBalance.find((money: { currency: string }) => money.currency === 'EUR');
  return eur ? Math.round(Number(eur.amount) * 100) : 0;
}

const euros = (cents: number) => (cents / 100).toFixed(2);

let entries: string[];

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '40' });
  analyst = await federation.token({ sub: 'credit.analyst', roles: ['credit_analyst'], regions: ['EU'] });
  checker = await federation.token({ sub: 'credit.checker', roles: ['credit_analyst'], regions: ['EU'] });
  billing = await federation.token({ sub: 'billing.clerk', roles: ['billing_ops'], regions: ['EU'] });
  finance = await federation.token({ sub: 'finance.eu', roles: ['finance_analyst'], regions: ['EU'] });
  financeElsewhere = await federation.token({ sub: 'finance.us', roles: ['finance_analyst'], regions: ['US'] });
  const listed = await run('{ customers(first: 50, filter: { region: EU }) { edges { node { id } } } }', finance, {});
  customerId = listed.data.customers.edges[0].node.id;
  await setCredit({ creditHold: false, creditLimit: { amount: '100000000.00', currency: 'EUR' } });
  const created = await createContract(finance);
  expect(created.errors).toBeUndefined();
  entries = created.data.createContract.billingSchedule.map((entry: { id: string }) => entry.id);
});

afterAll(async () => {
  await federation?.close();
});

describe('a customer on credit hold', () => {
  beforeAll(() => setCredit({ creditHold: true }));
  afterAll(() => setCredit({ creditHold: false }));

  it('gets no invoice, and only a caller who may read its credit data learns why', async () => {
    const owed = await owedCents();
    const said = async (token: string) => {
      const body = await run(ISSUE, token, { id: entries[0] });
      expect(body.data?.issueInvoice ?? null).toBeNull();
      expect(body.errors?.[0].extensions?.code).toBe('CREDIT_REFUSED');
      return body.errors?.[0].message as string;
    };
    expect(await said(finance)).toBe(
      `no invoice: customer ${customerId} is on credit hold until a credit analyst lifts it`,
    );
    for (const token of [billing, financeElsewhere])
      expect(await said(token)).toBe(
        `no invoice: customer ${customerId}'s credit does not allow it; someone who may read its credit data can say why`,
      );
    expect(await owedCents()).toBe(owed);
    const invoices = await run(
      `query($id: ID!) { customer(id: $id) { contracts { number invoices { id } } } }`,
      finance,
      { id: customerId },
    );
    const contract = invoices.data.customer.contracts.find((c: { number: string }) => c.number === 'CREDIT-1');
    expect(contract.invoices).toEqual([]);
  });

  it('gets no new contract', async () => {
    const body = await createContract(finance);
    expect(body.errors?.[0]).toMatchObject({
      message: `no contract: customer ${customerId} is on credit hold until a credit analyst lifts it`,
      extensions: { code: 'CREDIT_REFUSED' },
    });
  });
});

describe("a customer's credit limit", () => {
  it('admits invoices up to it and refuses the one that would take what it owes above it', async () => {
    const owed = await owedCents();
    await setCredit({ creditLimit: { amount: euros(owed + 100_000), currency: 'EUR' } });
    const first = await run(ISSUE, billing, { id: entries[0] });
    expect(first.errors).toBeUndefined();
    expect(await owedCents()).toBe(owed + 60_000);
    const refused = await run(ISSUE, finance, { id: entries[1] });
    expect(refused.errors?.[0]).toMatchObject({
      message:
        `no invoice: customer ${customerId} would owe ${euros(owed + 120_000)} EUR (${euros(owed + 60_000)} EUR open ` +
        `and 600.00 EUR with this invoice), above its credit limit of ${euros(owed + 100_000)} EUR`,
      extensions: { code: 'CREDIT_REFUSED' },
    });
    const toBilling = await run(ISSUE, billing, { id: entries[1] });
    expect(toBilling.errors?.[0].message).toMatch(/credit does not allow it/);
    expect(toBilling.errors?.[0].message).not.toMatch(/EUR|limit/);
    expect(await owedCents()).toBe(owed + 60_000);
  });

  it('refuses new contracts while the customer already owes more than it', async () => {
    const owed = await owedCents();
    await setCredit({ creditLimit: { amount: euros(owed - 1), currency: 'EUR' } });
    const body = await createContract(finance);
    expect(body.errors?.[0]).toMatchObject({
      message: `no contract: customer ${customerId} would owe ${euros(owed)} EUR (${euros(owed)} EUR open), above its credit limit of ${euros(owed - 1)} EUR`,
      extensions: { code: 'CREDIT_REFUSED' },
    });
    await setCredit({ creditLimit: { amount: euros(owed + 1_000_000), currency: 'EUR' } });
    expect((await createContract(finance)).errors).toBeUndefined();
    expect((await run(ISSUE, billing, { id: entries[1] })).errors).toBeUndefined();
  });

  it('does not count what is owed in other currencies against a limit in one', async () => {
    await setCredit({ creditLimit: { amount: '0.00', currency: 'USD' } });
    const created = await createContract(finance);
    expect(created.errors).toBeUndefined();
    const [entry] = created.data.createContract.billingSchedule;
    expect((await run(ISSUE, billing, { id: entry.id })).errors).toBeUndefined();
  });
});

describe('the credit facts the contract subgraph reads', () => {
  it('are not for clients: the directory query is refused to every role through the gateway', async () => {
    const admin = await federation.token({ roles: ['admin'], regions: ['EU', 'US'] });
    for (const token of [admin, finance, analyst]) {
      const body = await run(
        'query($ids: [ID!]!) { customerJurisdictions(ids: $ids) { id creditHold creditLimit { amount currency } } }',
        token,
        { ids: [customerId] },
      );
      expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(body.data?.customerJurisdictions ?? null).toBeNull();
    }
  });
});
