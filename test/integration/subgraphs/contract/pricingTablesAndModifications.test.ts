import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * Standalone selling price tables under maker-checker, allocation reading them, modifications
 * classified from facts (the caller's flags only an override with a reason), and approved pricing
 * tier changes entering the transaction price so billed and recognised revenue end equal. Exact
 * cents; dates fixed in 2024.
 */

const PROPOSE = `mutation($input: StandaloneSellingPriceInput!) { proposeStandaloneSellingPrice(input: $input) { id status price { amount } } }`;
const APPROVE = `mutation($id: ID!) { approveStandaloneSellingPrice(id: $id) { id status decidedBy } }`;
const CREATE = `mutation($input: ContractInput!) { createContract(input: $input) {
  id transactionPrice { amount } performanceObligations { id standaloneSellingPrice { amount } allocated { amount } }
  billingSchedule { id } } }`;
const MODIFY = `mutation($input: ContractModificationInput!) { modifyContract(input: $input) {
  type transactionPriceAfter { amount }
  classification { addedGoodsDistinct priceReflectsStandaloneSellingPrice remainingGoodsDistinct
    fromFacts { addedGoodsDistinct priceReflectsStandaloneSellingPrice remainingGoodsDistinct }
    findings overridden overrideReason } } }`;

let federation: TestFederation;
let maker: string;
let checker: string;
let steward: string;
let customerId: string;

async function run(query: string, token: string, variables: Record<string, unknown>) {
  return graphql(federation.gateway.url, query, { token, variables });
}

async function ok(query: string, token: string, variables: Record<string, unknown>) {
  const { body } = await run(query, token, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function tableEntry(input: Record<string, unknown>) {
  const proposed = await ok(PROPOSE, maker, {
    input: { region: 'EU', currency: 'EUR', validFrom: '2024-01-01', reason: 'Price list 2024', ...input },
  });
  return ok(APPROVE, checker, { id: proposed.proposeStandaloneSellingPrice.id });
}

const subscription = (key: string, productCode: string) => ({
  key,
  description: 'Platform subscription',
  productCode,
  pattern: 'RATABLE',
  startDate: '2024-01-01',
  endDate: '2024-12-31',
});

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20' });
  maker = await federation.token({ sub: 'pricing.maker', roles: ['finance_analyst'], regions: ['EU'] });
  checker = await federation.token({ sub: 'pricing.checker', roles: ['finance_analyst'], regions: ['EU'] });
  steward = await federation.token({ sub: 'pricing.steward', roles: ['data_steward'], regions: ['EU'] });
  const { body } = await graphql(
    federation.gateway.url,
    '{ customers(first: 20, filter: { region: EU }) { edges { node { id } } } }',
    { token: maker },
  );
  customerId = body.data.customers.edges[0].node.id;
  await tableEntry({ productCode: 'PLAT', price: '12000.00' });
  await tableEntry({ productCode: 'PLAT', segment: 'ENTERPRISE', price: '10800.00' });
  await tableEntry({ productCode: 'SEAT', price: '100.00', observableMin: '90.00', observableMax: '110.00' });
});

afterAll(async () => {
  await federation?.close();
});

describe('standalone selling price tables', () => {
  it('are maker-checker: the proposer cannot approve, and a proposed entry prices nothing', async () => {
    const proposed = await ok(PROPOSE, maker, {
      input: {
        productCode: 'TRAIN',
        region: 'EU',
        currency: 'EUR',
        validFrom: '2024-01-01',
        price: '900.00',
        reason: 'New',
      },
    });
    expect(proposed.proposeStandaloneSellingPrice).toMatchObject({ status: 'REQUESTED', price: { amount: '900.00' } });
    const self = await run(APPROVE, maker, { id: proposed.proposeStandaloneSellingPrice.id });
    expect(self.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unpriced = await run(
      `query($input: AllocationInput!) { allocateTransactionPrice(input: $input) { allocations { amount { amount } } } }`,
      maker,
      {
        input: {
          currency: 'EUR',
          fixedConsideration: '900.00',
          region: 'EU',
          on: '2024-03-01',
          obligations: [{ key: 't', productCode: 'TRAIN' }],
        },
      },
    );
    expect(unpriced.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(unpriced.body.errors?.[0].message).toMatch(/no approved standalone selling price for product TRAIN/);
  });

  it('are audited: the trail names who proposed and who approved an entry', async () => {
    const proposed = await ok(PROPOSE, maker, {
      input: {
        productCode: 'AUDITED',
        region: 'EU',
        currency: 'EUR',
        validFrom: '2024-01-01',
        price: '10.00',
        reason: 'x',
      },
    });
    const id = proposed.proposeStandaloneSellingPrice.id;
    await ok(APPROVE, checker, { id });
    const auditor = await federation.token({ sub: 'pricing.auditor', roles: ['auditor'] });
    const trail = await ok(
      `query($id: ID!) { auditEvents(filter: { recordId: $id }, first: 10) { edges { node { principal { sub } operationText } } } }`,
      auditor,
      { id },
    );
    const events = trail.auditEvents.edges.map((edge: any) => [
      edge.node.principal.sub,
      edge.node.operationText.match(/(propose|approve)StandaloneSellingPrice/)?.[0],
    ]);
    expect(events).toEqual(
      expect.arrayContaining([
        ['pricing.maker', 'proposeStandaloneSellingPrice'],
        ['pricing.checker', 'approveStandaloneSellingPrice'],
      ]),
    );
  });

  it('refuses a price outside its own observable range, quoting it in euros', async () => {
    const { body } = await run(PROPOSE, maker, {
      input: {
        productCode: 'X',
        region: 'EU',
        currency: 'EUR',
        validFrom: '2024-01-01',
        price: '50.00',
        observableMin: '60.00',
        observableMax: '70.00',
        reason: 'x',
      },
    });
    expect(body.errors?.[0].message).toBe(
      'the price 50.00 EUR is outside its own observable range 60.00 EUR to 70.00 EUR',
    );
  });

  it("price a contract's obligations given without a price, the segment's entry before the general one", async () => {
    // Enterprise: PLAT 10,800.00 (not the general 12,000.00), SEAT 100.00 × 20 seats given
    // explicitly as 2,000.00. 11,880.00 for 12,800.00 of SSPs -> PLAT 10,023.75, SEAT 1,856.25.
    const data = await ok(CREATE, maker, {
      input: {
        customerId,
        number: 'CT-SSP-0001',
        startDate: '2024-01-01',
        endDate: '2024-12-31',
        currency: 'EUR',
        segment: 'ENTERPRISE',
        fixedConsideration: '11880.00',
        obligations: [
          subscription('platform', 'PLAT'),
          { ...subscription('seats', 'SEAT'), standaloneSellingPrice: '2000.00', quantity: '20' },
        ],
        billingSchedule: [{ date: '2024-01-01', amount: '11880.00' }],
      },
    });
    expect(
      data.createContract.performanceObligations.map((o: any) => [o.standaloneSellingPrice.amount, o.allocated.amount]),
    ).toEqual([
      ['10800.00', '10023.75'],
      ['2000.00', '1856.25'],
    ]);
  });

  it('are read only by who may read their prices unmasked: using a price is reading it', async () => {
    const outsider = await federation.token({ sub: 'us.analyst', roles: ['finance_analyst'], regions: ['US'] });
    const { body } = await run(
      `query($input: AllocationInput!) { allocateTransactionPrice(input: $input) { allocations { amount { amount } } } }`,
      outsider,
      {
        input: {
          currency: 'EUR',
          fixedConsideration: '1.00',
          region: 'EU',
          on: '2024-03-01',
          obligations: [{ key: 'p', productCode: 'PLAT' }],
        },
      },
    );
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(body)).not.toContain('12000');
    // Listed, the outsider sees them rounded to thousands as the policy masks FINANCIAL outside its regions.
    const listed = await ok('{ standaloneSellingPrices(productCode: "PLAT") { price { amount } } }', outsider, {});
    expect(listed.standaloneSellingPrices.map((e: any) => e.price.amount).sort()).toEqual(['11000.00', '12000.00']);
  });
});

describe('modifications classified from facts', () => {
  let contractId: string;

  beforeAll(async () => {
    const data = await ok(CREATE, maker, {
      input: {
        customerId,
        number: 'CT-MOD-0001',
        startDate: '2024-01-01',
        endDate: '2024-12-31',
        currency: 'EUR',
        fixedConsideration: '12000.00',
        obligations: [subscription('platform', 'PLAT')],
        billingSchedule: [{ date: '2024-01-01', amount: '12000.00' }],
      },
    });
    contractId = data.createContract.id;
  });

  const addSeats = (price: string, extra: Record<string, unknown> = {}) => ({
    contractId,
    effectiveDate: '2024-07-01',
    reason: 'Ten more seats',
    considerationChange: price,
    addObligations: [
      {
        key: `seats${price.replace('.', '')}`,
        description: 'Seats',
        productCode: 'SEAT',
        pattern: 'RATABLE',
        startDate: '2024-07-01',
        endDate: '2024-12-31',
        quantity: '10',
      },
    ],
    ...extra,
  });

  it("adds seats at a price within the table's observable range: a separate contract, with the findings in the trail", async () => {
    // The table prices SEAT at 100.00 (90.00 to 110.00); ten-seat lines at 95.00 each reflect it.
    const data = await ok(MODIFY, maker, { input: addSeats('95.00') });
    expect(data.modifyContract.type).toBe('SEPARATE_CONTRACT');
    expect(data.modifyContract.classification).toMatchObject({
      addedGoodsDistinct: true,
      priceReflectsStandaloneSellingPrice: true,
      remainingGoodsDistinct: true,
      overridden: false,
      overrideReason: null,
    });
    expect(data.modifyContract.classification.findings).toContain(
      "the price change reflects the added goods' standalone selling prices (within their observable ranges)",
    );
  });

  it('below the range the price does not reflect SSP: what remains is a series of days, so prospective', async () => {
    const data = await ok(MODIFY, maker, { input: { ...addSeats('50.00'), effectiveDate: '2024-08-01' } });
    expect(data.modifyContract.type).toBe('PROSPECTIVE');
    expect(data.modifyContract.classification.priceReflectsStandaloneSellingPrice).toBe(false);
  });

  it("refuses a caller who may read the contract's amounts only masked: refusals would quote them", async () => {
    const outsider = await federation.token({ sub: 'us.analyst', roles: ['finance_analyst'], regions: ['US'] });
    const { body } = await run(MODIFY, outsider, {
      input: { ...addSeats('95.00'), effectiveDate: '2024-08-15', priceConcession: '99999.00' },
    });
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(body)).not.toMatch(/recognised/);
  });

  it('takes flags that contradict the facts only as an override with a reason, shown in the trail', async () => {
    const refused = await run(MODIFY, maker, {
      input: { ...addSeats('60.00'), effectiveDate: '2024-09-01', priceReflectsStandaloneSellingPrice: true },
    });
    expect(refused.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.body.errors?.[0].message).toMatch(/an override needs classificationOverrideReason/);
    const data = await ok(MODIFY, maker, {
      input: {
        ...addSeats('60.00'),
        effectiveDate: '2024-09-01',
        priceReflectsStandaloneSellingPrice: true,
        classificationOverrideReason: 'Promotional price list approved by the pricing committee',
      },
    });
    expect(data.modifyContract).toMatchObject({
      type: 'SEPARATE_CONTRACT',
      classification: {
        priceReflectsStandaloneSellingPrice: true,
        fromFacts: { priceReflectsStandaloneSellingPrice: false },
        overridden: true,
        overrideReason: 'Promotional price list approved by the pricing committee',
      },
    });
  });
});

describe('progress that counts distinct units (ASC 606-10-55-111, Example 5)', () => {
  // 120 products for 12,000.00, 60 delivered by 31 March. As one good being built what remains would
  // not be distinct; marked as distinct units delivered one by one, it is.
  async function products(number: string, distinctUnits: boolean) {
    const data = await ok(CREATE, maker, {
      input: {
        customerId,
        number,
        startDate: '2024-01-01',
        endDate: '2024-12-31',
        currency: 'EUR',
        fixedConsideration: '12000.00',
        obligations: [
          {
            key: 'products',
            description: 'Products',
            productCode: 'PROD',
            pattern: 'INPUT_METHOD',
            startDate: '2024-01-01',
            endDate: '2024-12-31',
            standaloneSellingPrice: '12000.00',
            distinctUnits,
          },
        ],
        billingSchedule: [{ date: '2024-01-01', amount: '12000.00' }],
      },
    });
    const contract = data.createContract;
    await ok('mutation($input: ProgressInput!) { recordProgress(input: $input) { asOf } }', maker, {
      input: {
        obligationId: contract.performanceObligations[0].id,
        asOf: '2024-03-31',
        completedUnits: 60,
        totalUnits: 120,
      },
    });
    // Case B: 30 more at 80.00 each, below their 95.00 SSP.
    const modified = await ok(MODIFY, maker, {
      input: {
        contractId: contract.id,
        effectiveDate: '2024-04-01',
        reason: 'Thirty more products',
        considerationChange: '2400.00',
        addObligations: [
          {
            key: 'more',
            description: 'More products',
            productCode: 'PROD2',
            pattern: 'INPUT_METHOD',
            startDate: '2024-04-01',
            endDate: '2024-12-31',
            standaloneSellingPrice: '2850.00',
            distinctUnits,
          },
        ],
      },
    });
    return modified.modifyContract;
  }

  it('distinct units: what remains is distinct, so the modification is prospective', async () => {
    const modification = await products('CT-UNITS-0001', true);
    expect(modification.type).toBe('PROSPECTIVE');
    expect(modification.classification.remainingGoodsDistinct).toBe(true);
  });

  it('one good being built: what remains is not distinct, so it is a cumulative catch-up', async () => {
    const modification = await products('CT-UNITS-0002', false);
    expect(modification.type).toBe('CUMULATIVE_CATCH_UP');
    expect(modification.classification.findings.join(' ')).toMatch(/is one good partly built/);
  });
});

describe('pricing tier changes enter the transaction price', () => {
  const ISSUE = `mutation($id: ID!) { issueInvoice(input: { billingEntryId: $id }) { amount { amount } } }`;
  const REQUEST = `mutation($input: PricingTierChangeInput!) { requestPricingTierChange(input: $input) { id } }`;
  const APPROVE_TIER = `mutation($id: ID!) { approvePricingTierChange(id: $id) { status basis
    revenueChange { type effectiveDate considerationChange { amount } transactionPriceAfter { amount }
      recognizedOnEffectiveDate { amount } pricingTierChangeId } } }`;
  const TRAIL = `query($id: ID!) { contract(id: $id) { modifications { type effectiveDate considerationChange { amount }
    transactionPriceAfter { amount } recognizedOnEffectiveDate { amount } pricingTierChangeId } } }`;
  const POSITION = `query($id: ID!) { contract(id: $id) { transactionPrice { amount }
    revenueSchedule(from: "2024-12", to: "2024-12") { recognizedToDate { amount } billedToDate { amount } deferred { amount } unbilled { amount } } } }`;

  async function quarterly(number: string) {
    const data = await ok(CREATE, maker, {
      input: {
        customerId,
        number,
        startDate: '2024-01-01',
        endDate: '2024-12-31',
        currency: 'EUR',
        fixedConsideration: '12000.00',
        obligations: [{ ...subscription('platform', 'PLAT'), standaloneSellingPrice: '12000.00' }],
        billingSchedule: ['01', '04', '07', '10'].map((m) => ({ date: `2024-${m}-01`, amount: '3000.00' })),
      },
    });
    const contract = data.createContract;
    for (const entry of contract.billingSchedule.slice(0, 2)) await ok(ISSUE, maker, { id: entry.id });
    return contract;
  }

  async function moveToGold(contractId: string, basis: string) {
    const requested = await ok(REQUEST, maker, {
      input: { contractId, tier: 'GOLD', effectiveFrom: '2024-07-01', reason: 'Volume commitment', basis },
    });
    const approved = await ok(APPROVE_TIER, steward, { id: requested.requestPricingTierChange.id });
    // The steward sees amounts only in buckets; finance reads the trail exactly.
    expect(approved.approvePricingTierChange.revenueChange.pricingTierChangeId).toBe(
      requested.requestPricingTierChange.id,
    );
    expect(approved.approvePricingTierChange.revenueChange.considerationChange.amount).not.toBe('-600.00');
    const trail = await ok(TRAIL, maker, { id: contractId });
    return { ...approved.approvePricingTierChange, revenueChange: trail.contract.modifications.at(-1) };
  }

  it('renegotiated: a price-only modification, so billing 11,400.00 and revenue 11,400.00 end equal', async () => {
    const contract = await quarterly('CT-TIER-0001');
    const approved = await moveToGold(contract.id, 'RENEGOTIATED');
    // Two quarters still to bill at GOLD (10 % off 3,000.00): 2 × -300.00.
    expect(approved).toMatchObject({
      status: 'APPROVED',
      basis: 'RENEGOTIATED',
      revenueChange: {
        type: 'PROSPECTIVE',
        effectiveDate: '2024-07-01',
        considerationChange: { amount: '-600.00' },
        transactionPriceAfter: { amount: '11400.00' },
        recognizedOnEffectiveDate: { amount: '0.00' },
      },
    });
    for (const entry of contract.billingSchedule.slice(2)) {
      const invoice = await ok(ISSUE, maker, { id: entry.id });
      expect(invoice.issueInvoice.amount.amount).toBe('2700.00');
    }
    const position = await ok(POSITION, maker, { id: contract.id });
    expect(position.contract.transactionPrice.amount).toBe('11400.00');
    expect(position.contract.revenueSchedule[0]).toEqual({
      recognizedToDate: { amount: '11400.00' },
      billedToDate: { amount: '11400.00' },
      deferred: { amount: '0.00' },
      unbilled: { amount: '0.00' },
    });
  });

  it("under the contract's own terms: a change in variable consideration, caught up on the effective date", async () => {
    const contract = await quarterly('CT-TIER-0002');
    const approved = await moveToGold(contract.id, 'CONTRACT_TERMS');
    // -600.00 allocated to the subscription; through 1 July (183 of 366 days) half of it is caught up.
    expect(approved.revenueChange).toMatchObject({
      type: 'VARIABLE_CONSIDERATION',
      considerationChange: { amount: '-600.00' },
      transactionPriceAfter: { amount: '11400.00' },
      recognizedOnEffectiveDate: { amount: '-300.00' },
    });
    for (const entry of contract.billingSchedule.slice(2)) await ok(ISSUE, maker, { id: entry.id });
    const position = await ok(POSITION, maker, { id: contract.id });
    expect(position.contract.revenueSchedule[0]).toMatchObject({
      recognizedToDate: { amount: '11400.00' },
      billedToDate: { amount: '11400.00' },
    });
  });
});
