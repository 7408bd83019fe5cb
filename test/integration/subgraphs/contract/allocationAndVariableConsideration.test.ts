import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * Allocation combinations and the variable consideration lifecycle through the gateway, in exact
 * cents: a discount to a bundle with the residual approach (ASC 606 Example 34), several components
 * of variable consideration, re-estimates with their cumulative catch-up, and refusals that quote
 * amounts in the currency's major unit. Dates are fixed in 2024.
 */

const MONEY = '{ amount currency }';
const ALLOCATE = `query($input: AllocationInput!) { allocateTransactionPrice(input: $input) {
  method transactionPrice ${MONEY} discount ${MONEY}
  variableConsiderations { key estimate { amount } included { amount } allocatedToObligations }
  allocations { key amount { amount } } } }`;
const CREATE = `mutation($input: ContractInput!) { createContract(input: $input) {
  id status allocationMethod transactionPrice { amount } discount { amount }
  variableConsiderations { key asOf method estimate { amount } included { amount } constrained allocatedToObligations }
  performanceObligations { id allocated { amount } } } }`;

let federation: TestFederation;
let finance: string;
let customerId: string;

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20' });
  finance = await federation.token({ sub: 'finance.controller', roles: ['finance_analyst'], regions: ['EU'] });
  const { body } = await graphql(
    federation.gateway.url,
    '{ customers(first: 20, filter: { region: EU }) { edges { node { id } } } }',
    { token: finance },
  );
  customerId = body.data.customers.edges[0].node.id;
});

afterAll(async () => {
  await federation?.close();
});

async function allocate(input: Record<string, unknown>) {
  return graphql(federation.gateway.url, ALLOCATE, { token: finance, variables: { input } });
}

async function create(input: Record<string, unknown>) {
  return graphql(federation.gateway.url, CREATE, { token: finance, variables: { input } });
}

const amountsOf = (allocations: { amount: { amount: string } }[]) => allocations.map((a) => a.amount.amount);

describe('a discount to a bundle together with the residual approach (ASC 606-10-55-259 to 55-269, Example 34)', () => {
  // SSPs A 40, B 55, C 45; B and C are regularly sold together for 60; D's SSP is highly variable,
  // observed between 15 and 45.
  const example34 = (price: string) => ({
    currency: 'USD',
    fixedConsideration: price,
    obligations: [
      { key: 'A', standaloneSellingPrice: '40.00' },
      { key: 'B', standaloneSellingPrice: '55.00' },
      { key: 'C', standaloneSellingPrice: '45.00' },
      { key: 'D', residual: true, observableMin: '15.00', observableMax: '45.00' },
    ],
    discountBundles: [{ keys: ['B', 'C'], observablePrice: '60.00' }],
  });

  it('Case B: sold for 130, A 40, B 33, C 27 and the residual D 30', async () => {
    const { body } = await allocate(example34('130.00'));
    expect(body.errors).toBeUndefined();
    const result = body.data.allocateTransactionPrice;
    expect(result.method).toBe('RESIDUAL_AFTER_DISCOUNT');
    expect(amountsOf(result.allocations)).toEqual(['40.00', '33.00', '27.00', '30.00']);
    expect(result.discount).toEqual({ amount: '40.00', currency: 'USD' });
  });

  it('Case C: sold for 105, the residual 5.00 is outside 15.00 to 45.00 and the refusal says so in dollars', async () => {
    const { body } = await allocate(example34('105.00'));
    expect(body.data).toBeNull();
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(
      /residual for D would be 5\.00 USD, outside its observable range 15\.00 USD to 45\.00 USD/,
    );
    expect(body.errors?.[0].message).not.toMatch(/minor units/);
  });

  it('saves a contract allocated that way, in cents that do not divide evenly', async () => {
    // B and C sell together for 100.00 (SSPs 55.55 and 45.45): B 100 × 5555/10100 = 55.0000 -> 55.00,
    // C 45.00; A keeps 40.00; the residual D is 177.77 - 40.00 - 100.00 = 37.77.
    const { body } = await create({
      customerId,
      number: 'CT-COMBO-0001',
      startDate: '2024-01-01',
      endDate: '2024-12-31',
      currency: 'EUR',
      fixedConsideration: '177.77',
      obligations: [
        {
          key: 'A',
          description: 'A',
          pattern: 'POINT_IN_TIME',
          transferDate: '2024-01-10',
          standaloneSellingPrice: '40.00',
        },
        {
          key: 'B',
          description: 'B',
          pattern: 'POINT_IN_TIME',
          transferDate: '2024-01-10',
          standaloneSellingPrice: '55.55',
        },
        {
          key: 'C',
          description: 'C',
          pattern: 'POINT_IN_TIME',
          transferDate: '2024-01-10',
          standaloneSellingPrice: '45.45',
        },
        {
          key: 'D',
          description: 'D',
          pattern: 'POINT_IN_TIME',
          transferDate: '2024-01-10',
          residual: true,
          observableMin: '15.00',
          observableMax: '45.00',
        },
      ],
      discountBundles: [{ keys: ['B', 'C'], observablePrice: '100.00' }],
      billingSchedule: [{ date: '2024-01-10', amount: '177.77' }],
    });
    expect(body.errors).toBeUndefined();
    const contract = body.data.createContract;
    expect(contract.allocationMethod).toBe('RESIDUAL_AFTER_DISCOUNT');
    expect(contract.performanceObligations.map((o: any) => o.allocated.amount)).toEqual([
      '40.00',
      '55.00',
      '45.00',
      '37.77',
    ]);
  });
});

describe('several components of variable consideration', () => {
  it('estimates each, spreads one and gives another entirely to the obligations it relates to (32-40)', async () => {
    // Hand-computed: fixed 90,000.00; "usage" by expected value 0.5 × 1,000 + 0.5 × 3,000 = 2,000.00,
    // spread 60:40 with the fixed part -> build 55,200.00, run 36,800.00; "bonus" most likely
    // 5,000.00 belongs to build alone -> build 60,200.00. Transaction price 97,000.00.
    const input = {
      currency: 'EUR',
      fixedConsideration: '90000.00',
      obligations: [
        { key: 'build', standaloneSellingPrice: '60000.00' },
        { key: 'run', standaloneSellingPrice: '40000.00' },
      ],
      variableConsideration: [
        {
          key: 'bonus',
          method: 'MOST_LIKELY_AMOUNT',
          outcomes: [
            { amount: '5000.00', probability: 0.8 },
            { amount: '0.00', probability: 0.2 },
          ],
          constrained: false,
          allocateTo: ['build'],
        },
        {
          key: 'usage',
          method: 'EXPECTED_VALUE',
          outcomes: [
            { amount: '1000.00', probability: 0.5 },
            { amount: '3000.00', probability: 0.5 },
          ],
          constrained: false,
        },
      ],
    };
    const { body } = await allocate(input);
    expect(body.errors).toBeUndefined();
    const result = body.data.allocateTransactionPrice;
    expect(result.transactionPrice.amount).toBe('97000.00');
    expect(amountsOf(result.allocations)).toEqual(['60200.00', '36800.00']);
    expect(result.variableConsiderations).toEqual([
      {
        key: 'bonus',
        estimate: { amount: '5000.00' },
        included: { amount: '5000.00' },
        allocatedToObligations: ['build'],
      },
      { key: 'usage', estimate: { amount: '2000.00' }, included: { amount: '2000.00' }, allocatedToObligations: [] },
    ]);
  });

  it('still takes a single component given without a list, and refuses one that names every obligation', async () => {
    const base = {
      currency: 'EUR',
      fixedConsideration: '100.00',
      obligations: [
        { key: 'a', standaloneSellingPrice: '50.00' },
        { key: 'b', standaloneSellingPrice: '50.00' },
      ],
    };
    const single = await allocate({
      ...base,
      variableConsideration: {
        method: 'MOST_LIKELY_AMOUNT',
        outcomes: [{ amount: '10.00', probability: 1 }],
        constrained: false,
        allocateTo: 'a',
      },
    });
    expect(single.body.errors).toBeUndefined();
    expect(amountsOf(single.body.data.allocateTransactionPrice.allocations)).toEqual(['60.00', '50.00']);
    const all = await allocate({
      ...base,
      variableConsideration: [
        {
          method: 'MOST_LIKELY_AMOUNT',
          outcomes: [{ amount: '10.00', probability: 1 }],
          constrained: false,
          allocateTo: ['a', 'b'],
        },
      ],
    });
    expect(all.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(all.body.errors?.[0].message).toMatch(/names every obligation/);
  });
});

describe('the variable consideration lifecycle (ASC 606-10-32-42 to 32-45)', () => {
  const REESTIMATE = `mutation($input: VariableConsiderationEstimateInput!) { reestimateVariableConsideration(input: $input) {
    type effectiveDate reason requestedBy considerationChange { amount } transactionPriceBefore { amount }
    transactionPriceAfter { amount } recognizedOnEffectiveDate { amount } remainingBefore { amount } remainingAfter { amount }
    variableConsideration { key method estimateBefore { amount } includedBefore { amount } constrainedBefore
      estimateAfter { amount } includedAfter { amount } constrainedAfter } } }`;
  const CONTRACT = `query($id: ID!) { contract(id: $id) {
    transactionPrice { amount }
    variableConsiderations { key asOf estimate { amount } included { amount } constrained }
    modifications { sequence type effectiveDate }
    revenueSchedule(from: "2024-05", to: "2024-12") { month recognized { amount } recognizedToDate { amount } } } }`;
  let contractId: string;

  const reestimate = (input: Record<string, unknown>, token = finance) =>
    graphql(federation.gateway.url, REESTIMATE, {
      token,
      variables: { input: { contractId, key: 'bonus', method: 'MOST_LIKELY_AMOUNT', ...input } },
    });
  const bonusOutcomes = [
    { amount: '1200.00', probability: 0.7 },
    { amount: '0.00', probability: 0.3 },
  ];

  beforeAll(async () => {
    // 12,000.00 for a 2024 subscription (366 days) and a 1,200.00 service bonus, constrained to 0.
    const { body } = await create({
      customerId,
      number: 'CT-VC-0001',
      startDate: '2024-01-01',
      endDate: '2024-12-31',
      currency: 'EUR',
      fixedConsideration: '12000.00',
      variableConsideration: [
        { key: 'bonus', method: 'MOST_LIKELY_AMOUNT', outcomes: bonusOutcomes, constrained: true },
      ],
      obligations: [
        {
          key: 'service',
          description: 'Managed service',
          pattern: 'RATABLE',
          startDate: '2024-01-01',
          endDate: '2024-12-31',
          standaloneSellingPrice: '13200.00',
        },
      ],
      billingSchedule: [{ date: '2024-01-01', amount: '12000.00' }],
    });
    expect(body.errors).toBeUndefined();
    contractId = body.data.createContract.id;
    expect(body.data.createContract.variableConsiderations).toEqual([
      {
        key: 'bonus',
        asOf: '2024-01-01',
        method: 'MOST_LIKELY_AMOUNT',
        estimate: { amount: '1200.00' },
        included: { amount: '0.00' },
        constrained: true,
        allocatedToObligations: [],
      },
    ]);
  });

  it('releases the constraint on 30 June: 596.72 caught up, recorded with who, when, why and its impact', async () => {
    // Through 30 June (182 of 366 days): trunc(1,200,000 × 182/366) = 596,721 cents before,
    // trunc(1,320,000 × 182/366) = 656,393 after.
    const { body } = await reestimate({
      asOf: '2024-06-30',
      reason: 'Service levels met for two quarters; bonus now highly probable',
      outcomes: bonusOutcomes,
      constrained: false,
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.reestimateVariableConsideration).toEqual({
      type: 'VARIABLE_CONSIDERATION',
      effectiveDate: '2024-06-30',
      reason: 'Service levels met for two quarters; bonus now highly probable',
      requestedBy: 'finance.controller',
      considerationChange: { amount: '1200.00' },
      transactionPriceBefore: { amount: '12000.00' },
      transactionPriceAfter: { amount: '13200.00' },
      recognizedOnEffectiveDate: { amount: '596.72' },
      remainingBefore: { amount: '6032.79' },
      remainingAfter: { amount: '6636.07' },
      variableConsideration: {
        key: 'bonus',
        method: 'MOST_LIKELY_AMOUNT',
        estimateBefore: { amount: '1200.00' },
        includedBefore: { amount: '0.00' },
        constrainedBefore: true,
        estimateAfter: { amount: '1200.00' },
        includedAfter: { amount: '1200.00' },
        constrainedAfter: false,
      },
    });
    const { body: read } = await graphql(federation.gateway.url, CONTRACT, {
      token: finance,
      variables: { id: contractId },
    });
    const contract = read.data.contract;
    expect(contract.transactionPrice.amount).toBe('13200.00');
    expect(contract.variableConsiderations).toEqual([
      {
        key: 'bonus',
        asOf: '2024-06-30',
        estimate: { amount: '1200.00' },
        included: { amount: '1200.00' },
        constrained: false,
      },
    ]);
    // June: 656,393 through June less trunc(1,200,000 × 152/366) = 498,360 through May.
    expect(contract.revenueSchedule[1]).toEqual({
      month: '2024-06',
      recognized: { amount: '1580.33' },
      recognizedToDate: { amount: '6563.93' },
    });
    expect(contract.revenueSchedule.at(-1).recognizedToDate.amount).toBe('13200.00');
  });

  it('tightens it on 30 September to 600.00: the reversal of 449.18 falls on that date', async () => {
    // Through 30 September (274 days): trunc(1,320,000 × 274/366) = 988,196 before,
    // trunc(1,260,000 × 274/366) = 943,278 after.
    const { body } = await reestimate({
      asOf: '2024-09-30',
      reason: 'Two service credits in Q3',
      outcomes: bonusOutcomes,
      constrained: true,
      highlyProbableAmount: '600.00',
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.reestimateVariableConsideration).toMatchObject({
      considerationChange: { amount: '-600.00' },
      transactionPriceAfter: { amount: '12600.00' },
      recognizedOnEffectiveDate: { amount: '-449.18' },
    });
    const { body: read } = await graphql(federation.gateway.url, CONTRACT, {
      token: finance,
      variables: { id: contractId },
    });
    expect(read.data.contract.modifications.map((m: any) => [m.sequence, m.type, m.effectiveDate])).toEqual([
      [1, 'VARIABLE_CONSIDERATION', '2024-06-30'],
      [2, 'VARIABLE_CONSIDERATION', '2024-09-30'],
    ]);
    expect(read.data.contract.revenueSchedule.at(-1).recognizedToDate.amount).toBe('12600.00');
  });

  it('refuses a date before the last change, an unknown component, and a role that may not re-estimate', async () => {
    const early = await reestimate({ asOf: '2024-03-31', reason: 'late', outcomes: bonusOutcomes, constrained: false });
    expect(early.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(early.body.errors?.[0].message).toMatch(/before the last change's date \(2024-09-30\)/);
    const unknown = await reestimate({
      key: 'royalty',
      asOf: '2024-12-31',
      reason: 'x',
      outcomes: bonusOutcomes,
      constrained: false,
    });
    expect(unknown.body.errors?.[0].message).toMatch(/no variable consideration royalty \(it has: bonus\)/);
    const service = await federation.token({ sub: 'cs.agent', roles: ['customer_service'], regions: ['EU'] });
    const denied = await reestimate(
      { asOf: '2024-12-31', reason: 'x', outcomes: bonusOutcomes, constrained: false },
      service,
    );
    expect(denied.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const { body: read } = await graphql(federation.gateway.url, CONTRACT, {
      token: finance,
      variables: { id: contractId },
    });
    expect(read.data.contract.transactionPrice.amount).toBe('12600.00');
  });
});

describe('input fit for money: decimal progress and quantities, errors in the major unit', () => {
  const PROGRESS =
    'mutation($input: ProgressInput!) { recordProgress(input: $input) { asOf completedUnits totalUnits } }';
  let contract: { id: string; performanceObligations: { id: string }[] };

  beforeAll(async () => {
    // 50,000,000.00 for a build measured in costs incurred, in cents: far above 32 bits.
    const { body } = await create({
      customerId,
      number: 'CT-DEC-0001',
      startDate: '2024-01-01',
      endDate: '2024-12-31',
      currency: 'USD',
      fixedConsideration: '50000000.00',
      obligations: [
        {
          key: 'build',
          description: 'Plant build',
          pattern: 'INPUT_METHOD',
          startDate: '2024-01-01',
          endDate: '2024-12-31',
          standaloneSellingPrice: '50000000.00',
          quantity: '2.5',
        },
      ],
      billingSchedule: [{ date: '2024-01-01', amount: '50000000.00' }],
    });
    expect(body.errors).toBeUndefined();
    contract = body.data.createContract;
  });

  it('measures progress in costs above 21 million in cents, with fractions, exactly', async () => {
    const obligationId = contract.performanceObligations[0].id;
    const { body } = await graphql(federation.gateway.url, PROGRESS, {
      token: finance,
      variables: {
        input: { obligationId, asOf: '2024-06-30', completedUnits: '2147483648.25', totalUnits: '6000000000.50' },
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.recordProgress).toEqual({
      asOf: '2024-06-30',
      completedUnits: '2147483648.25',
      totalUnits: '6000000000.5',
    });
    // trunc(5,000,000,000 × 214,748,364,825 / 600,000,000,050) = 1,789,569,706 cents.
    const { body: read } = await graphql(
      federation.gateway.url,
      `
        query ($id: ID!) {
          contract(id: $id) {
            revenueSchedule(from: "2024-06", to: "2024-06") {
              recognizedToDate {
                amount
              }
            }
            performanceObligations {
              progress {
                completedUnits
                totalUnits
              }
            }
            lines {
              quantity
              unitPrice {
                amount
              }
              amount {
                amount
              }
            }
          }
        }
      `,
      { token: finance, variables: { id: contract.id } },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data.contract.revenueSchedule[0].recognizedToDate.amount).toBe('17895697.06');
    expect(read.data.contract.performanceObligations[0].progress).toEqual([
      { completedUnits: '2147483648.25', totalUnits: '6000000000.5' },
    ]);
    // The line is for 2.5 units: 50,000,000.00 / 2.5 = 20,000,000.00 a unit.
    expect(read.data.contract.lines).toEqual([
      { quantity: '2.5', unitPrice: { amount: '20000000.00' }, amount: { amount: '50000000.00' } },
    ]);
  });

  it('takes whole and short decimal numbers as JSON numbers, and refuses a number too long for a float to carry exactly', async () => {
    const obligationId = contract.performanceObligations[0].id;
    const asNumbers = await graphql(federation.gateway.url, PROGRESS, {
      token: finance,
      variables: { input: { obligationId, asOf: '2024-07-31', completedUnits: 3000000000.5, totalUnits: 6000000001 } },
    });
    expect(asNumbers.body.errors).toBeUndefined();
    expect(asNumbers.body.data.recordProgress.completedUnits).toBe('3000000000.5');
    const rounded = await graphql(federation.gateway.url, PROGRESS, {
      token: finance,
      variables: {
        input: {
          obligationId,
          asOf: '2024-08-31',
          completedUnits: Number('12345678901234567'),
          totalUnits: '60000000000000000',
        },
      },
    });
    expect(rounded.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(rounded.body.errors?.[0].message).toMatch(/input.completedUnits .*send it as a string/);
    const more = await graphql(federation.gateway.url, PROGRESS, {
      token: finance,
      variables: {
        input: { obligationId, asOf: '2024-08-31', completedUnits: '7000000000', totalUnits: '6000000001' },
      },
    });
    expect(more.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('quotes amounts in a refusal in the contract currency: a concession larger than the revenue so far', async () => {
    const { body } = await graphql(
      federation.gateway.url,
      `
        mutation ($input: ContractModificationInput!) {
          modifyContract(input: $input) {
            id
          }
        }
      `,
      {
        token: finance,
        variables: {
          input: {
            contractId: contract.id,
            effectiveDate: '2024-09-01',
            reason: 'Defects',
            considerationChange: '-30000000.00',
            priceConcession: '30000000.00',
          },
        },
      },
    );
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // Through 31 August: trunc(5,000,000,000 × 3,000,000,000.5 / 6,000,000,001) = 2,500,000,000.
    expect(body.errors?.[0].message).toBe(
      'the price concession of 30000000.00 USD is more than the 25000000.00 USD recognised for goods already transferred',
    );
  });
});
