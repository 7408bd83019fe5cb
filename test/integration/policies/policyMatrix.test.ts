import fs from 'node:fs';
import path from 'node:path';
import { SUBGRAPH_NAMES } from '../../../lib/config';
import { formatMinor, parseMoney, type DecimalMoney, type MinorMoney } from '../../../lib/money';
import type { Principal } from '../../../lib/principal';
import type { Region } from '../../../lib/regions';
import { INTERNAL_TOKEN_HEADER, mintInternalToken } from '../../../lib/tokens/internalToken';
import { decide, mayRun, rowScope } from '../../../policies/decide';
import { mask, type FieldKind, type MaskingOptions, type MaskingStrategy } from '../../../policies/masking';
import { supergraphPlan } from '../../../policies/plans';
import { readSupergraphSdl } from '../../../schema/supergraphSdl';
import { ROLES, type Role } from '../../../lib/roles';
import { callSubgraph, graphql, startTestFederation, type TestFederation } from '../../support/federation';

/**
 * Generated from the policy: every classified field, for every role, for a customer inside and a
 * customer outside the caller's region, through the gateway. Allowed values must be exact, masked
 * values exactly what the strategy makes of the true value, denied values null with FORBIDDEN.
 */

const plan = supergraphPlan(readSupergraphSdl());
const MONEY = '{ amount currency bucket }';

/** How to reach each classified field from `customer(id: ...)`. A new classified field needs a line here. */
const PATHS: Record<string, { selection: string; path: string[] }> = {
  'Customer.duns': { selection: 'duns', path: ['duns'] },
  'Customer.creditLimit': { selection: `creditLimit ${MONEY}`, path: ['creditLimit'] },
  'Customer.creditHold': { selection: 'creditHold', path: ['creditHold'] },
  'Customer.creditScore': { selection: 'creditScore', path: ['creditScore'] },
  'TaxId.value': { selection: 'taxIds { value }', path: ['taxIds', 'value'] },
  'Contact.name': { selection: 'contacts { name }', path: ['contacts', 'name'] },
  'Contact.email': { selection: 'contacts { email }', path: ['contacts', 'email'] },
  'Contact.phone': { selection: 'contacts { phone }', path: ['contacts', 'phone'] },
  'Customer.arBalance': { selection: `arBalance ${MONEY}`, path: ['arBalance'] },
  'Contract.totalValue': { selection: `contracts { totalValue ${MONEY} }`, path: ['contracts', 'totalValue'] },
  'ContractLine.unitPrice': {
    selection: `contracts { lines { unitPrice ${MONEY} } }`,
    path: ['contracts', 'lines', 'unitPrice'],
  },
  'ContractLine.amount': {
    selection: `contracts { lines { amount ${MONEY} } }`,
    path: ['contracts', 'lines', 'amount'],
  },
  'Invoice.amount': {
    selection: `contracts { invoices { amount ${MONEY} } }`,
    path: ['contracts', 'invoices', 'amount'],
  },
  'Invoice.balance': {
    selection: `contracts { invoices { balance ${MONEY} } }`,
    path: ['contracts', 'invoices', 'balance'],
  },
  'Payment.amount': {
    selection: `contracts { invoices { payments { amount ${MONEY} } } }`,
    path: ['contracts', 'invoices', 'payments', 'amount'],
  },
  'BankAccount.iban': { selection: 'bankAccounts { iban }', path: ['bankAccounts', 'iban'] },
  'PaymentCard.expiryMonth': { selection: 'paymentCards { expiryMonth }', path: ['paymentCards', 'expiryMonth'] },
  'PaymentCard.expiryYear': { selection: 'paymentCards { expiryYear }', path: ['paymentCards', 'expiryYear'] },
  'WriteOff.amount': {
    selection: `contracts { invoices { writeOffs { amount ${MONEY} } } }`,
    path: ['contracts', 'invoices', 'writeOffs', 'amount'],
  },
  'WriteOff.reason': {
    selection: 'contracts { invoices { writeOffs { reason } } }',
    path: ['contracts', 'invoices', 'writeOffs', 'reason'],
  },
  'WriteOff.requestedBy': {
    selection: 'contracts { invoices { writeOffs { requestedBy } } }',
    path: ['contracts', 'invoices', 'writeOffs', 'requestedBy'],
  },
  'WriteOff.decidedBy': {
    selection: 'contracts { invoices { writeOffs { decidedBy } } }',
    path: ['contracts', 'invoices', 'writeOffs', 'decidedBy'],
  },
  'WriteOff.decisionNote': {
    selection: 'contracts { invoices { writeOffs { decisionNote } } }',
    path: ['contracts', 'invoices', 'writeOffs', 'decisionNote'],
  },
  'Invoice.listAmount': {
    selection: `contracts { invoices { listAmount ${MONEY} } }`,
    path: ['contracts', 'invoices', 'listAmount'],
  },
  ...Object.fromEntries(
    ['recognizedToDate', 'deferred', 'unbilled', 'arr', 'mrr'].map((f) => [
      `CustomerRevenue.${f}`,
      { selection: `revenue(asOf: "2026-10-31") { ${f} ${MONEY} }`, path: ['revenue', f] },
    ]),
  ),
  ...Object.fromEntries(
    ['contracted', 'fromRenewals', 'total'].map((f) => [
      `DeferredRevenueForecastPeriod.${f}`,
      {
        selection: `deferredRevenueForecast(from: "2026-11", months: 2) { ${f} ${MONEY} }`,
        path: ['deferredRevenueForecast', f],
      },
    ]),
  ),
  'Contract.transactionPrice': {
    selection: `contracts { transactionPrice ${MONEY} }`,
    path: ['contracts', 'transactionPrice'],
  },
  'Contract.discount': { selection: `contracts { discount ${MONEY} }`, path: ['contracts', 'discount'] },
  'VariableConsiderationEstimate.estimate': {
    selection: `contracts { variableConsideration { estimate ${MONEY} } }`,
    path: ['contracts', 'variableConsideration', 'estimate'],
  },
  'VariableConsiderationEstimate.included': {
    selection: `contracts { variableConsideration { included ${MONEY} } }`,
    path: ['contracts', 'variableConsideration', 'included'],
  },
  'PerformanceObligation.standaloneSellingPrice': {
    selection: `contracts { performanceObligations { standaloneSellingPrice ${MONEY} } }`,
    path: ['contracts', 'performanceObligations', 'standaloneSellingPrice'],
  },
  'PerformanceObligation.allocated': {
    selection: `contracts { performanceObligations { allocated ${MONEY} } }`,
    path: ['contracts', 'performanceObligations', 'allocated'],
  },
  'AllocationRevision.allocated': {
    selection: `contracts { performanceObligations { revisions { allocated ${MONEY} } } }`,
    path: ['contracts', 'performanceObligations', 'revisions', 'allocated'],
  },
  'BillingEntry.listAmount': {
    selection: `contracts { billingSchedule { listAmount ${MONEY} } }`,
    path: ['contracts', 'billingSchedule', 'listAmount'],
  },
  ...Object.fromEntries(
    ['recognized', 'recognizedToDate', 'billedToDate', 'deferred', 'unbilled'].map((f) => [
      `RevenuePeriod.${f}`,
      {
        selection: `contracts { revenueSchedule(from: "2026-09", to: "2026-10") { ${f} ${MONEY} } }`,
        path: ['contracts', 'revenueSchedule', f],
      },
    ]),
  ),
  ...Object.fromEntries(
    [
      'reason',
      'requestedBy',
      'considerationChange',
      'priceConcession',
      'transactionPriceBefore',
      'transactionPriceAfter',
      'recognizedOnEffectiveDate',
      'remainingBefore',
      'remainingAfter',
    ].map((f) => [
      `ContractModification.${f}`,
      {
        selection: `contracts { modifications { ${f}${['reason', 'requestedBy'].includes(f) ? '' : ` ${MONEY}`} } }`,
        path: ['contracts', 'modifications', f],
      },
    ]),
  ),
  ...Object.fromEntries(
    ['contractAsset', 'contractLiability', 'receivable', 'recognizedToDate', 'billedToDate'].map((f) => [
      `ContractBalances.${f}`,
      {
        selection: `contracts { balances(asOf: "2026-10-31") { ${f} ${MONEY} } }`,
        path: ['contracts', 'balances', f],
      },
    ]),
  ),
  ...Object.fromEntries(
    ['debit', 'credit'].map((f) => [
      `JournalLine.${f}`,
      {
        selection: `contracts { journalEntries(from: "2026-09", to: "2026-10") { lines { ${f} ${MONEY} } } }`,
        path: ['contracts', 'journalEntries', 'lines', f],
      },
    ]),
  ),
  'ModificationClassification.overrideReason': {
    selection: 'contracts { modifications { classification { overrideReason } } }',
    path: ['contracts', 'modifications', 'classification', 'overrideReason'],
  },
  ...Object.fromEntries(
    ['estimateBefore', 'includedBefore', 'estimateAfter', 'includedAfter'].map((f) => [
      `VariableConsiderationChange.${f}`,
      {
        selection: `contracts { modifications { variableConsideration { ${f} ${MONEY} } } }`,
        path: ['contracts', 'modifications', 'variableConsideration', f],
      },
    ]),
  ),
  ...Object.fromEntries(
    ['discount', 'transactionPrice', 'requestedBy', 'decidedBy', 'decisionNote'].map((f) => [
      `DiscountApproval.${f}`,
      {
        selection: `contracts { discountApprovals { ${f}${['discount', 'transactionPrice'].includes(f) ? ` ${MONEY}` : ''} } }`,
        path: ['contracts', 'discountApprovals', f],
      },
    ]),
  ),
  ...Object.fromEntries(
    ['reason', 'requestedBy', 'decidedBy', 'decisionNote'].map((f) => [
      `PricingTierChange.${f}`,
      { selection: `contracts { pricingTierChanges { ${f} } }`, path: ['contracts', 'pricingTierChanges', f] },
    ]),
  ),
  ...Object.fromEntries(
    ['scheduled', 'posted', 'difference'].map((f) => [
      `ContractLedgerCheck.${f}`,
      {
        selection: `contracts { ledgerCheck(period: "2026-10") { ${f} ${MONEY} } }`,
        path: ['contracts', 'ledgerCheck', f],
      },
    ]),
  ),
  'CreditLimitChange.proposedLimit': {
    selection: `pendingCreditLimitChange { proposedLimit ${MONEY} }`,
    path: ['pendingCreditLimitChange', 'proposedLimit'],
  },
  'CreditLimitChange.currentLimit': {
    selection: `pendingCreditLimitChange { currentLimit ${MONEY} }`,
    path: ['pendingCreditLimitChange', 'currentLimit'],
  },
  'TaxExemptionCertificate.certificateNumber': {
    selection: 'taxExemptions { certificateNumber }',
    path: ['taxExemptions', 'certificateNumber'],
  },
  'TaxExemptionCertificate.documentReference': {
    selection: 'taxExemptions { documentReference }',
    path: ['taxExemptions', 'documentReference'],
  },
  'PurchaseOrderRule.updatedBy': {
    selection: 'purchaseOrderRule { updatedBy }',
    path: ['purchaseOrderRule', 'updatedBy'],
  },
  'PaymentProfile.medianPayment': {
    selection: `dataQuality { paymentProfile { medianPayment ${MONEY} } }`,
    path: ['dataQuality', 'paymentProfile', 'medianPayment'],
  },
  'PaymentAnomaly.reason': {
    selection: 'dataQuality { paymentAnomalies { reason } }',
    path: ['dataQuality', 'paymentAnomalies', 'reason'],
  },
  'SystemBalance.amount': {
    selection: `dataQuality { reconciliationGaps { balances { amount ${MONEY} } } }`,
    path: ['dataQuality', 'reconciliationGaps', 'balances', 'amount'],
  },
  'LedgerLineProblem.amount': {
    selection: `contracts { ledgerCheck(period: "2026-10") { linesWithUnknownObligation { amount ${MONEY} } } }`,
    path: ['contracts', 'ledgerCheck', 'linesWithUnknownObligation', 'amount'],
  },
};

/** Classified aggregates that belong to no customer, reached from the query root (decided as out of every region). */
const TOP_PATHS: Record<string, { selection: string; path: string[]; query: string }> = {
  'SystemTotals.totals': {
    selection: `reconciliation(date: "2026-11-20") { systems { totals ${MONEY} } }`,
    path: ['reconciliation', 'systems', 'totals'],
    query: 'Query.reconciliation',
  },
  'SystemDifference.totals': {
    selection: `reconciliation(date: "2026-11-20") { differences { totals ${MONEY} } }`,
    path: ['reconciliation', 'differences', 'totals'],
    query: 'Query.reconciliation',
  },
};

/**
 * Classified fields of rows that belong to a region but to no customer (price tables, the revenue
 * waterfall): each row is decided by its own region. Rows are read by `list(args)` with the field
 * `key` naming them and `region` beside the classified fields.
 */
const LISTS = {
  standaloneSellingPrices: { args: '(first: 100)', key: 'id', query: 'Query.standaloneSellingPrices' },
  revenueWaterfall: {
    args: '(from: "2026-09", to: "2026-10", first: 100)',
    key: 'cursor',
    query: 'Query.revenueWaterfall',
  },
} as const;
type ListName = keyof typeof LISTS;
const ROW_PATHS: Record<string, { list: ListName; field: string; money: boolean }> = Object.fromEntries([
  ...(
    [
      ['price', true],
      ['observableMin', true],
      ['observableMax', true],
      ['reason', false],
      ['requestedBy', false],
      ['decidedBy', false],
      ['decisionNote', false],
    ] as const
  ).map(([field, money]) => [
    `StandaloneSellingPriceEntry.${field}`,
    { list: 'standaloneSellingPrices' as const, field, money },
  ]),
  ['RevenueWaterfallRow.recognized', { list: 'revenueWaterfall' as const, field: 'recognized', money: true }],
]);
/** Each list is read on its own: a role may run one and not the other. */
const rowQuery = (list: ListName) =>
  `query MatrixRows { ${list}${LISTS[list].args} { ${LISTS[list].key} region ${Object.values(ROW_PATHS)
    .filter((p) => p.list === list)
    .map((p) => (p.money ? `${p.field} ${MONEY}` : p.field))
    .join(' ')} } }`;
let rowTruth: Record<ListName, Record<string, any>[]>;

const QUERY = `query Matrix($id: ID!) { customer(id: $id) { id region ${Object.values(PATHS)
  .map((p) => p.selection)
  .join(' ')} } }`;
const TOP_QUERY = `query MatrixTop { ${Object.values(TOP_PATHS)
  .map((p) => p.selection)
  .join(' ')} }`;
let topTruth: Record<string, any>;

/** Every value at a path, flattening lists on the way. */
function leaves(value: unknown, path: string[]): unknown[] {
  if (path.length === 0) return [value];
  if (Array.isArray(value)) return value.flatMap((item) => leaves(item, path));
  if (value === null || typeof value !== 'object') return [];
  const next = (value as Record<string, unknown>)[path[0]];
  return Array.isArray(next) && path.length === 1 ? next : leaves(next, path.slice(1));
}

/** Money without the BUCKET-only field, when it is not set. */
function normalise(value: unknown): unknown {
  if (value && typeof value === 'object' && 'amount' in value) {
    const { bucket, ...money } = value as { bucket?: string | null };
    return bucket == null ? money : { ...money, bucket };
  }
  return value;
}

/** What a client reads of a true value masked as the policy says: Money is masked in minor units, then shown as decimals. */
function maskedAsRead(strategy: MaskingStrategy, value: unknown, kind: FieldKind, options: MaskingOptions): unknown {
  if (kind !== 'Money' || value == null) return mask(strategy, value, kind, options);
  const masked = mask(strategy, parseMoney(value as DecimalMoney), kind, options) as MinorMoney | null;
  return masked && { ...formatMinor(masked.minor, masked.currency), bucket: masked.bucket };
}

let federation: TestFederation;
let truth: Record<'inside' | 'outside', Record<string, any>>;
const ids = { inside: '', outside: '' };
const REGION = 'EU';

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '80' });
  const admin = await federation.token({ roles: ['admin'], regions: [] });
  const { body } = await graphql(
    federation.gateway.url,
    '{ customers(first: 80) { edges { node { id region duns contacts { id } bankAccounts { id } paymentCards { id } arBalance { amount } contracts { invoices { payments { id } } } } } } }',
    { token: admin },
  );
  // Reference customers with every classified field filled in, one in the caller's region, one outside it.
  const complete = body.data.customers.edges
    .map((e: any) => e.node)
    .filter(
      (c: any) =>
        c.duns &&
        c.contacts.length > 0 &&
        c.bankAccounts.length > 0 &&
        c.paymentCards.length > 0 &&
        c.arBalance?.length > 0 &&
        c.contracts.some((k: any) => k.invoices.some((i: any) => i.payments.length > 0)),
    );
  ids.inside = complete.find((c: any) => c.region === REGION).id;
  ids.outside = complete.find((c: any) => c.region !== REGION).id;
  // No demo invoice is written off: make one decided write-off per reference customer (maker-checker).
  for (const side of ['inside', 'outside'] as const) {
    const region = complete.find((c: any) => c.id === ids[side]).region;
    const maker = await federation.token({ sub: `maker-${side}`, roles: ['finance_analyst'], regions: [region] });
    const checker = await federation.token({ sub: `checker-${side}`, roles: ['finance_analyst'], regions: [region] });
    const invoices = await graphql(
      federation.gateway.url,
      'query($id: ID!) { customer(id: $id) { contracts { invoices { id balance { amount } } } } }',
      { token: admin, variables: { id: ids[side] } },
    );
    const open = invoices.body.data.customer.contracts
      .flatMap((c: any) => c.invoices)
      .find((i: any) => Number(i.balance.amount) >= 1);
    const requested = await graphql(
      federation.gateway.url,
      'mutation($r: WriteOffRequest!) { requestWriteOff(request: $r) { id } }',
      {
        token: maker,
        variables: { r: { invoiceId: open.id, amount: '1.00', reason: 'Matrix test' } },
      },
    );
    await graphql(federation.gateway.url, 'mutation($id: ID!) { approveWriteOff(id: $id, note: "ok") { id } }', {
      token: checker,
      variables: { id: requested.body.data.requestWriteOff.id },
    });
    await plantRevenueRecords(ids[side], region, maker, checker);
  }
  await plantCreditAndTaxRecords(admin);
  await plantQualityFindings(admin);
  truth = { inside: {}, outside: {} };
  for (const side of ['inside', 'outside'] as const) {
    const result = await graphql(federation.gateway.url, QUERY, { token: admin, variables: { id: ids[side] } });
    expect(result.body.errors).toBeUndefined();
    truth[side] = result.body.data.customer;
  }
  const top = await graphql(federation.gateway.url, TOP_QUERY, { token: admin });
  expect(top.body.errors).toBeUndefined();
  topTruth = top.body.data;
  rowTruth = { standaloneSellingPrices: [], revenueWaterfall: [] };
  for (const list of Object.keys(LISTS) as ListName[]) {
    const rows = await graphql(federation.gateway.url, rowQuery(list), { token: admin });
    expect(rows.body.errors).toBeUndefined();
    rowTruth[list] = rows.body.data[list];
  }
});

/**
 * No demo customer has a credit-limit change waiting or a tax exemption certificate: ask a raise too
 * large for one person for each reference customer, and drop a certificate file for each.
 */
async function plantCreditAndTaxRecords(admin: string): Promise<void> {
  const analyst = await federation.token({ sub: 'matrix-credit', roles: ['credit_analyst'], regions: [] });
  const rows: string[] = [];
  for (const side of ['inside', 'outside'] as const) {
    const read = await graphql(
      federation.gateway.url,
      'query($id: ID!) { customer(id: $id) { country creditLimit { amount currency } } }',
      { token: admin, variables: { id: ids[side] } },
    );
    const { country, creditLimit } = read.body.data.customer;
    const raised = {
      amount: (Number(creditLimit?.amount ?? 0) + 5_000_000).toFixed(creditLimit?.currency === 'JPY' ? 0 : 2),
      currency: creditLimit?.currency ?? 'EUR',
    };
    const asked = await graphql(
      federation.gateway.url,
      'mutation($id: ID!, $limit: MoneyInput!) { updateCustomer(id: $id, input: { creditLimit: $limit }, reason: "matrix") { pendingCreditLimitChange { id } } }',
      { token: analyst, variables: { id: ids[side], limit: raised } },
    );
    expect(asked.body.data.updateCustomer.pendingCreditLimitChange).not.toBeNull();
    rows.push(`${ids[side]},${country},MATRIX-${side}-4711,ALL,2026-01-01,,VERIFIED,dms://matrix/${side}.pdf`);
  }
  const { dropDir } = federation.config.taxExemptions;
  fs.mkdirSync(dropDir, { recursive: true });
  fs.writeFileSync(
    path.join(dropDir, 'matrix.csv'),
    ['customerId,jurisdiction,certificateNumber,scope,validFrom,validTo,status,documentReference', ...rows].join('\n'),
  );
  const refreshed = await graphql(federation.gateway.url, 'mutation { refreshTaxExemptions { batches { created } } }', {
    token: admin,
  });
  expect(refreshed.body.errors).toBeUndefined();
}

/**
 * Demo contracts carry no variable consideration, discount approval, modification, tier change or
 * stray ledger line: give each reference customer one contract that has them all.
 */
async function plantRevenueRecords(customerId: string, region: string, maker: string, checker: string): Promise<void> {
  const run = async (query: string, token: string, variables: Record<string, unknown>) => {
    const { body } = await graphql(federation.gateway.url, query, { token, variables });
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  const input = {
    customerId,
    number: `CT-MATRIX-${customerId}`,
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    currency: 'EUR',
    fixedConsideration: '9000.00',
    variableConsideration: {
      method: 'EXPECTED_VALUE',
      outcomes: [
        { amount: '0.00', probability: 0.5 },
        { amount: '1000.00', probability: 0.5 },
      ],
      constrained: false,
    },
    obligations: [
      {
        key: 'platform',
        description: 'Platform',
        pattern: 'RATABLE',
        startDate: '2026-01-01',
        endDate: '2026-12-31',
        standaloneSellingPrice: '9000.00',
      },
      {
        key: 'training',
        description: 'Training',
        pattern: 'POINT_IN_TIME',
        transferDate: '2026-03-01',
        standaloneSellingPrice: '3000.00',
      },
    ],
    billingSchedule: [
      { date: '2026-01-01', amount: '4750.00' },
      { date: '2026-07-01', amount: '4750.00' },
    ],
  };
  const created = await run(
    'mutation($input: ContractInput!) { createContract(input: $input) { id discountApprovals { id } } }',
    maker,
    { input },
  );
  const contract = created.createContract;
  await run('mutation($id: ID!) { approveDiscount(id: $id, note: "matrix") { id } }', checker, {
    id: contract.discountApprovals[0].id,
  });
  await run('mutation($input: ContractModificationInput!) { modifyContract(input: $input) { id } }', maker, {
    input: {
      contractId: contract.id,
      effectiveDate: '2026-06-01',
      reason: 'Matrix test',
      considerationChange: '500.00',
      addObligations: [
        {
          key: 'extra',
          description: 'Extra training',
          pattern: 'POINT_IN_TIME',
          transferDate: '2026-06-15',
          standaloneSellingPrice: '500.00',
        },
      ],
      // What remains is distinct in fact: saying otherwise is an override with a reason the trail keeps.
      remainingGoodsDistinct: false,
      classificationOverrideReason: 'Matrix test override',
    },
  });
  const proposed = await run(
    'mutation($input: StandaloneSellingPriceInput!) { proposeStandaloneSellingPrice(input: $input) { id } }',
    maker,
    {
      input: {
        productCode: `MATRIX-${region}`,
        region,
        currency: 'EUR',
        validFrom: '2026-01-01',
        price: '1234.56',
        observableMin: '1000.00',
        observableMax: '1500.00',
        reason: 'Matrix test',
      },
    },
  );
  await run('mutation($id: ID!) { approveStandaloneSellingPrice(id: $id, note: "matrix") { id } }', checker, {
    id: proposed.proposeStandaloneSellingPrice.id,
  });
  await run(
    'mutation($input: VariableConsiderationEstimateInput!) { reestimateVariableConsideration(input: $input) { id } }',
    maker,
    {
      input: {
        contractId: contract.id,
        key: 'vc1',
        asOf: '2026-06-30',
        reason: 'Matrix test',
        method: 'EXPECTED_VALUE',
        outcomes: [
          { amount: '0.00', probability: 0.25 },
          { amount: '1000.00', probability: 0.75 },
        ],
        constrained: false,
      },
    },
  );
  const change = await run(
    'mutation($input: PricingTierChangeInput!) { requestPricingTierChange(input: $input) { id } }',
    maker,
    {
      input: { contractId: contract.id, tier: 'SILVER', effectiveFrom: '2026-07-01', reason: 'Matrix test' },
    },
  );
  const steward = await federation.token({
    // The accountable steward of pricing (policies/dataDomains.ts): tier changes are routed to them.
    sub: 'pricing.steward',
    roles: ['data_steward'],
    regions: [region as Region],
  });
  await run('mutation($id: ID!) { approvePricingTierChange(id: $id, note: "ok") { id } }', steward, {
    id: change.requestPricingTierChange.id,
  });
  await run('mutation($lines: [LedgerLineInput!]!) { postLedgerLines(lines: $lines) }', maker, {
    lines: [
      {
        id: `gl-matrix-${customerId}`,
        period: '2026-10',
        account: '4000',
        contractId: contract.id,
        obligationId: 'unknown',
        amount: '1234.56',
        currency: 'EUR',
      },
    ],
  });
  await run(
    'mutation($input: RenewalIntentInput!) { recordRenewalIntent(input: $input) { signal } }',
    await federation.token({ roles: ['data_steward'] }),
    {
      input: { contractId: contract.id, signal: 'LIKELY', probability: 0.9, observedAt: '2026-10-01T00:00:00Z' },
    },
  );
}

/**
 * Give both reference customers a purchase-order rule, a payment anomaly found by a quality run,
 * and a place in a reconciliation (the ledger disagrees on their balances).
 */
async function plantQualityFindings(admin: string): Promise<void> {
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const { body } = await graphql(federation.gateway.url, query, { token: admin, variables });
    expect(body.errors).toBeUndefined();
    return body.data;
  };
  for (const customerId of [ids.inside, ids.outside]) {
    await run('mutation($input: PurchaseOrderRuleInput!) { setPurchaseOrderRule(input: $input) { required } }', {
      input: { customerId, required: false },
    });
    const { customer } = await run(
      'query($id: ID!) { customer(id: $id) { contracts { invoices { id issueDate } } } }',
      { id: customerId },
    );
    const invoice = customer.contracts.flatMap((c: any) => c.invoices)[0];
    const before = new Date(Date.parse(`${invoice.issueDate}T00:00:00Z`) - 5 * 86_400_000).toISOString().slice(0, 10);
    await run('mutation($p: [PaymentInput!]!) { recordPayments(payments: $p) }', {
      p: [{ id: `matrix-${customerId}`, invoiceId: invoice.id, receivedOn: before, amount: '1.00', method: 'WIRE' }],
    });
  }
  const extract = (id: string, system: string, amount: string) =>
    run('mutation($e: SystemExtractInput!) { recordSystemExtract(extract: $e) { extractId } }', {
      e: {
        id,
        system,
        businessDate: '2026-11-20',
        takenAt: '2026-11-20T22:00:00Z',
        customers: [ids.inside, ids.outside].map((customerId) => ({ customerId, arBalance: amount, currency: 'EUR' })),
      },
    });
  await extract('matrix-billing', 'BILLING', '12345.67');
  await extract('matrix-gl', 'GL', '12000.00');
  const started = await run('mutation { runQualityChecks { id } }');
  await federation.subgraphs.quality.settled();
  const { qualityRuns } = await run('{ qualityRuns(first: 3) { id status } }');
  expect(qualityRuns.find((r: any) => r.id === started.runQualityChecks.id)?.status).toBe('COMPLETED');
}

afterAll(async () => {
  await federation?.close();
});

it('has a path to every classified field, and admin reads them all unmasked (the ground truth) or, for PCI, as no role reads more', () => {
  expect([...Object.keys(PATHS), ...Object.keys(TOP_PATHS), ...Object.keys(ROW_PATHS)].sort()).toEqual(
    Object.keys(plan.fields).sort(),
  );
  for (const { list, field } of Object.values(ROW_PATHS))
    expect([field, rowTruth[list].filter((row) => row[field] !== null).length > 0]).toEqual([field, true]);
  for (const [coordinate, { path }] of Object.entries(TOP_PATHS))
    expect([coordinate, leaves(topTruth, path).length > 0]).toEqual([coordinate, true]);
  // A path that reaches no value would pass every check below without testing anything. (Admin's
  // view of PCI fields may be masked to null; the field is still reached.)
  for (const side of ['inside', 'outside'] as const) {
    const reached = (coordinate: string, path: string[]) =>
      leaves(truth[side], path).filter((value) => value !== null || plan.fields[coordinate].classification === 'PCI');
    const empty = Object.entries(PATHS)
      .filter(([coordinate, { path }]) => reached(coordinate, path).length === 0)
      .map(([coordinate]) => coordinate);
    expect([side, empty]).toEqual([side, []]);
  }
  for (const coordinate of Object.keys(plan.fields)) {
    const field = plan.fields[coordinate];
    if (field.classification !== 'PCI') {
      expect([coordinate, field.byRole.admin.inRegion]).toEqual([coordinate, { effect: 'ALLOW' }]);
      continue;
    }
    // Nobody reads PCI data in clear. Admin's masked view still serves as the truth when every role
    // that may see the field gets the same mask as admin (masking a masked value changes nothing).
    const admin = field.byRole.admin.inRegion;
    expect([coordinate, admin.effect]).toEqual([coordinate, 'MASK']);
    const decisions = Object.values(field.byRole).flatMap((grant) => [
      grant.inRegion,
      grant.outOfRegion,
      ...(grant.withoutPurpose ? [grant.withoutPurpose] : []),
    ]);
    expect([
      coordinate,
      decisions.filter((d) => d.effect !== 'DENY' && JSON.stringify(d) !== JSON.stringify(admin)),
    ]).toEqual([coordinate, []]);
  }
});

const cases = ROLES.flatMap((role) =>
  (['inside', 'outside'] as const).map((side) => [role, side] as [Role, 'inside' | 'outside']),
);

describe.each(cases)('%s reading a customer %s their region', (role, side) => {
  const principal: Principal = { sub: `matrix-${role}`, roles: [role], regions: [REGION] };

  it('gets every classified field exactly as the policy says', async () => {
    const token = await federation.token(principal);
    const { body } = await graphql(federation.gateway.url, QUERY, { token, variables: { id: ids[side] } });
    const record = truth[side];
    const scope = rowScope(plan, principal);
    if (scope !== 'ALL' && !scope.includes(record.region)) {
      expect(body.data?.customer ?? null).toBeNull();
      expect(body.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
      return;
    }
    const forbiddenPaths = (body.errors ?? [])
      .filter((e) => e.extensions?.code === 'FORBIDDEN')
      .map((e) => (e.path ?? []).filter((p) => typeof p === 'string').join('.'));
    for (const [coordinate, { path }] of Object.entries(PATHS)) {
      const field = plan.fields[coordinate];
      const decision = decide(plan, principal, coordinate, record.region)!;
      const expected = leaves(record, path);
      const actual = leaves(body.data.customer, path).map(normalise);
      expect(actual.length).toBe(expected.length);
      const label = `${coordinate} (${decision.effect === 'MASK' ? decision.strategy : decision.effect})`;
      if (decision.effect === 'ALLOW') {
        expect([label, actual]).toEqual([label, expected.map(normalise)]);
      } else if (decision.effect === 'MASK') {
        const options = { salt: federation.config.maskingSalt, ...plan.masking };
        expect([label, actual]).toEqual([
          label,
          expected.map((value) => normalise(maskedAsRead(decision.strategy, value, field.kind, options))),
        ]);
      } else {
        expect([label, actual.every((value) => value === null)]).toEqual([label, true]);
        expect([label, forbiddenPaths]).toEqual([label, expect.arrayContaining([['customer', ...path].join('.')])]);
      }
    }
  });
});

describe.each(ROLES)('%s reading classified aggregates', (role) => {
  const principal: Principal = { sub: `matrix-${role}`, roles: [role], regions: [REGION] };

  it('gets them exactly as the policy says for data of no region', async () => {
    const token = await federation.token(principal);
    const { body } = await graphql(federation.gateway.url, TOP_QUERY, { token });
    for (const [coordinate, { path, query }] of Object.entries(TOP_PATHS)) {
      if (!mayRun(plan, principal, query)) {
        expect(body.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
        continue;
      }
      const decision = decide(plan, principal, coordinate, undefined)!;
      const expected = leaves(topTruth, path);
      const actual = leaves(body.data, path).map(normalise);
      const label = `${coordinate} (${decision.effect === 'MASK' ? decision.strategy : decision.effect})`;
      if (decision.effect === 'ALLOW') expect([label, actual]).toEqual([label, expected.map(normalise)]);
      else if (decision.effect === 'MASK') {
        const options = { salt: federation.config.maskingSalt, ...plan.masking };
        expect([label, actual]).toEqual([
          label,
          expected.map((value) =>
            normalise(maskedAsRead(decision.strategy, value, plan.fields[coordinate].kind, options)),
          ),
        ]);
      } else expect([label, actual.every((value) => value === null)]).toEqual([label, true]);
    }
  });
});

describe.each(ROLES)('%s reading classified rows of a region but no customer', (role) => {
  const principal: Principal = { sub: `matrix-${role}`, roles: [role], regions: [REGION] };

  it.each(Object.keys(LISTS) as ListName[])('gets each row of %s as the policy says for its region', async (list) => {
    const token = await federation.token(principal);
    const { body } = await graphql(federation.gateway.url, rowQuery(list), { token });
    if (!mayRun(plan, principal, LISTS[list].query)) {
      expect(body.errors?.map((e) => e.extensions?.code)).toContain('FORBIDDEN');
      return;
    }
    const key = LISTS[list].key;
    const read = new Map<string, Record<string, any>>(body.data[list].map((row: any) => [row[key], row]));
    for (const truthRow of rowTruth[list]) {
      const row = read.get(truthRow[key]);
      if (rowScope(plan, principal) !== 'ALL' && truthRow.region !== REGION) {
        expect(row).toBeUndefined();
        continue;
      }
      for (const [coordinate, { field }] of Object.entries(ROW_PATHS).filter(([, p]) => p.list === list)) {
        const decision = decide(plan, principal, coordinate, truthRow.region)!;
        const label = `${coordinate} of a ${truthRow.region} row (${decision.effect === 'MASK' ? decision.strategy : decision.effect})`;
        const actual = normalise(row?.[field] ?? null);
        if (decision.effect === 'ALLOW') expect([label, actual]).toEqual([label, normalise(truthRow[field])]);
        else if (decision.effect === 'MASK') {
          const options = { salt: federation.config.maskingSalt, ...plan.masking };
          expect([label, actual]).toEqual([
            label,
            normalise(maskedAsRead(decision.strategy, truthRow[field], plan.fields[coordinate].kind, options)),
          ]);
        } else expect([label, actual]).toEqual([label, null]);
      }
    }
  });
});

describe('the same fields straight from the subgraphs', () => {
  const direct = 'query { _service { sdl } }';

  it.each(SUBGRAPH_NAMES)('%s refuses a request without an internal token, or with a forged one', async (name) => {
    const forged = await mintInternalToken(
      { secret: 'z'.repeat(48), ttlSeconds: 60 },
      { principal: { sub: 'x', roles: ['admin'], regions: ['EU'] } },
      { target: name, payload: { query: direct } },
    );
    const attempts: Record<string, string>[] = [
      {},
      { [INTERNAL_TOKEN_HEADER]: forged },
      { [INTERNAL_TOKEN_HEADER]: 'not-a-jwt' },
    ];
    for (const headers of attempts) {
      const { status, body } = await graphql(federation.subgraphs[name].url, direct, { headers });
      expect(status).toBe(401);
      expect(body.data).toBeUndefined();
    }
  });

  it('enforce the policy themselves, even for a request carrying a genuine internal token', async () => {
    const { body } = await callSubgraph(
      federation,
      'customer',
      `{ customer(id: "${ids.inside}") { duns creditScore } }`,
      { principal: { sub: 'bi', roles: ['bi_reader'], regions: ['EU'] } },
    );
    expect(body.data.customer.duns).toMatch(/^[0-9a-f]{64}$/);
    expect(body.data.customer.creditScore).toBeNull();

    const denied = await callSubgraph(federation, 'customer', `{ customer(id: "${ids.inside}") { name } }`, {
      principal: { sub: 'nobody', roles: [], regions: ['EU'] },
    });
    expect(denied.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(denied.body.data?.customer ?? null).toBeNull();
  });
});
