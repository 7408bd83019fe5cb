import fs from 'node:fs';
import path from 'node:path';
import { today } from '../../../../lib/calendar';
import { CustomerEntity } from '../../../../subgraphs/customer/entities/Customer';
import { SourceRecordEntity } from '../../../../subgraphs/customer/entities/SourceRecord';
import { callSubgraph, graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * Credit scores from the risk vendor's file drop and the credit-limit rules, through the gateway: a
 * refresh applies a delivery whole (scores and band limits, through the change log) or refuses it
 * whole, a raise above the threshold waits for a second person, and the amounts that wait are
 * governed as Customer.creditLimit is.
 */

let federation: TestFederation;
let dropDir: string;
let ana: string;
let carl: string;
let steward: string;
let bi: string;
let finance: string;
/** Customers put in a known state: 5,000.00 EUR limit, score 30 (band D). */
let [a, b, c, d] = ['', '', '', ''];
let bRiskId = '';

const REFRESH = `mutation { refreshCreditScores { source deliveries { reference status rows scoresChanged olderThanOnFile
  limitsChanged limitChangesRequested withoutBandLimit problems { line reason } } } }`;
const CUSTOMER = `query($id: ID!) { customer(id: $id) { creditScore creditLimit { amount currency bucket }
  pendingCreditLimitChange { id status origin requestedBy currentLimit { amount currency } proposedLimit { amount currency bucket } } } }`;
const UPDATE = `mutation($id: ID!, $input: CustomerUpdateInput!) { updateCustomer(id: $id, input: $input, reason: "annual credit review") {
  paymentTerms { code } creditLimit { amount } pendingCreditLimitChange { id status origin requestedBy } } }`;
const APPROVE = `mutation($id: ID!) { approveCreditLimitChange(id: $id, note: "checked the bureau report") { id status decidedBy decisionNote } }`;
const REJECT = `mutation($id: ID!, $reason: String!) { rejectCreditLimitChange(id: $id, reason: $reason) { id status decidedBy decisionNote } }`;
const HISTORY = `query($id: ID!) { customer(id: $id) { changeHistory(first: 50) { field oldValue newValue actor reason } } }`;

async function run(query: string, token: string, variables: Record<string, unknown> = {}) {
  return (await graphql(federation.gateway.url, query, { token, variables })).body;
}

function drop(name: string, lines: string[]): string {
  const file = path.join(dropDir, name);
  fs.mkdirSync(dropDir, { recursive: true });
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

async function customer(id: string, token: string) {
  return (await run(CUSTOMER, token, { id })).data.customer;
}

async function history(id: string) {
  await federation.subgraphs.customer.settled();
  return (await run(HISTORY, await federation.token(), { id })).data.customer.changeHistory as {
    field: string;
    oldValue: string | null;
    newValue: string | null;
    actor: string;
    reason: string;
  }[];
}

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '40' });
  dropDir = federation.config.creditScores.dropDir;
  const token = (sub: string, role: Parameters<TestFederation['token']>[0] & object) =>
    federation.token({ sub, regions: ['EU', 'US'], ...role });
  ana = await token('ana.credit', { roles: ['credit_analyst'] });
  carl = await token('carl.credit', { roles: ['credit_analyst'] });
  steward = await token('sam.steward', { roles: ['data_steward'] });
  bi = await token('bo.reports', { roles: ['bi_reader'] });
  finance = await token('fin.analyst', { roles: ['finance_analyst'] });
  const em = federation.subgraphs.customer.database.fork();
  const risk = await em.find(SourceRecordEntity, { sourceSystem: 'RISK' }, { orderBy: { id: 'asc' } });
  const survivors = await em.find(CustomerEntity, { mergedInto: null }, { orderBy: { id: 'asc' } });
  const riskRecord = risk.find((record) => survivors.some((s) => s.id === record.customerId))!;
  b = riskRecord.customerId;
  bRiskId = riskRecord.sourceId;
  [a, c, d] = survivors.filter((s) => s.id !== b).map((s) => s.id);
  await em.nativeUpdate(
    CustomerEntity,
    { id: { $in: [a, b, c, d] } },
    { creditScore: 30, creditScoreAsOf: null, creditLimitMinor: 500_000, creditLimitCurrency: 'EUR' },
  );
});

afterAll(async () => {
  await federation?.close();
});

describe('a credit score refresh', () => {
  it("applies scores and the band's limits through the change log, and sends a big raise for approval", async () => {
    const file = drop('2026-12-01-scores.csv', [
      'customerId,sourceSystem,sourceId,score,asOf,vendorReference',
      `${a},,,45,2026-12-01,BUREAU-1`,
      `,RISK,${bRiskId},95,2026-12-01,BUREAU-2`,
      `${c},,,35,2026-12-01,BUREAU-3`,
    ]);
    const body = await run(REFRESH, ana);
    expect(body.errors).toBeUndefined();
    expect(body.data.refreshCreditScores).toEqual({
      source: 'file-drop',
      deliveries: [
        {
          reference: '2026-12-01-scores.csv',
          status: 'APPLIED',
          rows: 3,
          scoresChanged: 3,
          olderThanOnFile: 0,
          limitsChanged: 1,
          limitChangesRequested: 1,
          withoutBandLimit: 0,
          problems: [],
        },
      ],
    });
    // Applied files move aside; nothing is read twice.
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(path.join(dropDir, 'processed'))).toEqual([
      expect.stringMatching(/^\d{8}T\d{6}Z-2026-12-01-scores\.csv$/),
    ]);
    expect((await run(REFRESH, ana)).data.refreshCreditScores.deliveries).toEqual([]);

    // A moved from band D to C: 5,000 -> 50,000 EUR is within what one person may raise.
    expect(await customer(a, ana)).toMatchObject({
      creditScore: 45,
      creditLimit: { amount: '50000.00', currency: 'EUR' },
      pendingCreditLimitChange: null,
    });
    const aLog = await history(a);
    expect(aLog.find((entry) => entry.field === 'creditScore')).toMatchObject({
      oldValue: '30',
      newValue: '45',
      actor: 'ana.credit',
      reason: expect.stringMatching(
        /^credit score refresh: file-drop delivery 2026-12-01-scores\.csv, vendor reference BUREAU-1, as of 2026-12-01/,
      ),
    });
    expect(aLog.find((entry) => entry.field === 'creditLimit')).toMatchObject({
      newValue: '{"currency":"EUR","minor":5000000}',
      actor: 'ana.credit',
      reason: expect.stringContaining('the credit limit of the score band (credit limit policy'),
    });

    // B, found by its RISK record, moved to band A: a raise of 495,000 EUR waits for a second person.
    expect(await customer(b, ana)).toMatchObject({
      creditScore: 95,
      creditLimit: { amount: '5000.00', currency: 'EUR' },
      pendingCreditLimitChange: {
        status: 'REQUESTED',
        origin: 'SCORE_BAND',
        requestedBy: 'ana.credit',
        currentLimit: { amount: '5000.00', currency: 'EUR' },
        proposedLimit: { amount: '500000.00', currency: 'EUR' },
      },
    });
    expect((await history(b)).filter((entry) => entry.field === 'creditLimit' && entry.actor === 'ana.credit')).toEqual(
      [],
    );

    // C stayed in band D: its score changed, its limit did not.
    expect(await customer(c, ana)).toMatchObject({ creditScore: 35, creditLimit: { amount: '5000.00' } });
  });

  it('leaves a score alone when a delivery scored it earlier than the score on file', async () => {
    drop('2026-11-30-late.csv', ['customerId,score,asOf,vendorReference', `${a},12,2026-11-30,BUREAU-0`]);
    const [delivery] = (await run(REFRESH, ana)).data.refreshCreditScores.deliveries;
    expect(delivery).toMatchObject({ status: 'APPLIED', rows: 1, olderThanOnFile: 1, scoresChanged: 0 });
    expect(await customer(a, ana)).toMatchObject({ creditScore: 45, creditLimit: { amount: '50000.00' } });
  });

  it('refuses a bad delivery whole, with a reason per line that quotes no value, and keeps it to be corrected', async () => {
    const file = drop('2026-12-02-scores.csv', [
      'customerId,score,asOf,vendorReference',
      `${a},70,2026-12-02,BUREAU-4`,
      `${c},150,2026-12-02,BUREAU-5`,
      'cus_999999,60,2026-12-02,BUREAU-6',
      `${d},61,${today().replace(/^\d{4}/, (year) => String(Number(year) + 1))},BUREAU-7`,
      `${a},71,2026-12-02,BUREAU-8`,
    ]);
    const [delivery] = (await run(REFRESH, ana)).data.refreshCreditScores.deliveries;
    expect(delivery).toEqual({
      reference: '2026-12-02-scores.csv',
      status: 'REFUSED',
      rows: 5,
      scoresChanged: 0,
      olderThanOnFile: 0,
      limitsChanged: 0,
      limitChangesRequested: 0,
      withoutBandLimit: 0,
      problems: [
        { line: 3, reason: 'score must be a whole number from 1 to 100' },
        { line: 4, reason: 'no customer cus_999999 is on file' },
        { line: 5, reason: 'asOf is later than today' },
        { line: 6, reason: 'scores the same customer as line 2' },
      ],
    });
    expect(JSON.stringify(delivery)).not.toContain('150');
    expect(fs.existsSync(file)).toBe(true);
    expect(await customer(a, ana)).toMatchObject({ creditScore: 45, creditLimit: { amount: '50000.00' } });
    expect(await customer(d, ana)).toMatchObject({ creditScore: 30 });
    fs.rmSync(file);
  });

  it('is for credit analysts and admins only', async () => {
    for (const token of [finance, steward, bi])
      expect((await run(REFRESH, token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a credit-limit change waiting for approval', () => {
  it('is never approved by its maker, nor by a job; another person approves it and the change log names both', async () => {
    const { id } = (await customer(b, ana)).pendingCreditLimitChange;
    const own = await run(APPROVE, ana, { id });
    expect(own.errors?.[0]).toMatchObject({
      message: `Credit-limit change ${id} was requested by you; another person must approve or reject it`,
      extensions: { code: 'FORBIDDEN' },
    });
    const asJob = await callSubgraph(federation, 'customer', APPROVE, {
      principal: { sub: 'job:credit-scores', roles: ['credit_analyst'], regions: ['EU', 'US'] },
      variables: { id },
    });
    expect(asJob.body.errors?.[0]).toMatchObject({
      message: `Credit-limit change ${id} needs a person's decision; a job cannot make it`,
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await run(APPROVE, steward, { id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await customer(b, ana)).toMatchObject({ creditLimit: { amount: '5000.00' } });

    const approved = await run(APPROVE, carl, { id });
    expect(approved.data.approveCreditLimitChange).toEqual({
      id,
      status: 'APPROVED',
      decidedBy: 'carl.credit',
      decisionNote: 'checked the bureau report',
    });
    expect(await customer(b, ana)).toMatchObject({
      creditLimit: { amount: '500000.00', currency: 'EUR' },
      pendingCreditLimitChange: null,
    });
    const entry = (await history(b)).find((change) => change.field === 'creditLimit' && change.actor === 'carl.credit');
    expect(entry).toMatchObject({
      oldValue: '{"currency":"EUR","minor":500000}',
      newValue: '{"currency":"EUR","minor":50000000}',
      actor: 'carl.credit',
      reason: expect.stringContaining(
        `(credit-limit change ${id}: requested by ana.credit, approved by carl.credit: checked the bureau report)`,
      ),
    });
    const again = await run(APPROVE, carl, { id });
    expect(again.errors?.[0]).toMatchObject({
      message: `credit-limit change ${id} was already approved`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it("holds back a person's big raise through updateCustomer, applies the rest, and a rejection keeps the limit", async () => {
    const raised = await run(UPDATE, ana, {
      id: c,
      input: { creditLimit: { amount: '200000.00', currency: 'EUR' }, paymentTermsCode: 'NET60' },
    });
    expect(raised.errors).toBeUndefined();
    expect(raised.data.updateCustomer).toMatchObject({
      paymentTerms: { code: 'NET60' },
      creditLimit: { amount: '5000.00' },
      pendingCreditLimitChange: { status: 'REQUESTED', origin: 'STEWARD', requestedBy: 'ana.credit' },
    });
    const { id } = raised.data.updateCustomer.pendingCreditLimitChange;
    const blank = await run(REJECT, carl, { id, reason: '  ' });
    expect(blank.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const rejected = await run(REJECT, carl, { id, reason: 'the bureau report does not support it' });
    expect(rejected.data.rejectCreditLimitChange).toMatchObject({ status: 'REJECTED', decidedBy: 'carl.credit' });
    expect(await customer(c, ana)).toMatchObject({
      creditLimit: { amount: '5000.00' },
      pendingCreditLimitChange: null,
    });
  });

  it('is superseded by a later change of the limit, which a small one applies at once', async () => {
    const first = await run(UPDATE, ana, { id: d, input: { creditLimit: { amount: '300000.00', currency: 'EUR' } } });
    const waiting = first.data.updateCustomer.pendingCreditLimitChange.id;
    const lowered = await run(UPDATE, carl, { id: d, input: { creditLimit: { amount: '4000.00', currency: 'EUR' } } });
    expect(lowered.data.updateCustomer).toMatchObject({
      creditLimit: { amount: '4000.00' },
      pendingCreditLimitChange: null,
    });
    const list = await run(`query($id: ID!) { creditLimitChanges(customerId: $id) { id status decisionNote } }`, ana, {
      id: d,
    });
    expect(list.data.creditLimitChanges).toEqual([
      { id: waiting, status: 'SUPERSEDED', decisionNote: 'superseded: carl.credit changed the limit at once' },
    ]);
    const late = await run(APPROVE, carl, { id: waiting });
    expect(late.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is not applied over a limit that a source changed since it was asked for', async () => {
    const asked = await run(UPDATE, ana, { id: c, input: { creditLimit: { amount: '250000.00', currency: 'EUR' } } });
    const { id } = asked.data.updateCustomer.pendingCreditLimitChange;
    const cdc = await run(
      'mutation($events: [ChangeEventInput!]!) { applyChanges(events: $events) { applied } }',
      await federation.token({ roles: ['data_steward'] }),
      {
        events: [
          {
            source: 'RISK',
            customerId: c,
            attribute: 'creditLimit',
            value: JSON.stringify({ minor: 700_000, currency: 'EUR' }),
            sequence: 1,
            at: new Date().toISOString(),
          },
        ],
      },
    );
    expect(cdc.data.applyChanges.applied).toBe(1);
    const stale = await run(APPROVE, carl, { id });
    expect(stale.errors?.[0]).toMatchObject({
      message: `the credit limit of customer ${c} changed since ${id} was requested; reject it and ask again`,
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await customer(c, ana)).toMatchObject({
      creditLimit: { amount: '7000.00' },
      pendingCreditLimitChange: { id, status: 'REQUESTED' },
    });
    await run(REJECT, carl, { id, reason: 'the risk system changed the limit meanwhile' });
  });

  it('shows its amounts as Customer.creditLimit is shown: raw, bucketed or withheld, by role, and no error quotes them', async () => {
    const asked = await run(UPDATE, ana, { id: d, input: { creditLimit: { amount: '300000.00', currency: 'EUR' } } });
    const { id } = asked.data.updateCustomer.pendingCreditLimitChange;
    const LIST = `query { creditLimitChanges(status: REQUESTED) { id customer { id } proposedLimit { amount currency bucket } currentLimit { amount } } }`;

    const raw = (await run(LIST, carl)).data.creditLimitChanges.find((change: { id: string }) => change.id === id);
    expect(raw).toMatchObject({
      proposedLimit: { amount: '300000.00', currency: 'EUR', bucket: null },
      currentLimit: { amount: '4000.00' },
    });

    // A steward sees credit data withheld (NULLIFY): the limit and the amounts waiting alike.
    const stewards = await run(LIST, steward);
    const seen = stewards.data.creditLimitChanges.find((change: { id: string }) => change.id === id);
    expect(seen).toMatchObject({ customer: { id: d }, proposedLimit: null, currentLimit: null });
    expect((await customer(d, steward)).creditLimit).toBeNull();

    // A BI reader sees both bucketed, through the customer (the list is not theirs to read).
    const bis = await customer(d, bi);
    expect(bis.creditLimit).toMatchObject({ bucket: '0-10000' });
    expect(bis.pendingCreditLimitChange.proposedLimit).toMatchObject({ bucket: '100000-500000' });
    expect(bis.pendingCreditLimitChange.proposedLimit.amount).not.toBe('300000.00');
    expect((await run(LIST, bi)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const refused = await run(APPROVE, ana, { id });
    expect(refused.errors?.[0].message).toBe(
      `Credit-limit change ${id} was requested by you; another person must approve or reject it`,
    );
  });
});
