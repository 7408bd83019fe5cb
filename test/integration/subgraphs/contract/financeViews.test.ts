import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * What finance reads through the gateway, in exact cents: a contract's balances reconciled to its
 * schedule, the balanced journal entries the schedule implies (whose revenue lines postLedgerLines
 * takes and monthEndIntegrity then finds in agreement), and the revenue waterfall, each governed
 * like every amount. The contract runs through 2016 (a leap year, 366 days), before any demo data.
 */

let federation: TestFederation;
let finance: string;
let collections: string;
let contract: { id: string; performanceObligations: { id: string }[]; billingSchedule: { id: string }[] };

async function ok(query: string, variables: Record<string, unknown> = {}, token = finance) {
  const { body } = await graphql(federation.gateway.url, query, { token, variables });
  expect(body.errors).toBeUndefined();
  return body.data;
}

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20' });
  finance = await federation.token({ sub: 'finance.close', roles: ['finance_analyst'], regions: ['EU'] });
  collections = await federation.token({ sub: 'collections.agent', roles: ['collections'], regions: ['EU'] });
  const customers = await ok('{ customers(first: 20, filter: { region: EU }) { edges { node { id } } } }');
  // Platform 12,000.00 ratable over 2016 and training 1,200.00 delivered on 15 February, billed in two halves.
  const created = await ok(
    `mutation($input: ContractInput!) { createContract(input: $input) { id performanceObligations { id } billingSchedule { id } } }`,
    {
      input: {
        customerId: customers.customers.edges[0].node.id,
        number: 'CT-CLOSE-2016',
        startDate: '2016-01-01',
        endDate: '2016-12-31',
        currency: 'EUR',
        segment: 'MID_MARKET',
        fixedConsideration: '13200.00',
        obligations: [
          {
            key: 'platform',
            description: 'Platform',
            productCode: 'PLAT',
            pattern: 'RATABLE',
            startDate: '2016-01-01',
            endDate: '2016-12-31',
            standaloneSellingPrice: '12000.00',
          },
          {
            key: 'training',
            description: 'Training',
            productCode: 'TRAIN',
            pattern: 'POINT_IN_TIME',
            transferDate: '2016-02-15',
            standaloneSellingPrice: '1200.00',
          },
        ],
        billingSchedule: [
          { date: '2016-01-01', amount: '6600.00' },
          { date: '2016-07-01', amount: '6600.00' },
        ],
      },
    },
  );
  contract = created.createContract;
  const invoices = [];
  for (const entry of contract.billingSchedule)
    invoices.push(
      (await ok('mutation($id: ID!) { issueInvoice(input: { billingEntryId: $id }) { id } }', { id: entry.id }))
        .issueInvoice.id,
    );
  await ok(
    'mutation($payments: [PaymentInput!]!) { recordPayments(payments: $payments) }',
    {
      payments: [
        { id: 'pay-close-2016-1', invoiceId: invoices[0], receivedOn: '2016-01-20', amount: '6600.00', method: 'SEPA' },
      ],
    },
    collections,
  );
});

afterAll(async () => {
  await federation?.close();
});

const BALANCES = `query($id: ID!, $asOf: Date) { contract(id: $id) { balances(asOf: $asOf) {
  asOf contractAsset { amount } contractLiability { amount } receivable { amount }
  recognizedToDate { amount } billedToDate { amount } reconciled differences } } }`;

describe('contract balances', () => {
  it('30 June: revenue ahead of billing is a contract asset of 567.21; the paid invoice leaves no receivable', async () => {
    // Platform trunc(1,200,000 × 182/366) = 596,721 + training 120,000 = 716,721 against 660,000 billed.
    const data = await ok(BALANCES, { id: contract.id, asOf: '2016-06-30' });
    expect(data.contract.balances).toEqual({
      asOf: '2016-06-30',
      contractAsset: { amount: '567.21' },
      contractLiability: { amount: '0.00' },
      receivable: { amount: '0.00' },
      recognizedToDate: { amount: '7167.21' },
      billedToDate: { amount: '6600.00' },
      reconciled: true,
      differences: [],
    });
  });

  it('31 July: the second half billed ahead is a contract liability of 5,016.40 and an open receivable', async () => {
    // Platform trunc(1,200,000 × 213/366) = 698,360 + 120,000 = 818,360 against 1,320,000 billed.
    const data = await ok(BALANCES, { id: contract.id, asOf: '2016-07-31' });
    expect(data.contract.balances).toMatchObject({
      contractAsset: { amount: '0.00' },
      contractLiability: { amount: '5016.40' },
      receivable: { amount: '6600.00' },
      reconciled: true,
    });
  });

  it('refuses a day still to come', async () => {
    const { body } = await graphql(federation.gateway.url, BALANCES, {
      token: finance,
      variables: { id: contract.id, asOf: '2999-01-01' },
    });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('journal entries', () => {
  const JOURNAL = `query($id: ID!) { contract(id: $id) { journalEntries(from: "2016-01", to: "2016-12") {
    period balanced lines { account ledgerAccount obligationId debit { amount } credit { amount } } } } }`;

  it('January and February, balanced, with revenue credited per obligation', async () => {
    const data = await ok(JOURNAL, { id: contract.id });
    const [january, february] = data.contract.journalEntries;
    const platform = contract.performanceObligations[0].id;
    const training = contract.performanceObligations[1].id;
    // January: 6,600.00 invoiced; platform trunc(1,200,000 × 31/366) = 101,639; the rest deferred.
    expect(january).toEqual({
      period: '2016-01',
      balanced: true,
      lines: [
        {
          account: 'ACCOUNTS_RECEIVABLE',
          ledgerAccount: '1200',
          obligationId: null,
          debit: { amount: '6600.00' },
          credit: { amount: '0.00' },
        },
        {
          account: 'REVENUE',
          ledgerAccount: '4000',
          obligationId: platform,
          debit: { amount: '0.00' },
          credit: { amount: '1016.39' },
        },
        {
          account: 'DEFERRED_REVENUE',
          ledgerAccount: '2400',
          obligationId: null,
          debit: { amount: '0.00' },
          credit: { amount: '5583.61' },
        },
      ],
    });
    // February: platform 196,721 - 101,639 = 95,082 and training 120,000, released from deferred revenue.
    expect(february).toEqual({
      period: '2016-02',
      balanced: true,
      lines: [
        {
          account: 'REVENUE',
          ledgerAccount: '4000',
          obligationId: platform,
          debit: { amount: '0.00' },
          credit: { amount: '950.82' },
        },
        {
          account: 'REVENUE',
          ledgerAccount: '4000',
          obligationId: training,
          debit: { amount: '0.00' },
          credit: { amount: '1200.00' },
        },
        {
          account: 'DEFERRED_REVENUE',
          ledgerAccount: '2400',
          obligationId: null,
          debit: { amount: '2150.82' },
          credit: { amount: '0.00' },
        },
      ],
    });
    expect(data.contract.journalEntries.every((entry: any) => entry.balanced)).toBe(true);
  });

  it('gives revenue lines that postLedgerLines takes and monthEndIntegrity finds in agreement', async () => {
    const data = await ok(JOURNAL, { id: contract.id });
    const march = data.contract.journalEntries.find((entry: any) => entry.period === '2016-03');
    const lines = march.lines
      .filter((line: any) => line.account === 'REVENUE')
      .map((line: any, i: number) => ({
        id: `close-2016-03-${i}`,
        period: '2016-03',
        account: line.ledgerAccount,
        contractId: contract.id,
        obligationId: line.obligationId,
        amount: line.credit.amount,
        currency: 'EUR',
      }));
    await ok('mutation($lines: [LedgerLineInput!]!) { postLedgerLines(lines: $lines) }', { lines });
    const check = await ok(
      `query($id: ID!) { contract(id: $id) { ledgerCheck(period: "2016-03") { scheduled { amount } posted { amount } mismatch } } }`,
      { id: contract.id },
    );
    expect(check.contract.ledgerCheck.mismatch).toBeNull();
    expect(check.contract.ledgerCheck.posted).toEqual(check.contract.ledgerCheck.scheduled);
    const report = await ok(
      '{ monthEndIntegrity(period: "2016-03") { amountMismatches { contract { id } } contractsWithoutLedgerLines { contract { id } } } }',
    );
    const named = [
      ...report.monthEndIntegrity.amountMismatches,
      ...report.monthEndIntegrity.contractsWithoutLedgerLines,
    ];
    expect(named.map((c: any) => c.contract.id)).not.toContain(contract.id);
  });
});

describe('the revenue waterfall', () => {
  const WATERFALL = `query($first: Int, $after: String, $groupBy: [WaterfallDimension!]) {
    revenueWaterfall(from: "2016-01", to: "2016-03", currency: "EUR", groupBy: $groupBy, first: $first, after: $after) {
      cursor month region currency customerId segment productCode recognized { amount } } }`;

  it('sums revenue per month by segment and product, and pages with a cursor', async () => {
    const data = await ok(WATERFALL, { groupBy: ['SEGMENT', 'PRODUCT'] });
    const rows = data.revenueWaterfall.map(({ cursor: _cursor, ...row }: any) => row);
    // March: platform trunc(1,200,000 × 91/366) - 196,721 = 101,639.
    expect(rows).toEqual([
      {
        month: '2016-01',
        region: 'EU',
        currency: 'EUR',
        customerId: null,
        segment: 'MID_MARKET',
        productCode: 'PLAT',
        recognized: { amount: '1016.39' },
      },
      {
        month: '2016-02',
        region: 'EU',
        currency: 'EUR',
        customerId: null,
        segment: 'MID_MARKET',
        productCode: 'PLAT',
        recognized: { amount: '950.82' },
      },
      {
        month: '2016-02',
        region: 'EU',
        currency: 'EUR',
        customerId: null,
        segment: 'MID_MARKET',
        productCode: 'TRAIN',
        recognized: { amount: '1200.00' },
      },
      {
        month: '2016-03',
        region: 'EU',
        currency: 'EUR',
        customerId: null,
        segment: 'MID_MARKET',
        productCode: 'PLAT',
        recognized: { amount: '1016.39' },
      },
    ]);
    const firstPage = await ok(WATERFALL, { groupBy: ['SEGMENT', 'PRODUCT'], first: 2 });
    const secondPage = await ok(WATERFALL, {
      groupBy: ['SEGMENT', 'PRODUCT'],
      first: 2,
      after: firstPage.revenueWaterfall[1].cursor,
    });
    expect([...firstPage.revenueWaterfall, ...secondPage.revenueWaterfall]).toEqual(data.revenueWaterfall);
    const bad = await graphql(federation.gateway.url, WATERFALL, { token: finance, variables: { after: 'nonsense' } });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is governed: another region reads rounded amounts, a role without the query is refused', async () => {
    const outsider = await federation.token({ sub: 'us.finance', roles: ['finance_analyst'], regions: ['US'] });
    const rounded = await ok(WATERFALL, { groupBy: ['PRODUCT'] }, outsider);
    expect(rounded.revenueWaterfall.map((row: any) => row.recognized.amount)).toEqual([
      '1000.00',
      '1000.00',
      '1000.00',
      '1000.00',
    ]);
    const service = await federation.token({ sub: 'cs', roles: ['customer_service'], regions: ['EU'] });
    const { body } = await graphql(federation.gateway.url, WATERFALL, { token: service, variables: {} });
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
