import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../../../lib/logger';
import type { Principal } from '../../../../lib/principal';
import { refuseUnderLegalHold } from '../../../../subgraphs/kit/legalHolds';
import { createServiceClient } from '../../../../subgraphs/kit/serviceClient';
import type { BackgroundServices } from '../../../../subgraphs/kit/subgraph';
import { ChangeLogEntryEntity } from '../../../../subgraphs/audit/entities/ChangeLogEntry';
import { ContractEntity } from '../../../../subgraphs/contract/entities/Contract';
import { InvoiceEntity } from '../../../../subgraphs/contract/entities/Invoice';
import { CustomerEntity } from '../../../../subgraphs/customer/entities/Customer';
import { SystemExtractEntity } from '../../../../subgraphs/quality/entities/SystemExtract';
import { SYNTHETIC_BUSINESS_DATE } from '../../../../lib/syntheticMarker';
import { callSubgraph, graphql, startTestFederation, type TestFederation } from '../../../support/federation';
import { startJobRunner, until } from '../../../support/gateways';

/**
 * Retention and legal holds through the gateway: the schedule is readable, holds are placed and
 * released by the roles the policy names, a dry run reports and removes nothing, a real purge
 * removes what is past retention and holds back what a hold covers until it is released, and a
 * hold refuses an unmerge and a synthetic purge. The weekly job runs a dry run by default.
 *
 * Old records: no write path dates an invoice other than today, so setup dates seeded invoices
 * back in the contract database; old change-log entries are recorded through recordChanges (as the
 * customer service), which takes the change's date.
 */

const CUSTOMER_SERVICE: Principal = { sub: 'service:customer', roles: [], regions: [], service: 'customer' };
const RUN =
  'id dryRun asOf status finishedAt removed heldBack lines { recordClass jurisdiction rule by expired removed firstIds heldBack { holdId matter records } }';
const HOLD = 'id matter status customerIds recordClasses from to placedBy releasedBy releaseReason';

let federation: TestFederation;
let admin: string;
let auditor: string;
let steward: string;
let finance: string;
/** Customers with an invoice each: `purged` loses its old one, `held` keeps its own under a hold. */
let purged: { customerId: string; invoiceId: string; country: string };
let held: { customerId: string; invoiceId: string; contractId: string };
let recentInvoiceId: string;

const contractDb = () => federation.subgraphs.contract.database.fork();
const auditDb = () => federation.subgraphs.audit.database.fork();

async function run(token: string, query: string, variables: Record<string, unknown> = {}) {
  return (await graphql(federation.gateway.url, query, { token, variables })).body;
}

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) => body.errors?.[0]?.extensions?.code;

function oldChange(id: string, customerId: string, at: string) {
  return {
    changeId: id,
    entity: 'Customer',
    entityId: customerId,
    field: 'status',
    oldValue: JSON.stringify('ACTIVE'),
    newValue: JSON.stringify('INACTIVE'),
    actor: 'steward@example.com',
    at,
    reason: 'retention test',
  };
}

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '30' });
  admin = await federation.token({ roles: ['admin'] });
  auditor = await federation.token({ sub: 'aud', roles: ['auditor'] });
  steward = await federation.token({ sub: 'stew', roles: ['data_steward'] });
  finance = await federation.token({ sub: 'fin', roles: ['finance_analyst'] });

  const invoices = await contractDb().find(InvoiceEntity, {}, { orderBy: { id: 'asc' } });
  const first = invoices[0];
  const second = invoices.find((invoice) => invoice.customerId !== first.customerId)!;
  const recent = invoices.find((i) => i.customerId !== first.customerId && i.customerId !== second.customerId)!;
  const customer = await federation.subgraphs.customer.database.fork().findOneOrFail(CustomerEntity, first.customerId);
  purged = {
    customerId: first.customerId,
    invoiceId: first.id,
    country: customer.billingAddress?.country ?? customer.country,
  };
  held = { customerId: second.customerId, invoiceId: second.id, contractId: second.contractId };
  recentInvoiceId = recent.id;
  // 2012: past every invoice rule (10 years from the end of 2012 ended with 2022).
  await contractDb().nativeUpdate(InvoiceEntity, { id: { $in: [first.id, second.id] } }, { issueDate: '2012-02-01' });
  await contractDb().nativeUpdate(InvoiceEntity, { id: recent.id }, { issueDate: '2026-11-02' });

  const recorded = await callSubgraph(
    federation,
    'audit',
    'mutation Record($changes: [ChangeInput!]!) { recordChanges(changes: $changes) }',
    {
      principal: CUSTOMER_SERVICE,
      variables: {
        changes: [
          oldChange('chg_retention_old_purged', purged.customerId, '2015-01-10T09:00:00.000Z'),
          oldChange('chg_retention_old_held', held.customerId, '2015-01-10T09:00:00.000Z'),
          oldChange('chg_retention_young', purged.customerId, '2024-01-10T09:00:00.000Z'),
        ],
      },
    },
  );
  expect(recorded.body.errors).toBeUndefined();
});

afterAll(async () => {
  await federation?.close();
});

describe('the retention schedule', () => {
  it('is readable by auditors and stewards, and covers invoice history per jurisdiction with a default', async () => {
    const body = await run(
      auditor,
      '{ retentionRules(recordClass: INVOICE_HISTORY) { jurisdiction years runsFrom basis } }',
    );
    expect(body.errors).toBeUndefined();
    const rules = body.data.retentionRules as { jurisdiction: string | null; years: number }[];
    expect(rules[0]).toMatchObject({ jurisdiction: null, years: 10, runsFrom: 'END_OF_YEAR' });
    expect(rules.find((rule) => rule.jurisdiction === 'DE')).toMatchObject({ years: 10 });
    expect(rules.find((rule) => rule.jurisdiction === 'US')).toMatchObject({ years: 7 });
    expect(rules.find((rule) => rule.jurisdiction === 'GB')).toMatchObject({ years: 6 });
    expect((await run(steward, '{ retentionRules { recordClass } }')).errors).toBeUndefined();
    expect(codeOf(await run(finance, '{ retentionRules { recordClass } }'))).toBe('FORBIDDEN');
  });
});

describe('legal holds, the purge and what holds refuse', () => {
  let holdId: string;

  it('refuses bad input with BAD_USER_INPUT and unauthorised roles with FORBIDDEN', async () => {
    const place = 'mutation($input: LegalHoldInput!) { placeLegalHold(input: $input) { id } }';
    const cases: Record<string, unknown>[] = [
      { matter: 'M-1', description: 'no scope' },
      { matter: 'M-1', description: 'empty scope', customerIds: [], recordClasses: [] },
      { matter: 'M-1', description: 'unknown class', recordClasses: ['EMAILS'] },
      { matter: 'M-1', description: 'backwards', from: '2020-01-01', to: '2019-01-01' },
      { matter: 'M-1', description: 'no such customer', customerIds: ['cus_nobody'] },
      { matter: '', description: 'no matter', recordClasses: ['INVOICE_HISTORY'] },
      { matter: 'M-1', description: 'bad date', from: '2020-02-30' },
    ];
    for (const input of cases)
      expect([input.description, codeOf(await run(admin, place, { input }))]).toEqual([
        input.description,
        'BAD_USER_INPUT',
      ]);
    const input = { matter: 'M-1', description: 'a steward may not', recordClasses: ['INVOICE_HISTORY'] };
    expect(codeOf(await run(steward, place, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await run(finance, '{ legalHolds { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await run(auditor, 'mutation { runRetentionPurge { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await run(steward, '{ retentionPurgeRuns { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await run(admin, 'mutation { runRetentionPurge(dryRun: false, asOf: "2030-01-01") { id } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await contractDb().count(InvoiceEntity, { id: purged.invoiceId })).toBe(1);
  });

  it('places a hold (an auditor), audited on the trail, and lists it for stewards', async () => {
    const placed = await run(
      auditor,
      `mutation($input: LegalHoldInput!) { placeLegalHold(input: $input) { ${HOLD} } }`,
      {
        input: { matter: 'Case 4711', description: 'Dispute over 2012 billing', customerIds: [held.customerId] },
      },
    );
    expect(placed.errors).toBeUndefined();
    expect(placed.data.placeLegalHold).toMatchObject({
      matter: 'Case 4711',
      status: 'ACTIVE',
      customerIds: [held.customerId],
      recordClasses: [],
      from: null,
      placedBy: 'aud',
    });
    holdId = placed.data.placeLegalHold.id;
    const listed = await run(steward, `{ legalHolds(status: ACTIVE) { ${HOLD} } }`);
    expect(listed.data.legalHolds.map((h: { id: string }) => h.id)).toContain(holdId);
    const trail = await run(
      auditor,
      '{ auditEvents(filter: { sub: "aud" }, first: 50) { edges { node { operationName operationType operationText } } } }',
    );
    const texts = trail.data.auditEvents.edges.map(
      (edge: { node: { operationText: string } }) => edge.node.operationText,
    );
    expect(texts.some((text: string) => text.includes('placeLegalHold'))).toBe(true);
  });

  it('reports in a dry run what is past retention and what the hold keeps, and removes nothing', async () => {
    const body = await run(admin, `mutation { runRetentionPurge { ${RUN} } }`);
    expect(body.errors).toBeUndefined();
    const report = body.data.runRetentionPurge;
    expect(report).toMatchObject({ dryRun: true, status: 'COMPLETED' });
    const invoiceLines = report.lines.filter((line: { recordClass: string }) => line.recordClass === 'INVOICE_HISTORY');
    expect(invoiceLines.flatMap((line: { firstIds: string[] }) => line.firstIds)).toContain(purged.invoiceId);
    expect(invoiceLines.flatMap((line: { firstIds: string[] }) => line.firstIds)).not.toContain(held.invoiceId);
    const heldBack = invoiceLines.flatMap((line: { heldBack: object[] }) => line.heldBack);
    expect(heldBack).toContainEqual({ holdId, matter: 'Case 4711', records: 1 });
    const ownLine = invoiceLines.find((line: { firstIds: string[] }) => line.firstIds.includes(purged.invoiceId));
    expect(ownLine.jurisdiction).toBe(purged.country);
    const logLine = report.lines.find((line: { recordClass: string }) => line.recordClass === 'CUSTOMER_CHANGE_LOG');
    expect(logLine).toMatchObject({ jurisdiction: expect.any(String), by: expect.any(String) });
    expect(report.lines.flatMap((line: { firstIds: string[] }) => line.firstIds)).toContain('chg_retention_old_purged');
    expect(report.heldBack).toBeGreaterThanOrEqual(2);

    expect(await contractDb().count(InvoiceEntity, { id: { $in: [purged.invoiceId, held.invoiceId] } })).toBe(2);
    expect(await auditDb().count(ChangeLogEntryEntity, { id: 'chg_retention_old_purged' })).toBe(1);

    const preview = await run(admin, `mutation { runRetentionPurge(asOf: "2016-01-01") { ${RUN} } }`);
    expect(preview.data.runRetentionPurge).toMatchObject({ dryRun: true, asOf: '2016-01-01', removed: 0, lines: [] });
  });

  it('refuses a synthetic purge and an unmerge that touch held customers, with LEGAL_HOLD', async () => {
    const marker = 'SYN-retention-hold-1';
    await contractDb().nativeUpdate(ContractEntity, { id: held.contractId }, { number: `${marker}-C` });
    const purge = await run(admin, 'mutation($m: String!) { purgeSyntheticContracts(marker: $m) }', { m: marker });
    expect(codeOf(purge)).toBe('LEGAL_HOLD');
    expect(purge.errors?.[0].extensions?.holds).toEqual([{ id: holdId, matter: 'Case 4711' }]);
    expect(await contractDb().count(ContractEntity, { id: held.contractId })).toBe(1);

    const others = (
      await federation.subgraphs.customer.database.fork().find(CustomerEntity, {
        id: { $nin: [held.customerId, purged.customerId] },
        mergedInto: null,
      })
    ).slice(0, 1);
    const merged = await run(
      steward,
      'mutation($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m, reason: "duplicate") { id } }',
      {
        s: others[0].id,
        m: held.customerId,
      },
    );
    expect(merged.errors).toBeUndefined();
    const unmerge = 'mutation($id: ID!) { unmergeCustomers(mergeId: $id, reason: "wrong match") { id unmergedAt } }';
    const refused = await run(steward, unmerge, { id: merged.data.mergeCustomers.id });
    expect(codeOf(refused)).toBe('LEGAL_HOLD');
    expect(refused.errors?.[0].message).toContain('Case 4711');
    // Put back as it was, so the purge judges the held customer as itself; the hold is lifted for it and placed again.
    await run(admin, `mutation($id: ID!) { releaseLegalHold(id: $id, reason: "unmerge of a wrong match") { id } }`, {
      id: holdId,
    });
    expect((await run(steward, unmerge, { id: merged.data.mergeCustomers.id })).errors).toBeUndefined();
    const again = await run(auditor, `mutation($input: LegalHoldInput!) { placeLegalHold(input: $input) { id } }`, {
      input: { matter: 'Case 4711', description: 'Dispute over 2012 billing, again', customerIds: [held.customerId] },
    });
    holdId = again.data.placeLegalHold.id;
  });

  it('refuses a synthetic quality purge under a hold on everything of its day, and allows it once released', async () => {
    const marker = 'SYN-retention-hold-2';
    const now = new Date();
    // The probe's extracts, as recordSystemExtract would keep them for the synthetic business day.
    await federation.subgraphs.quality.database.fork().insert(SystemExtractEntity, {
      id: `${marker}-BILLING`,
      system: 'BILLING',
      businessDate: SYNTHETIC_BUSINESS_DATE,
      takenAt: now,
      customerCount: 1,
      receivedAt: now,
      receivedBy: 'job:synthetic-probe',
    });
    const placed = await run(admin, `mutation($input: LegalHoldInput!) { placeLegalHold(input: $input) { id } }`, {
      input: { matter: 'Audit 1999', description: 'Everything of 1999', from: '1999-01-01', to: '1999-12-31' },
    });
    const purge = 'mutation($m: String!) { purgeSyntheticQuality(marker: $m) }';
    const refused = await run(admin, purge, { m: marker });
    expect(codeOf(refused)).toBe('LEGAL_HOLD');
    expect(refused.errors?.[0].extensions?.holds).toEqual([
      { id: placed.data.placeLegalHold.id, matter: 'Audit 1999' },
    ]);
    await run(admin, 'mutation($id: ID!) { releaseLegalHold(id: $id, reason: "closed") { id } }', {
      id: placed.data.placeLegalHold.id,
    });
    expect((await run(admin, purge, { m: marker })).data).toEqual({ purgeSyntheticQuality: 1 });
  });

  it('refuses a destructive change when the audit subgraph cannot be asked (fail closed)', async () => {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // The real service client, asking where nothing answers any more.
    const services = {
      config: federation.config,
      log: createLogger('test', 'silent'),
      peerUrl: () => `http://127.0.0.1:${port}/graphql`,
    } as unknown as BackgroundServices;
    const asked = refuseUnderLegalHold(
      createServiceClient(services, 'customer'),
      'Undoing a merge',
      [held.customerId],
      ['SOURCE_RECORD'],
    );
    await expect(asked).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
  });

  it('removes what is past retention in a real purge and keeps what the hold covers', async () => {
    const body = await run(admin, `mutation { runRetentionPurge(dryRun: false) { ${RUN} } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.runRetentionPurge).toMatchObject({
      dryRun: false,
      status: 'COMPLETED',
      finishedAt: expect.any(String),
    });
    expect(body.data.runRetentionPurge.removed).toBeGreaterThanOrEqual(2);
    expect(await contractDb().count(InvoiceEntity, { id: purged.invoiceId })).toBe(0);
    expect(await contractDb().count(InvoiceEntity, { id: { $in: [held.invoiceId, recentInvoiceId] } })).toBe(2);
    expect(await auditDb().count(ChangeLogEntryEntity, { id: 'chg_retention_old_purged' })).toBe(0);
    expect(
      await auditDb().count(ChangeLogEntryEntity, { id: { $in: ['chg_retention_old_held', 'chg_retention_young'] } }),
    ).toBe(2);
  });

  it('releases the hold only with a reason, and the next purge removes what it kept', async () => {
    const release = `mutation($id: ID!, $reason: String!) { releaseLegalHold(id: $id, reason: $reason) { ${HOLD} } }`;
    expect(codeOf(await run(auditor, release, { id: holdId, reason: '  ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await run(steward, release, { id: holdId, reason: 'settled' }))).toBe('FORBIDDEN');
    const released = await run(auditor, release, { id: holdId, reason: 'Case settled' });
    expect(released.data.releaseLegalHold).toMatchObject({
      status: 'RELEASED',
      releasedBy: 'aud',
      releaseReason: 'Case settled',
    });
    expect(codeOf(await run(auditor, release, { id: holdId, reason: 'twice' }))).toBe('BAD_USER_INPUT');

    const body = await run(admin, `mutation { runRetentionPurge(dryRun: false) { ${RUN} } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.runRetentionPurge.heldBack).toBe(0);
    expect(await contractDb().count(InvoiceEntity, { id: held.invoiceId })).toBe(0);
    expect(await contractDb().count(InvoiceEntity, { id: recentInvoiceId })).toBe(1);
    expect(await auditDb().count(ChangeLogEntryEntity, { id: 'chg_retention_old_held' })).toBe(0);
    expect(await auditDb().count(ChangeLogEntryEntity, { id: 'chg_retention_young' })).toBe(1);

    const runs = await run(auditor, '{ retentionPurgeRuns(first: 10) { id dryRun removed } }');
    expect(runs.data.retentionPurgeRuns.map((r: { dryRun: boolean }) => r.dryRun)).toEqual([false, false, true, true]);
  });

  it('runs weekly as a dry run unless RETENTION_PURGE=enforce', async () => {
    const runner = await startJobRunner(federation);
    try {
      const asked = await run(admin, 'mutation { runJobNow(job: "retention-purge") { id } }');
      expect(asked.errors).toBeUndefined();
      const jobRun = await until(
        'the retention purge job',
        async () =>
          (await run(admin, '{ jobRuns(job: "retention-purge", first: 5) { id status outcome } }')).data.jobRuns.find(
            (r: { id: string }) => r.id === asked.data.runJobNow.id,
          ),
        (found) => found?.status === 'SUCCEEDED' || found?.status === 'FAILED',
      );
      expect(jobRun).toMatchObject({
        status: 'SUCCEEDED',
        outcome: expect.stringMatching(/dry run: \d+ records would be removed/),
      });
      const runs = await run(auditor, '{ retentionPurgeRuns(first: 1) { dryRun startedBy } }');
      expect(runs.data.retentionPurgeRuns[0]).toEqual({ dryRun: true, startedBy: 'job:retention-purge' });
    } finally {
      await runner.close();
    }
  });
});
