import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/** Bad-debt write-offs: maker-checker between two finance principals, and who may see them. */

const REQUEST = `mutation($r: WriteOffRequest!) { requestWriteOff(request: $r) { id status amount { amount currency } requestedBy } }`;
const APPROVE = `mutation($id: ID!) { approveWriteOff(id: $id, note: "uncollectable") { id status decidedBy } }`;
const INVOICE = `query($id: ID!) { customer(id: $id) { arBalance { amount currency } contracts { invoices { id balance { amount currency } writeOffs { status amount { amount } } } } } }`;

let federation: TestFederation;
let maker: string;
let checker: string;
let customerId: string;
let invoice: { id: string; balance: { amount: string; currency: string } };

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '60' });
  maker = await federation.token({ sub: 'finance.maker', roles: ['finance_analyst'], regions: ['EU'] });
  checker = await federation.token({ sub: 'finance.checker', roles: ['finance_analyst'], regions: ['EU'] });
  const { body } = await graphql(
    federation.gateway.url,
    '{ customers(first: 60, filter: { region: EU }) { edges { node { id contracts { invoices { id balance { amount currency } } } } } } }',
    { token: maker },
  );
  for (const edge of body.data.customers.edges) {
    const open = edge.node.contracts.flatMap((c: any) => c.invoices).find((i: any) => Number(i.balance.amount) > 100);
    if (open) {
      customerId = edge.node.id;
      invoice = open;
      break;
    }
  }
});

afterAll(async () => {
  await federation?.close();
});

it('needs a second finance principal to approve, and only then lowers the balance', async () => {
  const before = (await graphql(federation.gateway.url, INVOICE, { token: maker, variables: { id: customerId } })).body
    .data.customer;
  const requested = await graphql(federation.gateway.url, REQUEST, {
    token: maker,
    variables: { r: { invoiceId: invoice.id, amount: '100.00', reason: 'Customer insolvent' } },
  });
  expect(requested.body.errors).toBeUndefined();
  const writeOff = requested.body.data.requestWriteOff;
  expect(writeOff).toMatchObject({ status: 'REQUESTED', amount: { amount: '100.00' }, requestedBy: 'finance.maker' });

  const pending = (await graphql(federation.gateway.url, INVOICE, { token: maker, variables: { id: customerId } })).body
    .data.customer;
  expect(pending.arBalance).toEqual(before.arBalance);

  const selfApproved = await graphql(federation.gateway.url, APPROVE, { token: maker, variables: { id: writeOff.id } });
  expect(selfApproved.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const approved = await graphql(federation.gateway.url, APPROVE, { token: checker, variables: { id: writeOff.id } });
  expect(approved.body.data.approveWriteOff).toMatchObject({ status: 'APPROVED', decidedBy: 'finance.checker' });

  const again = await graphql(federation.gateway.url, APPROVE, { token: checker, variables: { id: writeOff.id } });
  expect(again.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

  const after = (await graphql(federation.gateway.url, INVOICE, { token: maker, variables: { id: customerId } })).body
    .data.customer;
  const afterInvoice = after.contracts.flatMap((c: any) => c.invoices).find((i: any) => i.id === invoice.id);
  expect(Number(afterInvoice.balance.amount)).toBeCloseTo(Number(invoice.balance.amount) - 100, 2);
  const currency = invoice.balance.currency;
  const ar = (customer: any) => Number(customer.arBalance.find((m: any) => m.currency === currency).amount);
  expect(ar(after)).toBeCloseTo(ar(before) - 100, 2);
});

it('refuses to write off more than is open, counting pending requests', async () => {
  const tooMuch = await graphql(federation.gateway.url, REQUEST, {
    token: maker,
    variables: { r: { invoiceId: invoice.id, amount: '99999999.00', reason: 'x' } },
  });
  expect(tooMuch.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(tooMuch.body.errors?.[0].message).toMatch(/exceeds what can still be written off/);
});

it('lets only finance principals request, and hides write-offs from other roles', async () => {
  const billing = await federation.token({ sub: 'billing.bob', roles: ['billing_ops'], regions: ['EU'] });
  const refused = await graphql(federation.gateway.url, REQUEST, {
    token: billing,
    variables: { r: { invoiceId: invoice.id, amount: '1.00', reason: 'x' } },
  });
  expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const list = await graphql(federation.gateway.url, '{ writeOffs { id } }', { token: billing });
  expect(list.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

  const seen = await graphql(federation.gateway.url, INVOICE, { token: billing, variables: { id: customerId } });
  const writeOffs = seen.body.data.customer.contracts.flatMap((c: any) => c.invoices).flatMap((i: any) => i.writeOffs);
  expect(writeOffs.length).toBeGreaterThan(0);
  expect(writeOffs.every((w: any) => w.amount === null)).toBe(true);
  expect(seen.body.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
});

it('answers an unknown invoice or write-off with NOT_FOUND', async () => {
  const missing = await graphql(federation.gateway.url, REQUEST, {
    token: maker,
    variables: { r: { invoiceId: 'nope', amount: '1.00', reason: 'x' } },
  });
  expect(missing.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  const unknown = await graphql(federation.gateway.url, APPROVE, { token: checker, variables: { id: 'wo_missing' } });
  expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
});

it('lets nobody ask for a write-off checked against a balance they may not read, and never quotes it to them', async () => {
  // A finance analyst of another region sees this invoice's balance rounded: checking an amount
  // against the exact balance would tell it, one refusal at a time.
  const elsewhere = await federation.token({ sub: 'finance.us', roles: ['finance_analyst'], regions: ['US'] });
  const { body } = await graphql(federation.gateway.url, REQUEST, {
    token: elsewhere,
    variables: { r: { invoiceId: invoice.id, amount: '999999999.00', reason: 'Probing' } },
  });
  expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  expect(body.errors?.[0].message).not.toMatch(/\d+\.\d\d/);
});
