import { SourceRecordEntity } from '../../../../subgraphs/customer/entities/SourceRecord';
import type { SubgraphName } from '../../../../lib/config';
import { createLogger } from '../../../../lib/logger';
import { BackgroundWork } from '../../../../subgraphs/kit/backgroundWork';
import { createServiceClient, type ServiceClient } from '../../../../subgraphs/kit/serviceClient';
import type { BackgroundServices } from '../../../../subgraphs/kit/subgraph';
import { CorrectionCaseEntity } from '../../../../subgraphs/quality/entities/CorrectionCase';
import { QualityRunEntity } from '../../../../subgraphs/quality/entities/QualityRun';
import { createQualityRunner } from '../../../../subgraphs/quality/runs/runQualityChecks';
import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * Data quality through the gateway, on generated data with planted defects: each test plants N
 * defects and asserts that exactly N more are found. Corruption that no API would let in (an
 * invalid stored tax id, a contract end date moved under its schedule) is planted in the database
 * directly, as it would have arrived from a legacy load.
 */

let federation: TestFederation;
let admin: string;
let steward: string;
let finance: string;
let ids: string[] = [];

async function run(query: string, token: string, variables: Record<string, unknown> = {}) {
  const { body } = await graphql(federation.gateway.url, query, { token, variables });
  expect(body.errors).toBeUndefined();
  return body.data;
}

async function sql(
  subgraph: 'customer' | 'contract' | 'quality',
  statement: string,
  params: unknown[] = [],
): Promise<any[]> {
  return federation.subgraphs[subgraph].database.fork().getConnection().execute(statement, params);
}

/** Starts a run and waits until it is stored. */
async function qualityRun(): Promise<string> {
  const started = await run('mutation { runQualityChecks { id status } }', steward);
  expect(started.runQualityChecks.status).toBe('RUNNING');
  await federation.subgraphs.quality.settled();
  const { qualityRuns } = await run('{ qualityRuns(first: 5) { id status failure } }', steward);
  const mine = qualityRuns.find((r: any) => r.id === started.runQualityChecks.id);
  expect(mine).toMatchObject({ status: 'COMPLETED', failure: null });
  return mine.id;
}

const KPIS = `query($region: Region) { qualityKpis(region: $region, periods: 3, top: 50) { runId kpis { name numerator denominator ratio
  trend { runId numerator denominator } topOffenders { rank customer { id } detail } } } }`;

async function kpis(region?: string) {
  const { qualityKpis } = await run(KPIS, finance, { region: region ?? null });
  return Object.fromEntries(qualityKpis.kpis.map((k: any) => [k.name, k])) as Record<string, any>;
}

const failing = (kpi: any) => (kpi.name === 'DUPLICATE_RATE' ? kpi.numerator : kpi.denominator - kpi.numerator);

beforeAll(async () => {
  // Runs go seven customers at a time, so every check here also proves a run over many pages.
  federation = await startTestFederation({ SEED_CUSTOMERS: '60', QUALITY_RUN_PAGE: '7' });
  admin = await federation.token({ roles: ['admin'], regions: [] });
  steward = await federation.token({ sub: 'data.steward', roles: ['data_steward'], regions: ['EU'] });
  finance = await federation.token({ sub: 'finance', roles: ['finance_analyst'], regions: ['EU', 'US'] });
  const { customers } = await run('{ customers(first: 60) { edges { node { id } } } }', admin);
  ids = customers.edges.map((e: any) => e.node.id);
});

afterAll(async () => {
  await federation?.close();
});

describe('a run over many pages', () => {
  it('checks every surviving customer once, and only then counts', async () => {
    const id = await qualityRun();
    const { qualityRuns } = await run('{ qualityRuns(first: 5) { id customersChecked averageScore } }', steward);
    const { customers } = await run('{ customers(first: 1) { totalCount } }', admin);
    expect(customers.totalCount).toBeGreaterThan(7 * 3);
    expect(qualityRuns.find((r: any) => r.id === id)).toMatchObject({ customersChecked: customers.totalCount });
    const rows = await sql(
      'quality',
      'select count(*) as n, count(distinct customer_id) as d from quality_result where run_id = ?',
      [id],
    );
    expect(Number(rows[0].n)).toBe(customers.totalCount);
    expect(Number(rows[0].d)).toBe(customers.totalCount);
  });

  it('that fails part-way says FAILED and leaves none of its pages behind', async () => {
    // The real subgraphs over HTTP, with the contract subgraph failing from the third page on.
    const services = {
      config: federation.config,
      log: createLogger('test', 'silent'),
      peerUrl: (name: SubgraphName) => federation.subgraphs[name].url,
    } as BackgroundServices;
    const peers = createServiceClient(services, 'quality');
    let billingCalls = 0;
    const failing: ServiceClient = {
      query: (peer, document, variables) => {
        if (peer === 'contract' && ++billingCalls >= 3) return Promise.reject(new Error('contract went away'));
        return peers.query(peer, document, variables);
      },
    };
    const background = new BackgroundWork();
    const database = federation.subgraphs.quality.database;
    const runner = createQualityRunner(() => database.fork(), failing, services.log, background, 7);
    const started = await runner.start('2026-12-01');
    await background.settled();
    const stored = await database.fork().findOneOrFail(QualityRunEntity, started.id);
    expect(stored).toMatchObject({ status: 'FAILED' });
    // Pages are fetched ahead, so a page or two more may have been asked for before the failure was met.
    expect(billingCalls).toBeGreaterThanOrEqual(3);
    for (const table of ['quality_result', 'kpi_observation', 'payment_anomaly'])
      expect(
        Number((await sql('quality', `select count(*) as n from ${table} where run_id = ?`, [started.id]))[0].n),
      ).toBe(0);
  });
});

describe('validateTaxId', () => {
  it('says valid, normalised, or exactly what is wrong', async () => {
    const check = (kind: string, value: string) =>
      run(
        'query($kind: TaxIdKind!, $value: String!) { validateTaxId(kind: $kind, value: $value) { valid normalized reason reasonCode } }',
        finance,
        { kind, value },
      );
    expect((await check('EU_VAT', 'DE 136 695 976')).validateTaxId).toMatchObject({
      valid: true,
      normalized: 'DE136695976',
      reason: null,
      reasonCode: null,
    });
    expect((await check('EU_VAT', 'DE 12345678')).validateTaxId).toMatchObject({ valid: false, reasonCode: 'LENGTH' });
    expect((await check('EU_VAT', 'XX123456789')).validateTaxId).toMatchObject({
      valid: false,
      reasonCode: 'UNKNOWN_PREFIX',
    });
    expect((await check('IBAN', 'DE89 3704 0044 0532 0130 01')).validateTaxId).toMatchObject({
      valid: false,
      reasonCode: 'CHECK_DIGIT',
    });
    expect((await check('IBAN', 'DE89 3704 0044 0532 0130 00')).validateTaxId).toMatchObject({
      valid: true,
      normalized: 'DE89370400440532013000',
    });
    expect((await check('US_ABA_ROUTING', '021000021')).validateTaxId.valid).toBe(true);
    expect((await check('DUNS', '15-048-3782')).validateTaxId).toMatchObject({ valid: true, normalized: '150483782' });
    expect((await check('DUNS', '1504837')).validateTaxId.reasonCode).toBe('LENGTH');
  });
});

describe('purchase-order rules at invoice creation', () => {
  it('rejects an invoice without the PO number its customer requires, and one of the wrong form', async () => {
    const { customers } = await run('{ customers(first: 1, filter: { region: EU }) { edges { node { id } } } }', admin);
    const customerId = customers.edges[0].node.id;
    const billing = await federation.token({ sub: 'billing', roles: ['billing_ops'], regions: ['EU'] });
    await run(
      'mutation($input: PurchaseOrderRuleInput!) { setPurchaseOrderRule(input: $input) { required pattern } }',
      billing,
      { input: { customerId, required: true, pattern: 'PO-\\d{6}' } },
    );
    const created = await run(
      'mutation($input: ContractInput!) { createContract(input: $input) { billingSchedule { id } } }',
      finance,
      {
        input: {
          customerId,
          number: 'CT-PO-0001',
          startDate: '2024-01-01',
          endDate: '2024-12-31',
          currency: 'EUR',
          fixedConsideration: '1200.00',
          obligations: [
            {
              key: 'svc',
              description: 'Service',
              pattern: 'RATABLE',
              startDate: '2024-01-01',
              endDate: '2024-12-31',
              standaloneSellingPrice: '1200.00',
            },
          ],
          billingSchedule: [
            { date: '2024-01-01', amount: '600.00' },
            { date: '2024-07-01', amount: '600.00' },
          ],
        },
      },
    );
    const [first, second] = created.createContract.billingSchedule.map((b: any) => b.id);
    const ISSUE =
      'mutation($id: ID!, $po: String) { issueInvoice(input: { billingEntryId: $id, purchaseOrderNumber: $po }) { purchaseOrderNumber } }';
    const missing = await graphql(federation.gateway.url, ISSUE, {
      token: billing,
      variables: { id: first, po: null },
    });
    expect(missing.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/requires a purchase-order number/),
    });
    const wrong = await graphql(federation.gateway.url, ISSUE, {
      token: billing,
      variables: { id: first, po: 'PO-12' },
    });
    expect(wrong.body.errors?.[0].message).toMatch(/does not have the customer's form/);
    expect((await run(ISSUE, billing, { id: first, po: 'PO-123456' })).issueInvoice.purchaseOrderNumber).toBe(
      'PO-123456',
    );
    const rule = await run(
      'query($id: ID!) { customer(id: $id) { purchaseOrderRule { required pattern updatedBy } } }',
      admin,
      { id: customerId },
    );
    expect(rule.customer.purchaseOrderRule).toEqual({ required: true, pattern: 'PO-\\d{6}', updatedBy: 'billing' });
    expect(second).toEqual(expect.any(String));
  });
});

describe('KPIs, scores and payment anomalies', () => {
  it('count exactly the planted defects, per KPI, in the next run', async () => {
    await qualityRun();
    const before = await kpis();

    // 3 billing addresses without postal code (through the API: a steward's edit).
    for (const id of ids.slice(0, 3)) {
      await run(
        'mutation($id: ID!, $input: CustomerUpdateInput!) { updateCustomer(id: $id, input: $input, reason: "test") { id } }',
        admin,
        {
          id,
          input: { billingAddress: { line1: 'Somewhere 1', city: 'Nowhere', country: 'DE' } },
        },
      );
    }
    // 4 stored tax ids that fail their check digits (legacy corruption).
    const taxIds = await sql(
      'customer',
      `select id, customer_id, value from tax_identifier where customer_id in (${ids
        .slice(10, 14)
        .map(() => '?')
        .join(',')})`,
      ids.slice(10, 14),
    );
    expect(taxIds.length).toBeGreaterThanOrEqual(4);
    const corrupted = new Set<string>();
    // One per customer; a digit too many breaks every kind, with or without a check digit.
    for (const row of taxIds.filter((r) => !corrupted.has(r.customer_id) && corrupted.add(r.customer_id))) {
      await sql('customer', 'update tax_identifier set value = ? where id = ?', [`${row.value}0`, row.id]);
    }
    // 2 pending match reviews: 4 suspected duplicates.
    for (const [n, [a, b]] of [
      [ids[20], ids[21]],
      [ids[22], ids[23]],
    ].entries()) {
      await sql(
        'customer',
        'insert into match_review (id, source_record_id, customer_id, candidate_customer_id, score, rule, reasons, status, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        [`mr_test_${n}`, `src_test_${n}`, a, b, 0.8, 'NAME', '[]', 'PENDING', new Date().toISOString()],
      );
    }
    // 2 invoices of customers that require a PO lose theirs.
    const withPo = await sql(
      'contract',
      'select i.id from invoice i join purchase_order_rule r on r.customer_id = i.customer_id where i.purchase_order_number is not null order by i.id limit 2',
    );
    expect(withPo).toHaveLength(2);
    for (const invoice of withPo)
      await sql('contract', 'update invoice set purchase_order_number = null where id = ?', [invoice.id]);
    // 5 bank details failing validation, from the billing system's extract.
    const badIbans = ids.slice(30, 35);
    const receipt = await run(
      'mutation($e: SystemExtractInput!) { recordSystemExtract(extract: $e) { correctionCasesOpened duplicate } }',
      steward,
      {
        e: {
          id: 'billing-bank-check',
          system: 'BILLING',
          businessDate: '2026-01-15',
          takenAt: '2026-01-15T20:00:00Z',
          customers: ids.slice(30, 40).map((id) => ({
            customerId: id,
            arBalance: '100.00',
            currency: 'EUR',
            iban: badIbans.includes(id) ? 'DE89 3704 0044 0532 0130 01' : 'DE89 3704 0044 0532 0130 00',
          })),
        },
      },
    );
    expect(receipt.recordSystemExtract).toEqual({ correctionCasesOpened: 5, duplicate: false });

    await qualityRun();
    const after = await kpis();
    expect(failing(after.ADDRESS_COMPLETENESS) - failing(before.ADDRESS_COMPLETENESS)).toBe(3);
    expect(failing(after.TAX_CODE_VALIDITY) - failing(before.TAX_CODE_VALIDITY)).toBe(4);
    expect(failing(after.DUPLICATE_RATE) - failing(before.DUPLICATE_RATE)).toBe(4);
    expect(failing(after.BANK_DETAIL_VALIDITY) - failing(before.BANK_DETAIL_VALIDITY)).toBe(5);
    expect(failing(after.PO_COVERAGE) - failing(before.PO_COVERAGE)).toBe(2);
    expect(after.PO_COVERAGE.denominator).toBe(before.PO_COVERAGE.denominator);
    // The offenders are exactly the planted customers, ranked 1..n.
    const offenders = (kpi: any) => kpi.topOffenders.map((o: any) => o.customer.id).sort();
    expect(offenders(after.ADDRESS_COMPLETENESS)).toEqual([...ids.slice(0, 3)].sort());
    expect(offenders(after.TAX_CODE_VALIDITY)).toEqual([...corrupted].sort());
    expect(offenders(after.BANK_DETAIL_VALIDITY)).toEqual([...badIbans].sort());
    expect(after.ADDRESS_COMPLETENESS.topOffenders.map((o: any) => o.rank)).toEqual([1, 2, 3]);
    // The trend ends with this run and starts with the seeded history.
    expect(after.ADDRESS_COMPLETENESS.trend).toHaveLength(3);
    expect(after.ADDRESS_COMPLETENESS.trend.at(-1)).toMatchObject({
      numerator: after.ADDRESS_COMPLETENESS.numerator,
      denominator: after.ADDRESS_COMPLETENESS.denominator,
    });

    // The customer's own score now names the failing rules.
    const quality = await run(
      'query($id: ID!) { customer(id: $id) { dataQuality { score issues { rule } } } }',
      steward,
      { id: [...corrupted][0] },
    );
    expect(quality.customer.dataQuality.issues.map((i: any) => i.rule)).toContain('valid.taxId');
    const bank = await run('query($id: ID!) { customer(id: $id) { dataQuality { issues { rule } } } }', steward, {
      id: badIbans[0],
    });
    expect(bank.customer.dataQuality.issues.map((i: any) => i.rule)).toContain('valid.bankDetails');
  });

  it('filters KPIs by segment and region, and keeps row scope', async () => {
    const all = await kpis();
    const eu = await kpis('EU');
    expect(eu.ADDRESS_COMPLETENESS.denominator).toBeLessThan(all.ADDRESS_COMPLETENESS.denominator);
    const segments = await Promise.all(
      ['ENTERPRISE', 'MID_MARKET', 'SMB'].map(
        async (segment) =>
          (
            await run(
              'query($s: CustomerSegment) { qualityKpis(segment: $s) { kpis { name denominator } } }',
              finance,
              { s: segment },
            )
          ).qualityKpis.kpis[0].denominator,
      ),
    );
    expect(segments.reduce((a, b) => a + b, 0)).toBe(all.ADDRESS_COMPLETENESS.denominator);
    const bi = await federation.token({ roles: ['customer_service'], regions: ['EU'] });
    const refused = await graphql(federation.gateway.url, '{ qualityKpis { runId } }', { token: bi });
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('flags exactly the planted payment anomalies, with reasons', async () => {
    // A contract of its own, so the planted payments meet no history of demo payments.
    const customerId = ids[45];
    const { createContract } = await run(
      'mutation($input: ContractInput!) { createContract(input: $input) { billingSchedule { id } } }',
      admin,
      {
        input: {
          customerId,
          number: 'CT-PAY-0001',
          startDate: '2024-01-01',
          endDate: '2024-12-31',
          currency: 'EUR',
          fixedConsideration: '4000.00',
          obligations: [
            {
              key: 'svc',
              description: 'Service',
              pattern: 'RATABLE',
              startDate: '2024-01-01',
              endDate: '2024-12-31',
              standaloneSellingPrice: '4000.00',
            },
          ],
          billingSchedule: ['2024-01-01', '2024-04-01', '2024-07-01', '2024-10-01'].map((date) => ({
            date,
            amount: '1000.00',
          })),
        },
      },
    );
    const billing = await federation.token({
      sub: 'billing',
      roles: ['billing_ops'],
      regions: ['EU', 'US', 'BR', 'IN', 'JP', 'CN', 'RU', 'SA', 'AU'],
    });
    const invoices: { id: string; issueDate: string }[] = [];
    for (const [n, entry] of createContract.billingSchedule.slice(0, 3).entries()) {
      const issued = await run(
        'mutation($id: ID!, $po: String) { issueInvoice(input: { billingEntryId: $id, purchaseOrderNumber: $po }) { id issueDate } }',
        billing,
        { id: entry.id, po: `PO-90000${n}` },
      );
      invoices.push(issued.issueInvoice);
    }
    const collections = await federation.token({
      sub: 'collector',
      roles: ['collections'],
      regions: ['EU', 'US', 'BR', 'IN', 'JP', 'CN', 'RU', 'SA', 'AU'],
    });
    const daysBefore = (date: string, days: number) =>
      new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
    await run('mutation($p: [PaymentInput!]!) { recordPayments(payments: $p) }', collections, {
      p: [
        // Overpays the first invoice by 1,000.00.
        {
          id: 'pay-over',
          invoiceId: invoices[0].id,
          receivedOn: invoices[0].issueDate,
          amount: '2000.00',
          method: 'WIRE',
        },
        // Received ten days before the second invoice was issued.
        {
          id: 'pay-early',
          invoiceId: invoices[1].id,
          receivedOn: daysBefore(invoices[1].issueDate, 10),
          amount: '1000.00',
          method: 'WIRE',
        },
        // The third invoice paid twice, same amount, same day.
        {
          id: 'pay-dup-1',
          invoiceId: invoices[2].id,
          receivedOn: invoices[2].issueDate,
          amount: '1000.00',
          method: 'WIRE',
        },
        {
          id: 'pay-dup-2',
          invoiceId: invoices[2].id,
          receivedOn: invoices[2].issueDate,
          amount: '1000.00',
          method: 'WIRE',
        },
      ],
    });
    await qualityRun();
    const { paymentAnomalies } = await run(
      '{ paymentAnomalies(first: 100) { customer { id } paymentId kind reason } }',
      finance,
    );
    const planted = paymentAnomalies.filter((x: any) => x.paymentId.startsWith('pay-'));
    expect(planted.map((x: any) => [x.paymentId, x.kind]).sort()).toEqual([
      ['pay-dup-2', 'DUPLICATE_PAYMENT'],
      ['pay-early', 'PAYMENT_BEFORE_INVOICE'],
      ['pay-over', 'OVERPAYMENT'],
    ]);
    expect(planted.find((x: any) => x.kind === 'OVERPAYMENT').reason).toMatch(/overpaid by 1,000\.00/);
    const mine = await run(
      'query($id: ID!) { customer(id: $id) { dataQuality { paymentProfile { paymentCount invoiceCount medianDaysToPay } paymentAnomalies { paymentId } } } }',
      finance,
      { id: customerId },
    );
    expect(mine.customer.dataQuality.paymentProfile.paymentCount).toBeGreaterThanOrEqual(4);
    expect(mine.customer.dataQuality.paymentProfile.invoiceCount).toBeGreaterThanOrEqual(3);
    expect(
      mine.customer.dataQuality.paymentAnomalies
        .map((x: any) => x.paymentId)
        .filter((id: string) => id.startsWith('pay-'))
        .sort(),
    ).toEqual(['pay-dup-2', 'pay-early', 'pay-over']);
  });
});

describe('merged customers', () => {
  it("count the merged customer's invoices and payments under the survivor", async () => {
    const [survivor, merged] = [ids[56], ids[57]];
    const invoicesOf = async (id: string) =>
      (
        await run('query($id: ID!) { customer(id: $id) { contracts { invoices { id } } } }', admin, { id })
      ).customer.contracts.flatMap((c: any) => c.invoices).length;
    const own = { survivor: await invoicesOf(survivor), merged: await invoicesOf(merged) };
    expect(own.merged).toBeGreaterThan(0);
    await run(
      'mutation($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m, reason: "quality test") { id } }',
      steward,
      { s: survivor, m: merged },
    );
    await qualityRun();
    const { customer } = await run(
      'query($id: ID!) { customer(id: $id) { dataQuality { paymentProfile { invoiceCount } } } }',
      finance,
      { id: survivor },
    );
    expect(customer.dataQuality.paymentProfile.invoiceCount).toBe(own.survivor + own.merged);
  });
});

describe('extracts: count drops, correction cases, reconciliation', () => {
  const extract = (
    id: string,
    system: string,
    day: string,
    customers: { customerId: string; arBalance: string; currency?: string; iban?: string; routingNumber?: string }[],
  ) =>
    run(
      'mutation($e: SystemExtractInput!) { recordSystemExtract(extract: $e) { customerCount duplicate correctionCasesOpened alerts { kind system message } } }',
      steward,
      {
        e: {
          id,
          system,
          businessDate: day,
          takenAt: `${day}T22:00:00Z`,
          customers: customers.map((c) => ({ currency: 'EUR', ...c })),
        },
      },
    );

  it('alerts on exactly the planted count drops of the billing extract, and not for other systems', async () => {
    const counts = [40, 41, 40, 42, 40, 24, 41, 40, 20, 40];
    const alerts: string[] = [];
    for (const [i, count] of counts.entries()) {
      const day = `2026-02-${String(i + 1).padStart(2, '0')}`;
      const receipt = (
        await extract(
          `billing-${day}`,
          'BILLING',
          day,
          ids.slice(0, count).map((customerId) => ({ customerId, arBalance: '10.00' })),
        )
      ).recordSystemExtract;
      alerts.push(...receipt.alerts.map((a: any) => `${day} ${a.kind}`));
      // GL extracts shrink too but are not watched by the billing count-drop rule's history.
      await extract(
        `gl-${day}`,
        'GL',
        day,
        ids.slice(0, count).map((customerId) => ({ customerId, arBalance: '10.00' })),
      );
    }
    expect(alerts.filter((a) => a.startsWith('2026-02'))).toEqual(['2026-02-06 COUNT_DROP', '2026-02-09 COUNT_DROP']);
    const again = await extract('billing-2026-02-09', 'BILLING', '2026-02-09', []);
    expect(again.recordSystemExtract).toMatchObject({ duplicate: true, alerts: [] });
    const { qualityAlerts } = await run('{ qualityAlerts(first: 50) { kind system extractId message } }', finance);
    expect(
      qualityAlerts
        .filter((a: any) => a.extractId?.startsWith('billing-2026-02'))
        .map((a: any) => a.extractId)
        .sort(),
    ).toEqual(['billing-2026-02-06', 'billing-2026-02-09']);
  });

  it('opens one correction case per bad bank detail, lists the overdue ones, and resolves them', async () => {
    const receipt = await extract('collections-bank', 'COLLECTIONS', '2026-03-01', [
      { customerId: ids[50], arBalance: '1.00', iban: 'GB82 WEST 1234 5698 7654 33' },
      { customerId: ids[51], arBalance: '1.00', iban: 'GB82 WEST 1234 5698 7654 32' },
      { customerId: ids[52], arBalance: '1.00', routingNumber: '021000022' },
      { customerId: ids[53], arBalance: '1.00', routingNumber: '021000021' },
    ]);
    expect(receipt.recordSystemExtract.correctionCasesOpened).toBe(2);
    const { correctionCases } = await run(
      '{ correctionCases(status: OPEN, first: 100) { id customer { id } field reasonCode message overdue dueAt extractId } }',
      steward,
    );
    const mine = correctionCases.filter((c: any) => c.extractId === 'collections-bank');
    expect(mine.map((c: any) => [c.customer.id, c.field, c.reasonCode]).sort()).toEqual(
      [
        [ids[50], 'iban', 'CHECK_DIGIT'],
        [ids[52], 'routingNumber', 'CHECK_DIGIT'],
      ].sort(),
    );
    expect(mine.every((c: any) => !c.overdue && !c.message.includes('5698'))).toBe(true);
    await federation.subgraphs.quality.database
      .fork()
      .nativeUpdate(CorrectionCaseEntity, { id: mine[0].id }, { dueAt: new Date(Date.now() - 86_400_000) });
    const overdue = await run('{ correctionCases(overdueOnly: true) { id overdue } }', steward);
    expect(overdue.correctionCases).toEqual([{ id: mine[0].id, overdue: true }]);
    const billing = await federation.token({
      sub: 'billing',
      roles: ['billing_ops'],
      regions: ['EU', 'US', 'BR', 'IN', 'JP', 'CN', 'RU', 'SA', 'AU'],
    });
    const resolved = await run(
      'mutation($id: ID!) { resolveCorrectionCase(id: $id, note: "Corrected with the customer") { status resolvedBy overdue } }',
      billing,
      { id: mine[0].id },
    );
    expect(resolved.resolveCorrectionCase).toEqual({ status: 'RESOLVED', resolvedBy: 'billing', overdue: false });
  });

  it('reconciles billing, ledger and collections per day, naming exactly the customers that explain the differences', async () => {
    // Totals belong to no region: only roles that see every region's amounts read them exactly.
    const auditor = await federation.token({ roles: ['auditor'] });
    const day = '2026-11-10';
    const base = ids.slice(0, 12).map((customerId, i) => ({ customerId, arBalance: `${100 + i}.00` }));
    await extract('rec-billing', 'BILLING', day, base);
    // The ledger misses two customers and disagrees on one amount.
    await extract(
      'rec-gl',
      'GL',
      day,
      base
        .filter((_, i) => i !== 3 && i !== 7)
        .map((c) => (c.customerId === ids[5] ? { ...c, arBalance: '999.00' } : c)),
    );
    await extract('rec-collections', 'COLLECTIONS', day, base);
    const { reconciliation } = await run(
      `query($d: Date!) { reconciliation(date: $d) { date balanced systems { system customerCount totals { amount currency } }
      differences { system against customerCountDifference totals { amount } } explainingCustomers { customer { id } reason missingFrom balances { system amount { amount } } } } }`,
      auditor,
      { d: day },
    );
    expect(reconciliation.balanced).toBe(false);
    expect(reconciliation.systems.map((s: any) => [s.system, s.customerCount])).toEqual([
      ['BILLING', 12],
      ['GL', 10],
      ['COLLECTIONS', 12],
    ]);
    expect(reconciliation.explainingCustomers.map((c: any) => [c.customer.id, c.reason]).sort()).toEqual(
      [
        [ids[3], 'MISSING'],
        [ids[5], 'AMOUNT'],
        [ids[7], 'MISSING'],
      ].sort(),
    );
    const gl = reconciliation.differences.find((d: any) => d.system === 'GL');
    // 103 + 107 missing, 999 - 105 extra: -210 + 894 = 684.
    expect(gl).toMatchObject({ against: 'BILLING', customerCountDifference: -2, totals: [{ amount: '684.00' }] });
    const gaps = await run(
      'query($id: ID!) { customer(id: $id) { dataQuality { reconciliationGaps { date reason balances { system amount { amount } } } } } }',
      admin,
      { id: ids[5] },
    );
    expect(gaps.customer.dataQuality.reconciliationGaps).toEqual([
      {
        date: day,
        reason: 'AMOUNT',
        balances: expect.arrayContaining([{ system: 'GL', amount: { amount: '999.00' } }]),
      },
    ]);
    expect((await run('{ reconciliation(date: "2026-11-11") { date } }', finance)).reconciliation).toBeNull();
    const rounded = await run(
      `query($d: Date!) { reconciliation(date: $d) { differences { system totals { amount } } } }`,
      finance,
      { d: day },
    );
    expect(rounded.reconciliation.differences.find((d: any) => d.system === 'GL').totals).toEqual([
      { amount: '1000.00' },
    ]);
  });
});

describe('drift and the sampling audit', () => {
  it('reports exactly the planted drifted fields, with the day each source started to differ', async () => {
    // A sample as large as the population is the whole (surviving) population.
    const before = (
      await run(
        '{ driftReport(sampleSize: 100, seed: "all") { sampled findings { customer { id } field sourceSystem } } }',
        steward,
      )
    ).driftReport;
    expect(before.sampled).toBe((await run('{ customers { totalCount } }', admin)).customers.totalCount);
    const records = await sql(
      'customer',
      `select id, customer_id, payload from source_record where source_system = 'CRM' and customer_id in (${ids
        .slice(40, 43)
        .map(() => '?')
        .join(',')})`,
      ids.slice(40, 43),
    );
    const em = federation.subgraphs.customer.database.fork();
    for (const record of records) {
      const payload = typeof record.payload === 'string' ? JSON.parse(record.payload) : record.payload;
      // The source now says the customer sits in another country than the golden record does.
      await em.nativeUpdate(
        SourceRecordEntity,
        { id: record.id },
        {
          payload: { ...payload, country: payload.country === 'AT' ? 'CH' : 'AT' },
          ingestedAt: new Date('2026-05-01T00:00:00.000Z'),
        },
      );
    }
    const after = (
      await run(
        '{ driftReport(sampleSize: 100, seed: "all") { findings { customer { id } field sourceSystem since } } }',
        steward,
      )
    ).driftReport;
    const countryDrifts = after.findings.filter((f: any) => f.field === 'country');
    expect(countryDrifts.length - before.findings.filter((f: any) => f.field === 'country').length).toBe(
      records.length,
    );
    expect(countryDrifts.filter((f: any) => ids.slice(40, 43).includes(f.customer.id))).toEqual(
      records
        .map((r) => ({
          customer: { id: r.customer_id },
          field: 'country',
          sourceSystem: 'CRM',
          since: '2026-05-01T00:00:00.000Z',
        }))
        .sort((x, y) => x.customer.id.localeCompare(y.customer.id)),
    );
    const again = (
      await run('{ driftReport(sampleSize: 10, seed: "fixed") { findings { customer { id } } } }', steward)
    ).driftReport;
    const twice = (
      await run('{ driftReport(sampleSize: 10, seed: "fixed") { findings { customer { id } } } }', steward)
    ).driftReport;
    expect(twice).toEqual(again);
  });

  it('estimates the error rate of contract dates against revenue schedules, finding exactly the planted errors', async () => {
    const clean = (
      await run(
        'mutation { runSamplingAudit(seed: "clean", confidence: 0.95, margin: 0.001) { population sampleSize errors lower upper } }',
        finance,
      )
    ).runSamplingAudit;
    expect(clean.sampleSize).toBe(clean.population);
    expect(clean.errors).toBe(0);
    // Three contracts whose end date was moved two months before their schedule ends.
    const contracts = await sql(
      'contract',
      "select distinct c.id, c.start_date from contract c join performance_obligation o on o.contract_id = c.id where o.pattern = 'RATABLE' and c.number like 'CT-20%' order by c.id limit 3",
    );
    for (const contract of contracts) {
      const start = new Date(String(contract.start_date).slice(0, 10));
      await sql('contract', 'update contract set end_date = ? where id = ?', [
        new Date(start.getTime() + 60 * 86_400_000).toISOString().slice(0, 10),
        contract.id,
      ]);
    }
    const audit = (
      await run(
        'mutation { runSamplingAudit(seed: "planted", confidence: 0.95, margin: 0.001) { population sampleSize errors errorRate lower upper findings { contractId problem } } }',
        finance,
      )
    ).runSamplingAudit;
    expect(audit.errors).toBe(3);
    expect(audit.findings.map((f: any) => f.contractId).sort()).toEqual(contracts.map((c) => c.id).sort());
    expect(audit.findings[0].problem).toMatch(/after the contract ends on/);
    expect(audit.errorRate).toBeCloseTo(3 / audit.sampleSize, 10);
    expect(audit.lower).toBeLessThan(audit.errorRate);
    expect(audit.upper).toBeGreaterThan(audit.errorRate);
    // A usual audit samples: reproducible for a seed.
    const sampled = async (seed: string) =>
      (
        await run(
          `mutation { runSamplingAudit(seed: "${seed}", margin: 0.1) { sampleSize findings { contractId } } }`,
          finance,
        )
      ).runSamplingAudit;
    const [x, y] = [await sampled('s1'), await sampled('s1')];
    expect(x.sampleSize).toBeLessThan(audit.population);
    expect(y).toEqual(x);
    const { samplingAudits } = await run('{ samplingAudits(first: 10) { seed errors } }', finance);
    expect(samplingAudits.length).toBeGreaterThanOrEqual(4);
  });
});
