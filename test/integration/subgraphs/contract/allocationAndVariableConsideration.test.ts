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
