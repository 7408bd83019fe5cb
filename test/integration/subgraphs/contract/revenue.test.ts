import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * Revenue recognition through the gateway: what-if allocation, contracts saved with their
 * allocation and schedule, discount approvals, modifications, pricing tiers reaching invoices only
 * once approved, renewal intent in the deferred forecast, and month-end integrity against the ledger.
 * Dates are fixed (2024 or 2031) so the answers do not depend on the day the tests run.
 */

const MONEY = '{ amount currency }';
const ALLOCATE = `query($input: AllocationInput!) { allocateTransactionPrice(input: $input) {
  method transactionPrice ${MONEY} discount ${MONEY} discountBasisPoints discountNeedsApproval
  variableConsideration { estimate { amount } included { amount } }
  allocations { key amount ${MONEY} unrounded } } }`;
const CREATE = `mutation($input: ContractInput!) { createContract(input: $input) {
  id status transactionPrice ${MONEY} discount { amount } allocationMethod
  customer { id }
  performanceObligations { id pattern allocated { amount } standaloneSellingPrice { amount } }
  billingSchedule { id date listAmount { amount } }
  discountApprovals { id status discountBasisPoints discount { amount } requestedBy } } }`;
const SCHEDULE = `query($id: ID!, $from: String, $to: String) {
  contract(id: $id) {
    status
    revenueSchedule(from: $from, to: $to) {
      month
      recognized { amount }
      recognizedToDate { amount }
      billedToDate { amount }
      deferred { amount }
    }
  }
}`;

let federation: TestFederation;
let maker: string;
let checker: string;
let customerId: string;

function bundle(number: string, overrides: Record<string, unknown> = {}) {
  return {
    customerId,
    number,
    startDate: '2024-01-01',
    endDate: '2024-12-31',
    currency: 'EUR',
    segment: 'ENTERPRISE',
    fixedConsideration: '10800.00',
    obligations: [
      {
        key: 'platform',
        description: 'Platform subscription',
        pattern: 'RATABLE',
        startDate: '2024-01-01',
        endDate: '2024-12-31',
        standaloneSellingPrice: '9000.00',
      },
      {
        key: 'training',
        description: 'Training day',
        pattern: 'POINT_IN_TIME',
        transferDate: '2024-03-15',
        standaloneSellingPrice: '3000.00',
      },
    ],
    billingSchedule: [
      { date: '2024-01-01', amount: '5400.00' },
      { date: '2024-07-01', amount: '5400.00' },
    ],
    ...overrides,
  };
}

async function create(input: Record<string, unknown>, token = maker) {
  return graphql(federation.gateway.url, CREATE, { token, variables: { input } });
}

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '40' });
  maker = await federation.token({ sub: 'finance.maker', roles: ['finance_analyst'], regions: ['EU'] });
  checker = await federation.token({ sub: 'finance.checker', roles: ['finance_analyst'], regions: ['EU'] });
  const { body } = await graphql(
    federation.gateway.url,
    '{ customers(first: 40, filter: { region: EU }) { edges { node { id } } } }',
    { token: maker },
  );
  customerId = body.data.customers.edges[0].node.id;
});

afterAll(async () => {
  await federation?.close();
});

describe('allocateTransactionPrice (what-if)', () => {
  it('KPMG IFRS 15 Handbook: phone 20 + internet 30 + TV 40 sold for 80 -> 18 / 27 / 35 (unrounded 17.78 / 26.67 / 35.56)', async () => {
    const input = {
      currency: 'JPY',
      fixedConsideration: '80',
      obligations: [
        { key: 'phone', standaloneSellingPrice: '20' },
        { key: 'internet', standaloneSellingPrice: '30' },
        { key: 'tv', standaloneSellingPrice: '40' },
      ],
    };
    const { body } = await graphql(federation.gateway.url, ALLOCATE, { token: maker, variables: { input } });
    expect(body.errors).toBeUndefined();
    const result = body.data.allocateTransactionPrice;
    expect(result.allocations.map((a: any) => a.amount.amount)).toEqual(['18', '27', '35']);
    expect(result.allocations.map((a: any) => Number(a.unrounded).toFixed(2))).toEqual(['17.78', '26.67', '35.56']);
    expect(result).toMatchObject({
      method: 'RELATIVE_SSP',
      transactionPrice: { amount: '80', currency: 'JPY' },
      discount: { amount: '10' },
      discountBasisPoints: 1111,
      discountNeedsApproval: false,
    });
  });

  it('the same bundle in cents keeps the total exact, and a variable bonus goes to the one obligation it belongs to', async () => {
    const input = {
      currency: 'EUR',
      fixedConsideration: '80.00',
      obligations: [
        { key: 'phone', standaloneSellingPrice: '20.00' },
        { key: 'internet', standaloneSellingPrice: '30.00' },
        { key: 'tv', standaloneSellingPrice: '40.00' },
      ],
      variableConsideration: {
        method: 'EXPECTED_VALUE',
        outcomes: [
          { amount: '0.00', probability: 0.2 },
          { amount: '5.00', probability: 0.5 },
          { amount: '10.00', probability: 0.3 },
        ],
        constrained: false,
        allocateTo: 'tv',
      },
    };
    const { body } = await graphql(federation.gateway.url, ALLOCATE, { token: maker, variables: { input } });
    const result = body.data.allocateTransactionPrice;
    expect(result.variableConsideration).toEqual({ estimate: { amount: '5.50' }, included: { amount: '5.50' } });
    expect(result.allocations.map((a: any) => a.amount.amount)).toEqual(['17.78', '26.67', '41.05']);
    expect(result.transactionPrice.amount).toBe('85.50');
  });

  it('refuses the residual approach outside the observable range, and malformed amounts, with BAD_USER_INPUT', async () => {
    const residual = {
      currency: 'EUR',
      fixedConsideration: '100.00',
      obligations: [
        { key: 'licence', residual: true, observableMin: '50.00', observableMax: '70.00' },
        { key: 'support', standaloneSellingPrice: '20.00' },
      ],
    };
    const outside = await graphql(federation.gateway.url, ALLOCATE, { token: maker, variables: { input: residual } });
    expect(outside.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(outside.body.errors?.[0].message).toMatch(/outside its observable range/);

    const inside = await graphql(federation.gateway.url, ALLOCATE, {
      token: maker,
      variables: { input: { ...residual, fixedConsideration: '85.00' } },
    });
    expect(inside.body.data.allocateTransactionPrice.allocations.map((a: any) => a.amount.amount)).toEqual([
      '65.00',
      '20.00',
    ]);

    const malformed = await graphql(federation.gateway.url, ALLOCATE, {
      token: maker,
      variables: { input: { ...residual, fixedConsideration: '85.001' } },
    });
    expect(malformed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is only for finance, billing and audit roles', async () => {
    const bi = await federation.token({ roles: ['bi_reader'] });
    const input = {
      currency: 'EUR',
      fixedConsideration: '1.00',
      obligations: [{ key: 'a', standaloneSellingPrice: '1.00' }],
    };
    const { body } = await graphql(federation.gateway.url, ALLOCATE, { token: bi, variables: { input } });
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('contracts saved with their allocation', () => {
  it('allocates on save and recognises by month: ratable by day, training in its transfer month', async () => {
    const { body } = await create(bundle('CT-TEST-0001'));
    expect(body.errors).toBeUndefined();
    const contract = body.data.createContract;
    // SSP 9,000 + 3,000 = 12,000 sold for 10,800: a 10 % discount, under the approval threshold.
    expect(contract).toMatchObject({
      status: 'ACTIVE',
      transactionPrice: { amount: '10800.00', currency: 'EUR' },
      discount: { amount: '1200.00' },
      allocationMethod: 'RELATIVE_SSP',
      discountApprovals: [],
    });
    expect(contract.performanceObligations.map((o: any) => o.allocated.amount)).toEqual(['8100.00', '2700.00']);

    const schedule = (await graphql(federation.gateway.url, SCHEDULE, { token: maker, variables: { id: contract.id } }))
      .body.data.contract.revenueSchedule;
    expect(schedule.map((p: any) => p.month)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
    ]);
    // 8,100 over 366 days: January is 31 days = 686.06; March adds the training's 2,700.
    expect(schedule[0].recognized.amount).toBe('686.06');
    expect(schedule[2].recognized.amount).toBe(
      String((Math.trunc((810000 * 91) / 366) - Math.trunc((810000 * 60) / 366) + 270000) / 100),
    );
    expect(schedule.at(-1).recognizedToDate.amount).toBe('10800.00');
    const total = schedule.reduce((sum: number, p: any) => sum + Math.round(Number(p.recognized.amount) * 100), 0);
    expect(total).toBe(1080000);
  });

  it('refuses a contract that would recognise revenue too early, listing every rule it breaks, and saves nothing', async () => {
    const early = bundle('CT-TEST-0002', {
      obligations: [
        {
          key: 'platform',
          description: 'Platform',
          pattern: 'RATABLE',
          startDate: '2023-12-01',
          endDate: '2024-12-31',
          standaloneSellingPrice: '9000.00',
        },
        {
          key: 'training',
          description: 'Training',
          pattern: 'POINT_IN_TIME',
          transferDate: '2023-12-20',
          standaloneSellingPrice: '3000.00',
        },
      ],
      billingSchedule: [{ date: '2025-02-01', amount: '10800.00' }],
    });
    const { body } = await create(early);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((body.errors?.[0].extensions?.violations as any[]).map((v: any) => v.rule)).toEqual([
      'BILLING_OUTSIDE_CONTRACT',
      'OBLIGATION_OUTSIDE_CONTRACT',
      'TRANSFER_BEFORE_START',
    ]);
    expect(body.data).toBeNull();
    // Nothing half-written: the same number is free for a correct contract.
    expect((await create(bundle('CT-TEST-0002'))).body.errors).toBeUndefined();
  });

  it('answers a customer that does not exist with BAD_USER_INPUT, and a customer outside the region with FORBIDDEN', async () => {
    const missing = await create(bundle('CT-TEST-0003', { customerId: 'cus_nobody' }));
    expect(missing.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const us = await federation.token({ sub: 'finance.us', roles: ['billing_ops'], regions: ['US'] });
    const outside = await create(bundle('CT-TEST-0003'), us);
    expect(outside.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('asks the customer master where the customer belongs, through a query only the contract service may run', async () => {
    const admin = await federation.token({ roles: ['admin'] });
    const { body } = await graphql(
      federation.gateway.url,
      'query($ids: [ID!]!) { customerJurisdictions(ids: $ids) { id region } }',
      { token: admin, variables: { ids: [customerId] } },
    );
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(body.data?.customerJurisdictions ?? null).toBeNull();
  });
});

describe('discount approvals', () => {
  it('keeps a contract with a discount above the threshold a draft, recognising nothing, until someone else approves it', async () => {
    // SSP 12,000 sold for 9,000: 25 %, above the 15 % threshold.
    const { body } = await create(
      bundle('CT-TEST-0010', {
        fixedConsideration: '9000.00',
        billingSchedule: [{ date: '2024-01-01', amount: '9000.00' }],
      }),
    );
    const contract = body.data.createContract;
    expect(contract.status).toBe('DRAFT');
    expect(contract.discountApprovals).toEqual([
      {
        id: expect.any(String),
        status: 'REQUESTED',
        discountBasisPoints: 2500,
        discount: { amount: '3000.00' },
        requestedBy: 'finance.maker',
      },
    ]);
    const draft = await graphql(federation.gateway.url, SCHEDULE, { token: maker, variables: { id: contract.id } });
    expect(draft.body.data.contract.revenueSchedule).toEqual([]);

    const approval = contract.discountApprovals[0].id;
    const own = await graphql(federation.gateway.url, 'mutation($id: ID!) { approveDiscount(id: $id) { status } }', {
      token: maker,
      variables: { id: approval },
    });
    expect(own.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const billing = await federation.token({ roles: ['billing_ops'], regions: ['EU'] });
    const notFinance = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { approveDiscount(id: $id) { status } }',
      { token: billing, variables: { id: approval } },
    );
    expect(notFinance.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    // A finance analyst of another region may not decide what the policy hides from them.
    const usAnalyst = await federation.token({ sub: 'finance.us', roles: ['finance_analyst'], regions: ['US'] });
    const otherRegion = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { approveDiscount(id: $id) { status } }',
      { token: usAnalyst, variables: { id: approval } },
    );
    expect(otherRegion.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const approved = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { approveDiscount(id: $id, note: "strategic logo") { status decidedBy contract { status } } }',
      { token: checker, variables: { id: approval } },
    );
    expect(approved.body.data.approveDiscount).toEqual({
      status: 'APPROVED',
      decidedBy: 'finance.checker',
      contract: { status: 'EXPIRED' },
    });
    const live = await graphql(federation.gateway.url, SCHEDULE, { token: maker, variables: { id: contract.id } });
    expect(live.body.data.contract.revenueSchedule.at(-1).recognizedToDate.amount).toBe('9000.00');

    const trail = await graphql(
      federation.gateway.url,
      '{ discountApprovals(status: APPROVED) { id discount { amount } transactionPrice { amount } requestedBy decidedBy decisionNote contract { number } } }',
      { token: checker },
    );
    expect(trail.body.data.discountApprovals).toContainEqual({
      id: approval,
      discount: { amount: '3000.00' },
      transactionPrice: { amount: '9000.00' },
      requestedBy: 'finance.maker',
      decidedBy: 'finance.checker',
      decisionNote: 'strategic logo',
      contract: { number: 'CT-TEST-0010' },
    });
  });
});

describe('modifications', () => {
  const MODIFY = `mutation($input: ContractModificationInput!) { modifyContract(input: $input) {
    sequence type effectiveDate reason requestedBy considerationChange { amount } priceConcession { amount }
    transactionPriceBefore { amount } transactionPriceAfter { amount } recognizedOnEffectiveDate { amount } remainingBefore { amount } remainingAfter { amount } } }`;

  it('ASC 606-10-55-125 Example 8: a cumulative catch-up when progress is re-measured at 420,000 of 820,000 (91,463.41; the published 91,200 rounds progress to 51.2 %)', async () => {
    const created = await create({
      customerId,
      number: 'CT-TEST-0020',
      startDate: '2024-01-01',
      endDate: '2025-12-31',
      currency: 'USD',
      fixedConsideration: '1000000.00',
      variableConsideration: {
        method: 'MOST_LIKELY_AMOUNT',
        outcomes: [
          { amount: '200000.00', probability: 0.6 },
          { amount: '0.00', probability: 0.4 },
        ],
        constrained: true,
      },
      obligations: [
        {
          key: 'building',
          description: 'Office building',
          pattern: 'INPUT_METHOD',
          startDate: '2024-01-01',
          endDate: '2025-12-31',
          standaloneSellingPrice: '1000000.00',
        },
      ],
      billingSchedule: [{ date: '2024-01-01', amount: '1000000.00' }],
    });
    const contract = created.body.data.createContract;
    expect(contract.transactionPrice.amount).toBe('1000000.00');
    const obligationId = contract.performanceObligations[0].id;
    // Year 1: 420,000 of 700,000 expected costs -> 60 % -> 600,000.
    const progress = await graphql(
      federation.gateway.url,
      'mutation($input: ProgressInput!) { recordProgress(input: $input) { asOf completedUnits totalUnits } }',
      {
        token: maker,
        variables: { input: { obligationId, asOf: '2024-12-31', completedUnits: 420000, totalUnits: 700000 } },
      },
    );
    expect(progress.body.errors).toBeUndefined();

    const modified = await graphql(federation.gateway.url, MODIFY, {
      token: maker,
      variables: {
        input: {
          contractId: contract.id,
          effectiveDate: '2025-01-15',
          reason: 'Floor plan changed; bonus now highly probable',
          considerationChange: '350000.00',
          addedGoodsDistinct: false,
          priceReflectsStandaloneSellingPrice: false,
          remainingGoodsDistinct: false,
          // Costs to date unchanged, expected costs up by 120,000. (The unit tests also check the published 51.2 %.)
          progress: [{ obligationId, asOf: '2025-01-15', completedUnits: 420000, totalUnits: 820000 }],
        },
      },
    });
    expect(modified.body.errors).toBeUndefined();
    expect(modified.body.data.modifyContract).toEqual({
      sequence: 1,
      type: 'CUMULATIVE_CATCH_UP',
      effectiveDate: '2025-01-15',
      reason: 'Floor plan changed; bonus now highly probable',
      requestedBy: 'finance.maker',
      considerationChange: { amount: '350000.00' },
      priceConcession: { amount: '0.00' },
      transactionPriceBefore: { amount: '1000000.00' },
      transactionPriceAfter: { amount: '1350000.00' },
      recognizedOnEffectiveDate: { amount: '91463.41' },
      remainingBefore: { amount: '400000.00' },
      remainingAfter: { amount: '658536.59' },
    });
    const schedule = (
      await graphql(federation.gateway.url, SCHEDULE, {
        token: maker,
        variables: { id: contract.id, from: '2024-12', to: '2025-01' },
      })
    ).body.data.contract.revenueSchedule;
    // Progress only moves forward: a measurement before the modification is refused.
    const backDated = await graphql(
      federation.gateway.url,
      'mutation($input: ProgressInput!) { recordProgress(input: $input) { asOf } }',
      {
        token: maker,
        variables: { input: { obligationId, asOf: '2024-12-31', completedUnits: 430000, totalUnits: 820000 } },
      },
    );
    expect(backDated.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const farFuture = await graphql(federation.gateway.url, SCHEDULE, {
      token: maker,
      variables: { id: contract.id, from: '2024-12', to: '9999-12' },
    });
    expect(farFuture.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(schedule.map((p: any) => [p.month, p.recognized.amount])).toEqual([
      ['2024-12', '600000.00'],
      ['2025-01', '91463.41'],
    ]);

    const history = await graphql(
      federation.gateway.url,
      'query($id: ID!) { contract(id: $id) { transactionPrice { amount } modifications { type } performanceObligations { revisions { treatment effectiveDate allocated { amount } } } } }',
      { token: maker, variables: { id: contract.id } },
    );
    expect(history.body.data.contract).toEqual({
      transactionPrice: { amount: '1350000.00' },
      modifications: [{ type: 'CUMULATIVE_CATCH_UP' }],
      performanceObligations: [
        {
          revisions: [
            { treatment: 'INITIAL', effectiveDate: '2024-01-01', allocated: { amount: '1000000.00' } },
            { treatment: 'CUMULATIVE_CATCH_UP', effectiveDate: '2025-01-15', allocated: { amount: '1350000.00' } },
          ],
        },
      ],
    });
  });

  it('adds distinct goods at their standalone price as a separate contract, leaving the rest untouched', async () => {
    const contract = (await create(bundle('CT-TEST-0021'))).body.data.createContract;
    const modified = await graphql(federation.gateway.url, MODIFY, {
      token: maker,
      variables: {
        input: {
          contractId: contract.id,
          effectiveDate: '2024-06-01',
          reason: 'Extra training days',
          considerationChange: '1500.00',
          addObligations: [
            {
              key: 'training2',
              description: 'Training days',
              pattern: 'POINT_IN_TIME',
              transferDate: '2024-06-20',
              standaloneSellingPrice: '1500.00',
            },
          ],
          addBillings: [{ date: '2024-06-01', amount: '1500.00' }],
          addedGoodsDistinct: true,
          priceReflectsStandaloneSellingPrice: true,
          remainingGoodsDistinct: true,
        },
      },
    });
    expect(modified.body.data.modifyContract).toMatchObject({
      type: 'SEPARATE_CONTRACT',
      transactionPriceAfter: { amount: '12300.00' },
      recognizedOnEffectiveDate: { amount: '0.00' },
    });
    const after = await graphql(
      federation.gateway.url,
      'query($id: ID!) { contract(id: $id) { performanceObligations { allocated { amount } } billingSchedule { listAmount { amount } } } }',
      { token: maker, variables: { id: contract.id } },
    );
    expect(after.body.data.contract.performanceObligations.map((o: any) => o.allocated.amount)).toEqual([
      '8100.00',
      '2700.00',
      '1500.00',
    ]);
    expect(after.body.data.contract.billingSchedule).toHaveLength(3);
  });

  it('refuses a modification dated before the contract starts, and one by a role that may not modify', async () => {
    const contract = (await create(bundle('CT-TEST-0022'))).body.data.createContract;
    const input = {
      contractId: contract.id,
      effectiveDate: '2023-06-01',
      reason: 'x',
      considerationChange: '0.00',
      addedGoodsDistinct: false,
      priceReflectsStandaloneSellingPrice: false,
      remainingGoodsDistinct: true,
    };
    const early = await graphql(federation.gateway.url, MODIFY, { token: maker, variables: { input } });
    expect(early.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const billing = await federation.token({ roles: ['billing_ops'], regions: ['EU'] });
    const refused = await graphql(federation.gateway.url, MODIFY, {
      token: billing,
      variables: { input: { ...input, effectiveDate: '2024-06-01' } },
    });
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('pricing tiers', () => {
  it('reach invoices only after a data steward approved them', async () => {
    const contract = (
      await create(
        bundle('CT-TEST-0030', {
          billingSchedule: [
            { date: '2024-01-01', amount: '2700.00' },
            { date: '2024-04-01', amount: '2700.00' },
            { date: '2024-07-01', amount: '2700.00' },
            { date: '2024-10-01', amount: '2700.00' },
          ],
        }),
      )
    ).body.data.createContract;
    const billing = await federation.token({ sub: 'billing.clerk', roles: ['billing_ops'], regions: ['EU'] });
    // The accountable steward of pricing (policies/dataDomains.ts): tier changes are routed to them.
    const steward = await federation.token({ sub: 'pricing.steward', roles: ['data_steward'], regions: ['EU'] });
    const ISSUE =
      'mutation($id: ID!) { issueInvoice(input: { billingEntryId: $id, purchaseOrderNumber: "PO-77" }) { amount { amount } listAmount { amount } pricingTier purchaseOrderNumber } }';
    const { customer } = (
      await graphql(federation.gateway.url, 'query($id: ID!) { customer(id: $id) { paymentTerms { code dueDays } } }', {
        token: maker,
        variables: { id: customerId },
      })
    ).body.data;

    const requested = await graphql(
      federation.gateway.url,
      'mutation($input: PricingTierChangeInput!) { requestPricingTierChange(input: $input) { id status fromTier tier } }',
      {
        token: billing,
        variables: {
          input: { contractId: contract.id, tier: 'GOLD', effectiveFrom: '2024-04-01', reason: 'Volume commitment' },
        },
      },
    );
    expect(requested.body.data.requestPricingTierChange).toMatchObject({
      status: 'REQUESTED',
      fromTier: 'LIST',
      tier: 'GOLD',
    });

    // Not yet approved: the April invoice is at list price.
    const april = await graphql(federation.gateway.url, ISSUE, {
      token: billing,
      variables: { id: contract.billingSchedule[1].id },
    });
    expect(april.body.data.issueInvoice).toEqual({
      amount: { amount: '2700.00' },
      listAmount: { amount: '2700.00' },
      pricingTier: 'LIST',
      purchaseOrderNumber: 'PO-77',
    });

    const byRequester = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { approvePricingTierChange(id: $id) { status } }',
      { token: billing, variables: { id: requested.body.data.requestPricingTierChange.id } },
    );
    expect(byRequester.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const approved = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { approvePricingTierChange(id: $id) { status } }',
      { token: steward, variables: { id: requested.body.data.requestPricingTierChange.id } },
    );
    expect(approved.body.data.approvePricingTierChange).toEqual({ status: 'APPROVED' });
    // Who asked and who decided is CONFIDENTIAL: auditors read the trail.
    const auditor = await federation.token({ roles: ['auditor'] });
    const trail = await graphql(
      federation.gateway.url,
      '{ pricingTierChanges(status: APPROVED) { id requestedBy decidedBy } }',
      { token: auditor },
    );
    expect(trail.body.data.pricingTierChanges).toContainEqual({
      id: requested.body.data.requestPricingTierChange.id,
      requestedBy: 'billing.clerk',
      decidedBy: 'pricing.steward',
    });

    const july = await graphql(federation.gateway.url, ISSUE, {
      token: billing,
      variables: { id: contract.billingSchedule[2].id },
    });
    expect(july.body.data.issueInvoice).toMatchObject({
      amount: { amount: '2430.00' },
      listAmount: { amount: '2700.00' },
      pricingTier: 'GOLD',
    });
    const january = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { issueInvoice(input: { billingEntryId: $id }) { pricingTier issueDate dueDate } }',
      { token: billing, variables: { id: contract.billingSchedule[0].id } },
    );
    expect(january.body.data.issueInvoice.pricingTier).toBe('LIST');
    // Due by the customer's payment terms from the customer master.
    const due = new Date(
      Date.parse(`${january.body.data.issueInvoice.issueDate}T00:00:00Z`) + customer.paymentTerms.dueDays * 86_400_000,
    )
      .toISOString()
      .slice(0, 10);
    expect(january.body.data.issueInvoice.dueDate).toBe(due);
    const twice = await graphql(federation.gateway.url, ISSUE, {
      token: billing,
      variables: { id: contract.billingSchedule[2].id },
    });
    expect(twice.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('renewal intent and the deferred revenue forecast', () => {
  it('adds the renewal weighted by its probability after the contract ends', async () => {
    const future = bundle('CT-TEST-0040', {
      startDate: '2031-01-01',
      endDate: '2031-12-31',
      fixedConsideration: '12000.00',
      obligations: [
        {
          key: 'platform',
          description: 'Platform',
          pattern: 'RATABLE',
          startDate: '2031-01-01',
          endDate: '2031-12-31',
          standaloneSellingPrice: '12000.00',
        },
      ],
      billingSchedule: [{ date: '2031-01-01', amount: '12000.00' }],
    });
    const contract = (await create(future)).body.data.createContract;
    const FORECAST =
      'query($id: ID!) { customer(id: $id) { deferredRevenueForecast(from: "2031-12", months: 2) { month currency contracted { amount } fromRenewals { amount } total { amount } } } }';
    const before = (await graphql(federation.gateway.url, FORECAST, { token: maker, variables: { id: customerId } }))
      .body.data.customer.deferredRevenueForecast;
    const eur = (rows: any[]) => rows.filter((r) => r.currency === 'EUR');
    expect(eur(before)).toEqual([
      {
        month: '2031-12',
        currency: 'EUR',
        contracted: { amount: '0.00' },
        fromRenewals: { amount: '0.00' },
        total: { amount: '0.00' },
      },
      {
        month: '2032-01',
        currency: 'EUR',
        contracted: { amount: '0.00' },
        fromRenewals: { amount: '0.00' },
        total: { amount: '0.00' },
      },
    ]);

    const steward = await federation.token({ roles: ['data_steward'], regions: ['EU'] });
    const intent = await graphql(
      federation.gateway.url,
      'mutation($input: RenewalIntentInput!) { recordRenewalIntent(input: $input) { signal probability source } }',
      {
        token: steward,
        variables: {
          input: { contractId: contract.id, signal: 'LIKELY', probability: 0.8, observedAt: '2031-10-01T09:00:00Z' },
        },
      },
    );
    expect(intent.body.data.recordRenewalIntent).toEqual({ signal: 'LIKELY', probability: 0.8, source: 'CRM' });

    const after = (await graphql(federation.gateway.url, FORECAST, { token: maker, variables: { id: customerId } }))
      .body.data.customer.deferredRevenueForecast;
    // Renewed 2032-01-01 and billed 12,000 in advance; at January's end 11 months (334 of 366 days) are deferred, times 0.8.
    const deferredAfterJanuary = 1200000 - Math.trunc((1200000 * 31) / 366);
    expect(eur(after)[1]).toEqual({
      month: '2032-01',
      currency: 'EUR',
      contracted: { amount: '0.00' },
      fromRenewals: { amount: (Math.round(deferredAfterJanuary * 0.8) / 100).toFixed(2) },
      total: { amount: (Math.round(deferredAfterJanuary * 0.8) / 100).toFixed(2) },
    });
  });
});

describe('customer revenue', () => {
  it('agrees with the contract schedules, joined with the customer master through the gateway', async () => {
    const { body } = await graphql(
      federation.gateway.url,
      `{ customers(first: 10, filter: { region: EU }) { edges { node { id name
          revenue(asOf: "2026-10-31") { asOf recognizedToDate ${MONEY} arr ${MONEY} mrr ${MONEY} deferred ${MONEY} }
          contracts { status revenueSchedule(from: "2026-10", to: "2026-10") { recognizedToDate ${MONEY} } } } } } }`,
      { token: maker },
    );
    expect(body.errors).toBeUndefined();
    const withRevenue = body.data.customers.edges
      .map((e: any) => e.node)
      .filter((c: any) => c.id !== customerId && c.contracts.length > 0);
    expect(withRevenue.length).toBeGreaterThan(3);
    for (const customer of withRevenue) {
      expect(customer.name).toEqual(expect.any(String));
      const fromSchedules = customer.contracts
        .flatMap((c: any) => c.revenueSchedule)
        .reduce((sum: number, row: any) => sum + Math.round(Number(row.recognizedToDate.amount) * 100), 0);
      const summary = customer.revenue.recognizedToDate.reduce(
        (sum: number, m: any) => sum + Math.round(Number(m.amount) * 100),
        0,
      );
      expect([customer.id, summary]).toEqual([customer.id, fromSchedules]);
      for (const [i, arr] of customer.revenue.arr.entries()) {
        expect(Math.abs(Number(arr.amount) - 12 * Number(customer.revenue.mrr[i].amount))).toBeLessThan(0.07);
      }
    }
  });
});

describe('month-end integrity', () => {
  const REPORT = `query($period: String!) { monthEndIntegrity(period: $period) { period clean
    contractsWithoutLedgerLines { contract { id } scheduled { amount } }
    amountMismatches { contract { id } scheduled { amount } posted { amount } difference { amount } mismatch }
    linesWithMissingContract { lineId contractId amount { amount } }
    linesWithMissingObligation { lineId contractId obligationId } } }`;

  it('starts clean for the demo ledger, and finds exactly the defects planted in the ledger', async () => {
    const clean = await graphql(federation.gateway.url, REPORT, { token: maker, variables: { period: '2026-10' } });
    expect(clean.body.errors).toBeUndefined();
    expect(clean.body.data.monthEndIntegrity).toMatchObject({
      clean: true,
      contractsWithoutLedgerLines: [],
      amountMismatches: [],
      linesWithMissingContract: [],
      linesWithMissingObligation: [],
    });

    // A contract of our own in September 2024: 8,100 over 366 days -> 30 days = 663.93.
    const contract = (await create(bundle('CT-TEST-0050'))).body.data.createContract;
    const [platform, training] = contract.performanceObligations.map((o: any) => o.id);
    const other = (await create(bundle('CT-TEST-0051'))).body.data.createContract;
    const lines = [
      {
        id: 'gl-1',
        period: '2024-09',
        account: '4000',
        contractId: contract.id,
        obligationId: platform,
        amount: '600.00',
        currency: 'EUR',
      },
      {
        id: 'gl-2',
        period: '2024-09',
        account: '4000',
        contractId: 'ctr_gone',
        obligationId: null,
        amount: '50.00',
        currency: 'EUR',
      },
      {
        id: 'gl-3',
        period: '2024-09',
        account: '4000',
        contractId: null,
        obligationId: null,
        amount: '75.00',
        currency: 'EUR',
      },
      {
        id: 'gl-4',
        period: '2024-09',
        account: '4000',
        contractId: contract.id,
        obligationId: 'nope',
        amount: '63.93',
        currency: 'EUR',
      },
      {
        id: 'gl-5',
        period: '2024-08',
        account: '4000',
        contractId: 'ctr_other_period',
        obligationId: null,
        amount: '1.00',
        currency: 'EUR',
      },
    ];
    const posted = await graphql(
      federation.gateway.url,
      'mutation($lines: [LedgerLineInput!]!) { postLedgerLines(lines: $lines) }',
      { token: maker, variables: { lines } },
    );
    expect(posted.body.data.postLedgerLines).toBe(5);
    const again = await graphql(
      federation.gateway.url,
      'mutation($lines: [LedgerLineInput!]!) { postLedgerLines(lines: $lines) }',
      { token: maker, variables: { lines } },
    );
    expect(again.body.data.postLedgerLines).toBe(0);

    // Lines naming no known contract belong to no region: only roles that see every region's amounts read them exactly.
    const auditor = await federation.token({ roles: ['auditor'] });
    const report = (await graphql(federation.gateway.url, REPORT, { token: auditor, variables: { period: '2024-09' } }))
      .body.data.monthEndIntegrity;
    expect(report.clean).toBe(false);
    const ours = (list: any[]) => list.filter((c) => [contract.id, other.id].includes(c.contract.id));
    // Planted: one contract without lines (other), two lines with no contract, one unknown obligation.
    expect(ours(report.contractsWithoutLedgerLines)).toEqual([
      { contract: { id: other.id }, scheduled: { amount: '663.93' } },
    ]);
    expect(report.linesWithMissingContract).toEqual([
      { lineId: 'gl-3', contractId: null, amount: { amount: '75.00' } },
      { lineId: 'gl-2', contractId: 'ctr_gone', amount: { amount: '50.00' } },
    ]);
    expect(report.linesWithMissingObligation).toEqual([
      { lineId: 'gl-4', contractId: contract.id, obligationId: 'nope' },
    ]);
    // 600.00 + 63.93 posted against 663.93 scheduled: the amounts agree, only the obligation is wrong.
    expect(ours(report.amountMismatches)).toEqual([]);
    expect(training).toEqual(expect.any(String));

    const fix = await graphql(
      federation.gateway.url,
      'mutation($lines: [LedgerLineInput!]!) { postLedgerLines(lines: $lines) }',
      {
        token: maker,
        variables: {
          lines: [
            {
              id: 'gl-6',
              period: '2024-09',
              account: '4000',
              contractId: other.id,
              obligationId: `${other.id}.platform`,
              amount: '600.00',
              currency: 'EUR',
            },
          ],
        },
      },
    );
    expect(fix.body.data.postLedgerLines).toBe(1);
    const after = (await graphql(federation.gateway.url, REPORT, { token: auditor, variables: { period: '2024-09' } }))
      .body.data.monthEndIntegrity;
    const rounded = (await graphql(federation.gateway.url, REPORT, { token: maker, variables: { period: '2024-09' } }))
      .body.data.monthEndIntegrity;
    expect(rounded.linesWithMissingContract.map((l: any) => l.amount.amount)).toEqual(['0.00', '0.00']);
    expect(ours(after.amountMismatches)).toEqual([
      {
        contract: { id: other.id },
        scheduled: { amount: '663.93' },
        posted: { amount: '600.00' },
        difference: { amount: '-63.93' },
        mismatch: 'AMOUNT',
      },
    ]);
  });

  it('lists contracts whose revenue was posted before control transferred', async () => {
    const contract = (await create(bundle('CT-TEST-0060'))).body.data.createContract;
    const training = contract.performanceObligations[1].id;
    await graphql(federation.gateway.url, 'mutation($lines: [LedgerLineInput!]!) { postLedgerLines(lines: $lines) }', {
      token: maker,
      variables: {
        lines: [
          {
            id: 'gl-early',
            period: '2024-02',
            account: '4000',
            contractId: contract.id,
            obligationId: training,
            amount: '2700.00',
            currency: 'EUR',
          },
        ],
      },
    });
    const { body } = await graphql(
      federation.gateway.url,
      '{ contractValidationIssues { contract { id number } violations { rule path } } }',
      { token: maker },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.contractValidationIssues).toEqual([
      {
        contract: { id: contract.id, number: 'CT-TEST-0060' },
        violations: [{ rule: 'RECOGNITION_BEFORE_TRANSFER', path: 'postedRevenue[0].month' }],
      },
    ]);
  });
});
