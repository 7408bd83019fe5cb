import fs from 'node:fs';
import path from 'node:path';
import { InvoiceEntity } from '../../../../subgraphs/contract/entities/Invoice';
import { TaxExemptionCertificateEntity } from '../../../../subgraphs/contract/entities/TaxExemptionCertificate';
import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * Tax exemption certificates through the gateway: the file-drop provider's files loaded by
 * refreshTaxExemptions (a bad file refused whole, naming lines, quoting no certificate number),
 * read per customer with the number governed as TAX data, and applied by issueInvoice in the
 * jurisdiction of the customer's billing address: exempt under a certificate that holds; refused,
 * or issued taxable for review, under one that does not.
 */

let federation: TestFederation;
let dropDir: string;
let customerId: string;
let billing: string;
let admin: string;
let entries: Record<string, string>;

const HEADER = 'customerId,jurisdiction,certificateNumber,scope,validFrom,validTo,status,documentReference';
/** Certificate numbers no message, log or masked answer may show. */
const TEXAS = 'TX-EXM-99887766';
const TRAINING_ONLY = 'US-EXM-55443322';

const run = async (query: string, token: string, variables: Record<string, unknown> = {}) =>
  (await graphql(federation.gateway.url, query, { token, variables })).body;

const REFRESH = 'mutation { refreshTaxExemptions { provider batches { source certificates created updated } } }';
const EXEMPTIONS = `query($id: ID!) { customer(id: $id) { taxExemptions {
  id jurisdiction certificateNumber allProducts productCodes validFrom validTo status documentReference provider } } }`;
const ISSUE = `mutation($input: InvoiceFromScheduleInput!) { issueInvoice(input: $input) {
  id taxTreatment taxJurisdiction taxReview taxExemptionId } }`;

function drop(name: string, lines: string[]) {
  fs.mkdirSync(dropDir, { recursive: true });
  fs.writeFileSync(path.join(dropDir, name), `${HEADER}\n${lines.join('\n')}\n`);
}
const certificateLine = (number: string, fields: Partial<Record<string, string>> = {}) => {
  const row = {
    customerId,
    jurisdiction: 'US-TX',
    certificateNumber: number,
    scope: 'ALL',
    validFrom: '2026-01-01',
    validTo: '2026-12-31',
    status: 'VERIFIED',
    documentReference: `dms://tax/${number}.pdf`,
    ...fields,
  };
  return Object.values(row).join(',');
};
const stored = () =>
  federation.subgraphs.contract.database
    .fork()
    .find(TaxExemptionCertificateEntity, {}, { orderBy: { certificateNumber: 'asc' } });

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '40' });
  dropDir = federation.config.taxExemptions.dropDir;
  admin = await federation.token({ roles: ['admin'] });
  billing = await federation.token({ sub: 'billing.us', roles: ['billing_ops'], regions: ['US'] });
  const listed = await run('{ customers(first: 5, filter: { region: US }) { edges { node { id } } } }', admin);
  customerId = listed.data.customers.edges[0].node.id;
  const updated = await run(
    `mutation($id: ID!) { updateCustomer(id: $id, reason: "moved to Texas", input: {
      billingAddress: { line1: "100 Congress Ave", city: "Austin", region: "TX", postalCode: "78701", country: "US" },
      creditHold: false, creditLimit: { amount: "100000000.00", currency: "USD" } }) { id } }`,
    admin,
    { id: customerId },
  );
  expect(updated.errors).toBeUndefined();
  const created = await run(
    `mutation($input: ContractInput!) { createContract(input: $input) { billingSchedule { id date } } }`,
    admin,
    {
      input: {
        customerId,
        number: 'TAX-EXEMPT-1',
        startDate: '2026-01-01',
        endDate: '2027-12-31',
        currency: 'USD',
        fixedConsideration: '2400.00',
        obligations: [
          {
            key: 'platform',
            description: 'Platform',
            productCode: 'PLAT',
            pattern: 'RATABLE',
            startDate: '2026-01-01',
            endDate: '2027-12-31',
            standaloneSellingPrice: '2400.00',
          },
        ],
        billingSchedule: ['2026-03-01', '2027-02-01', '2027-03-01', '2027-04-01'].map((date) => ({
          date,
          amount: '600.00',
        })),
      },
    },
  );
  expect(created.errors).toBeUndefined();
  entries = Object.fromEntries(
    created.data.createContract.billingSchedule.map((entry: { id: string; date: string }) => [entry.date, entry.id]),
  );
});

afterAll(async () => {
  await federation?.close();
});

describe('refreshing from the file-drop provider', () => {
  it('refuses a bad file whole, naming its lines and quoting no certificate number, and loads it once fixed', async () => {
    drop('certificates-2026-12-01.csv', [
      certificateLine(TEXAS),
      certificateLine(TRAINING_ONLY, { jurisdiction: 'US', scope: 'TRAIN', validTo: '' }),
      certificateLine(TEXAS, { jurisdiction: 'US-TEXAS' }),
      certificateLine(TRAINING_ONLY, { customerId: 'cus_nobody' }),
      certificateLine(TRAINING_ONLY, { status: 'MAYBE' }),
    ]);
    drop('certificates-2026-12-02.csv', [certificateLine(TEXAS, { status: 'REVOKED' })]);
    const refused = await run(REFRESH, billing);
    expect(refused.data).toBeNull();
    const error = refused.errors?.[0];
    expect(error?.extensions?.code).toBe('TAX_CERTIFICATES_REFUSED');
    expect(error?.message).toBe(
      'no certificate of certificates-2026-12-01.csv was loaded, nor of any batch after it (0 loaded before it): ' +
        'certificates-2026-12-01.csv line 4: jurisdiction is not an ISO 3166 code: a country (DE) or a subdivision of one (US-TX); ' +
        'certificates-2026-12-01.csv line 5: customerId names no known customer; ' +
        'certificates-2026-12-01.csv line 6: status is not one of PENDING, VERIFIED, REJECTED, REVOKED',
    );
    expect(error?.extensions?.violations).toHaveLength(3);
    expect(JSON.stringify(refused)).not.toMatch(/99887766|55443322/);
    expect(await stored()).toEqual([]);
    expect(fs.readdirSync(dropDir).sort()).toEqual(['certificates-2026-12-01.csv', 'certificates-2026-12-02.csv']);

    drop('certificates-2026-12-01.csv', [
      certificateLine(TEXAS),
      certificateLine(TRAINING_ONLY, { jurisdiction: 'US', scope: 'TRAIN', validTo: '' }),
    ]);
    fs.rmSync(path.join(dropDir, 'certificates-2026-12-02.csv'));
    const loaded = await run(REFRESH, billing);
    expect(loaded.errors).toBeUndefined();
    expect(loaded.data.refreshTaxExemptions).toEqual({
      provider: 'file-drop',
      batches: [{ source: 'certificates-2026-12-01.csv', certificates: 2, created: 2, updated: 0 }],
    });
    expect(fs.readdirSync(dropDir)).toEqual(['processed']);
    expect(fs.readdirSync(path.join(dropDir, 'processed'))).toEqual([
      expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d-]+\.\d{3}Z-certificates-2026-12-01\.csv$/),
    ]);
    // Nothing new: a refresh loads nothing, and the same file again changes nothing.
    expect((await run(REFRESH, billing)).data.refreshTaxExemptions.batches).toEqual([]);
    drop('certificates-2026-12-01-again.csv', [certificateLine(TEXAS)]);
    expect((await run(REFRESH, billing)).data.refreshTaxExemptions.batches).toEqual([
      { source: 'certificates-2026-12-01-again.csv', certificates: 1, created: 0, updated: 0 },
    ]);
  });

  it('is for billing and admins, and only for customers in the caller’s regions', async () => {
    for (const role of ['customer_service', 'finance_analyst', 'data_steward'] as const) {
      const refused = await run(REFRESH, await federation.token({ roles: [role], regions: ['US'] }));
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    drop('certificates-2026-12-03.csv', [certificateLine(TEXAS, { validTo: '2026-11-30' })]);
    const elsewhere = await run(REFRESH, await federation.token({ roles: ['billing_ops'], regions: ['EU'] }));
    expect(elsewhere.errors?.[0]).toMatchObject({
      message: expect.stringContaining(
        'certificates-2026-12-03.csv line 2: customerId names a customer outside your regions',
      ),
      extensions: { code: 'TAX_CERTIFICATES_REFUSED' },
    });
    expect((await stored()).find((row) => row.certificateNumber === TEXAS)?.validTo).toBe('2026-12-31');
    fs.rmSync(path.join(dropDir, 'certificates-2026-12-03.csv'));
  });
});

describe("a customer's certificates", () => {
  it('show the number to roles granted TAX data, masked or hashed to others, and not at all out of region', async () => {
    const raw = await run(EXEMPTIONS, admin, { id: customerId });
    expect(raw.errors).toBeUndefined();
    expect(raw.data.customer.taxExemptions).toEqual([
      {
        id: expect.stringMatching(/^txc_/),
        jurisdiction: 'US',
        certificateNumber: TRAINING_ONLY,
        allProducts: false,
        productCodes: ['TRAIN'],
        validFrom: '2026-01-01',
        validTo: null,
        status: 'VERIFIED',
        documentReference: `dms://tax/${TRAINING_ONLY}.pdf`,
        provider: 'file-drop',
      },
      expect.objectContaining({ jurisdiction: 'US-TX', certificateNumber: TEXAS, allProducts: true, productCodes: [] }),
    ]);

    const service = await run(EXEMPTIONS, await federation.token({ roles: ['customer_service'], regions: ['US'] }), {
      id: customerId,
    });
    expect(service.data.customer.taxExemptions.map((c: { certificateNumber: string }) => c.certificateNumber)).toEqual([
      'XXXXXXXXXXX3322',
      'XXXXXXXXXXX7766',
    ]);
    expect(JSON.stringify(service)).not.toMatch(/99887766|55443322/);

    const bi = await run(EXEMPTIONS, await federation.token({ roles: ['bi_reader'] }), { id: customerId });
    const hashed = bi.data.customer.taxExemptions.map((c: { certificateNumber: string }) => c.certificateNumber);
    expect(hashed).toHaveLength(2);
    for (const value of hashed) expect(value).not.toMatch(/99887766|55443322/);
    expect(JSON.stringify(bi)).not.toMatch(/99887766|55443322/);

    const financeEu = await run(EXEMPTIONS, await federation.token({ roles: ['finance_analyst'], regions: ['EU'] }), {
      id: customerId,
    });
    expect(
      financeEu.data.customer.taxExemptions.map((c: { certificateNumber: string }) => c.certificateNumber),
    ).toEqual([TRAINING_ONLY, TEXAS]);
    const billingEu = await run(EXEMPTIONS, await federation.token({ roles: ['billing_ops'], regions: ['EU'] }), {
      id: customerId,
    });
    expect(billingEu.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(billingEu)).not.toMatch(/99887766|55443322/);
  });
});

describe('issueInvoice', () => {
  it('exempts an invoice billed in Texas within a verified certificate of every product', async () => {
    const body = await run(ISSUE, billing, { input: { billingEntryId: entries['2026-03-01'] } });
    expect(body.errors).toBeUndefined();
    const texas = (await stored()).find((row) => row.certificateNumber === TEXAS);
    expect(texas).toBeDefined();
    expect(body.data.issueInvoice).toMatchObject({
      taxTreatment: 'EXEMPT',
      taxJurisdiction: 'US-TX',
      taxReview: null,
      taxExemptionId: texas?.id,
    });
  });

  it('refuses an invoice billed after the certificate expired, saying why without its number, and writes nothing', async () => {
    const body = await run(ISSUE, billing, { input: { billingEntryId: entries['2027-02-01'] } });
    expect(body.data).toBeNull();
    const texas = (await stored()).find((row) => row.certificateNumber === TEXAS);
    expect(body.errors?.[0]).toMatchObject({
      message:
        `no invoice: tax exemption certificate ${texas?.id} of customer ${customerId} for US-TX expired after 2026-12-31, ` +
        'and the invoice is billed on 2027-02-01; have it renewed, or issue the invoice taxable for review ' +
        '(invalidTaxExemption: ISSUE_TAXABLE_FOR_REVIEW)',
      extensions: { code: 'TAX_EXEMPTION_INVALID', reason: 'EXPIRED' },
    });
    const invoices = await federation.subgraphs.contract.database
      .fork()
      .count(InvoiceEntity, { billingEntryId: entries['2027-02-01'] });
    expect(invoices).toBe(0);
  });

  it('issues it taxable and flagged for review when the call asks so', async () => {
    const body = await run(ISSUE, billing, {
      input: { billingEntryId: entries['2027-02-01'], invalidTaxExemption: 'ISSUE_TAXABLE_FOR_REVIEW' },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.issueInvoice).toMatchObject({
      taxTreatment: 'TAXABLE',
      taxJurisdiction: 'US-TX',
      taxReview: 'EXPIRED',
      taxExemptionId: (await stored()).find((row) => row.certificateNumber === TEXAS)?.id,
    });
  });

  it('refuses under a revoked certificate, and exempts again under its renewal', async () => {
    drop('certificates-2026-12-04.csv', [certificateLine(TEXAS, { status: 'REVOKED' })]);
    expect((await run(REFRESH, billing)).data.refreshTaxExemptions.batches).toEqual([
      { source: 'certificates-2026-12-04.csv', certificates: 1, created: 0, updated: 1 },
    ]);
    const revoked = await run(ISSUE, billing, { input: { billingEntryId: entries['2027-03-01'] } });
    expect(revoked.errors?.[0].extensions).toMatchObject({ code: 'TAX_EXEMPTION_INVALID', reason: 'REVOKED' });

    drop('certificates-2026-12-05.csv', [
      certificateLine('TX-EXM-2027-0001', { validFrom: '2027-01-01', validTo: '2027-12-31' }),
    ]);
    expect((await run(REFRESH, billing)).errors).toBeUndefined();
    const renewed = await run(ISSUE, billing, { input: { billingEntryId: entries['2027-03-01'] } });
    expect(renewed.data.issueInvoice).toMatchObject({
      taxTreatment: 'EXEMPT',
      taxExemptionId: (await stored()).find((row) => row.certificateNumber === 'TX-EXM-2027-0001')?.id,
    });
  });

  it('issues it taxable and unflagged where no certificate fits its jurisdiction and products', async () => {
    // Billed in Illinois now: the Texas certificates do not reach it, and the country-wide one covers training only.
    const moved = await run(
      `mutation($id: ID!) { updateCustomer(id: $id, reason: "moved to Illinois", input: {
        billingAddress: { line1: "1 N State St", city: "Chicago", region: "IL", postalCode: "60602", country: "US" } }) { id } }`,
      admin,
      { id: customerId },
    );
    expect(moved.errors).toBeUndefined();
    const body = await run(ISSUE, billing, { input: { billingEntryId: entries['2027-04-01'] } });
    expect(body.errors).toBeUndefined();
    expect(body.data.issueInvoice).toMatchObject({
      taxTreatment: 'TAXABLE',
      taxJurisdiction: 'US-IL',
      taxReview: null,
      taxExemptionId: null,
    });
  });
});
