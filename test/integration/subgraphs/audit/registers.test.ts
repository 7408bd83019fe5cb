import { addDays, today } from '../../../../lib/calendar';
import type { RunningGateway } from '../../../../gateway/server';
import { DEMO_SUPPORT_DPIA_ID } from '../../../../subgraphs/audit/registers/demoDpia';
import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';
import { startJobRunner, until } from '../../../support/gateways';

/**
 * The registers through a real federation: a token's purpose is honoured only while an approved
 * DPIA covers it (decided at the gateway, recorded on the audit event, not to be had by going round
 * the gateway), DPIAs are approved by a second person, and the register-expiry job alerts on an
 * agreement about to expire once, until it is renewed. The purpose register is read afresh on every
 * request here (PURPOSE_REGISTER_CACHE_MS=0), so a change shows on the next request.
 */

let federation: TestFederation;
let runner: RunningGateway | undefined;
let admin: string;
let steward: string;
let otherSteward: string;
let auditor: string;
let customerId: string;

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20', PURPOSE_REGISTER_CACHE_MS: '0' });
  admin = await federation.token({ sub: 'ada-admin', roles: ['admin'] });
  steward = await federation.token({ sub: 'sam-steward', roles: ['data_steward'] });
  otherSteward = await federation.token({ sub: 'sue-steward', roles: ['data_steward'] });
  auditor = await federation.token({ sub: 'aud-auditor', roles: ['auditor'] });
  const found = await graphql(
    federation.gateway.url,
    '{ customers(first: 20, filter: { region: EU }) { edges { node { id contacts { email } } } } }',
    { token: admin },
  );
  const edges = found.body.data.customers.edges as { node: { id: string; contacts: { email: string | null }[] } }[];
  customerId = edges.find((edge) => edge.node.contacts.some((contact) => contact.email))!.node.id;
});

afterAll(async () => {
  await runner?.close();
  await federation?.close();
});

const call = async (token: string, query: string, variables: Record<string, unknown> = {}) =>
  (await graphql(federation.gateway.url, query, { token, variables })).body;

const codes = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  (body.errors ?? []).map((error) => error.extensions?.code);

const agent = (sub: string, purpose?: string) =>
  federation.token({ sub, roles: ['customer_service'], regions: ['EU'], ...(purpose ? { purpose } : {}) });

const CONTACT_EMAILS = 'query AgentContacts($id: ID!) { customer(id: $id) { contacts { email } } }';

async function emailsSeenBy(token: string): Promise<string[]> {
  const body = await call(token, CONTACT_EMAILS, { id: customerId });
  expect(body.errors).toBeUndefined();
  return (body.data.customer.contacts as { email: string | null }[]).flatMap((c) => (c.email ? [c.email] : []));
}

async function rawEmails(): Promise<string[]> {
  return emailsSeenBy(admin);
}

/** The principal the audit trail recorded for the latest operation of `sub`. */
async function lastAuditedPrincipal(sub: string) {
  const body = await call(
    auditor,
    'query Trail($sub: String) { auditEvents(filter: { sub: $sub }, first: 100) { edges { node { principal { sub purpose purposeNotHonoured } } } } }',
    { sub },
  );
  return body.data.auditEvents.edges.at(-1).node.principal;
}

const DPIA = 'id status purpose createdBy submittedBy decidedBy decisionNote retiredBy';

const dpiaInput = (purpose: string) => ({
  initiative: `Case handling (${purpose})`,
  purpose,
  dataCategories: ['PII'],
  risks: ['contact data read outside a case'],
  mitigations: ['unmasked only with the purpose; every read audited'],
  reviewOn: addDays(today(), 180),
});

describe('purpose gating', () => {
  it('honours the support purpose while the demo DPIA approves it: customer service sees contact data raw', async () => {
    const raw = await rawEmails();
    expect(await emailsSeenBy(await agent('cs-support', 'support'))).toEqual(raw);
    expect(await emailsSeenBy(await agent('cs-none'))).not.toEqual(raw);
    expect(await lastAuditedPrincipal('cs-support')).toEqual({
      sub: 'cs-support',
      purpose: 'support',
      purposeNotHonoured: null,
    });
  });

  it('decides as without a purpose for a purpose with only a DRAFT DPIA, and records the purpose it did not honour', async () => {
    const created = await call(steward, `mutation($input: DpiaInput!) { createDpia(input: $input) { ${DPIA} } }`, {
      input: { ...dpiaInput('analytics'), dataCategories: ['PII', 'FINANCIAL'] },
    });
    expect(created.data.createDpia).toMatchObject({ status: 'DRAFT', purpose: 'analytics', createdBy: 'sam-steward' });
    const withoutPurpose = await emailsSeenBy(await agent('cs-none'));
    expect(await emailsSeenBy(await agent('cs-analytics', 'analytics'))).toEqual(withoutPurpose);
    expect(await lastAuditedPrincipal('cs-analytics')).toEqual({
      sub: 'cs-analytics',
      purpose: null,
      purposeNotHonoured: 'analytics',
    });
  });

  it('stops honouring support once its DPIA is retired, for the same token, and again once a new one is approved by a second person', async () => {
    const token = await agent('cs-support-2', 'support');
    const raw = await rawEmails();
    expect(await emailsSeenBy(token)).toEqual(raw);

    const retired = await call(admin, `mutation($id: ID!) { retireDpia(id: $id, reason: "superseded") { ${DPIA} } }`, {
      id: DEMO_SUPPORT_DPIA_ID,
    });
    expect(retired.data.retireDpia).toMatchObject({ status: 'RETIRED', retiredBy: 'ada-admin' });
    const masked = await emailsSeenBy(token);
    expect(masked).not.toEqual(raw);
    expect(masked).toEqual(await emailsSeenBy(await agent('cs-none')));
    expect(await lastAuditedPrincipal('cs-support-2')).toMatchObject({ purpose: null, purposeNotHonoured: 'support' });

    // Going round the gateway gets nothing: a subgraph answers only an internal token the gateway minted.
    const direct = await graphql(federation.subgraphs.customer.url, CONTACT_EMAILS, {
      token,
      variables: { id: customerId },
    });
    expect(direct.body.data?.customer ?? null).toBeNull();
    expect(direct.status).toBeGreaterThanOrEqual(400);

    // Maker-checker: the steward who wrote and submitted it may not approve it; another steward may.
    const id = (
      await call(steward, 'mutation($input: DpiaInput!) { createDpia(input: $input) { id } }', {
        input: dpiaInput('support'),
      })
    ).data.createDpia.id;
    const early = await call(otherSteward, 'mutation($id: ID!) { approveDpia(id: $id) { id } }', { id });
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    expect(
      (await call(steward, `mutation($id: ID!) { submitDpia(id: $id) { ${DPIA} } }`, { id })).data.submitDpia,
    ).toMatchObject({
      status: 'SUBMITTED',
      submittedBy: 'sam-steward',
    });
    const own = await call(steward, 'mutation($id: ID!) { approveDpia(id: $id) { id } }', { id });
    expect(codes(own)).toEqual(['FORBIDDEN']);
    expect(await emailsSeenBy(token)).toEqual(masked);

    const approved = await call(otherSteward, `mutation($id: ID!) { approveDpia(id: $id, note: "ok") { ${DPIA} } }`, {
      id,
    });
    expect(approved.data.approveDpia).toMatchObject({
      status: 'APPROVED',
      decidedBy: 'sue-steward',
      decisionNote: 'ok',
    });
    expect(await emailsSeenBy(token)).toEqual(raw);

    const coverage = await call(auditor, '{ purposeCoverage { purpose grants approvedDpia { id } } }');
    expect(coverage.data.purposeCoverage).toEqual([
      { purpose: 'support', grants: ['customer_service / PII'], approvedDpia: { id } },
      { purpose: 'analytics', grants: [], approvedDpia: null },
    ]);
  });
});

describe('the registers', () => {
  it('refuses bad input and callers without the grant', async () => {
    const create = 'mutation($input: DpiaInput!) { createDpia(input: $input) { id } }';
    expect(codes(await call(steward, create, { input: { ...dpiaInput('support'), purpose: 'curiosity' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(
      codes(await call(steward, create, { input: { ...dpiaInput('support'), dataCategories: ['SECRET'] } })),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await call(auditor, create, { input: dpiaInput('support') }))).toEqual(['FORBIDDEN']);
    expect(codes(await call(await agent('cs-none'), '{ dpias { id } }'))).toEqual(['FORBIDDEN']);
    expect(codes(await call(await agent('cs-none'), '{ processingAgreements { id } }'))).toEqual(['FORBIDDEN']);

    const agreement = agreementInput(addDays(today(), 90));
    const createAgreement =
      'mutation($input: ProcessingAgreementInput!) { createProcessingAgreement(input: $input) { id } }';
    expect(
      codes(
        await call(steward, createAgreement, { input: { ...agreement, expiresOn: addDays(agreement.startsOn, -1) } }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(codes(await call(auditor, createAgreement, { input: agreement }))).toEqual(['FORBIDDEN']);
    expect(codes(await call(steward, '{ approvedPurposes }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);

    const dpias = await call(auditor, '{ dpias(status: APPROVED) { purpose decidedBy } }');
    expect(dpias.errors).toBeUndefined();
  });

  it('alerts once on an agreement about to expire and a DPIA due for review, through the register-expiry job, and clears the alerts on renewal and review', async () => {
    runner = await startJobRunner(federation);
    const create =
      'mutation($input: ProcessingAgreementInput!) { createProcessingAgreement(input: $input) { id expiresInDays status } }';
    const soon = (await call(steward, create, { input: agreementInput(addDays(today(), 30), 'Soon Mail GmbH') })).data
      .createProcessingAgreement;
    expect(soon).toMatchObject({ expiresInDays: 30, status: 'ACTIVE' });
    const later = (await call(admin, create, { input: agreementInput(addDays(today(), 200), 'Later CRM Inc') })).data
      .createProcessingAgreement;

    const alerts = async () =>
      (await call(auditor, '{ complianceAlerts(kind: AGREEMENT_EXPIRY) { subjectId subject dueOn thresholdDays } }'))
        .data.complianceAlerts as { subjectId: string }[];
    const reviewSoon = (
      await call(steward, 'mutation($input: DpiaInput!) { createDpia(input: $input) { id } }', {
        input: { ...dpiaInput('analytics'), initiative: 'Churn model', reviewOn: addDays(today(), 20) },
      })
    ).data.createDpia.id;
    await call(steward, 'mutation($id: ID!) { submitDpia(id: $id) { id } }', { id: reviewSoon });
    await call(otherSteward, 'mutation($id: ID!) { approveDpia(id: $id) { id } }', { id: reviewSoon });

    await runJob();
    expect(await alerts()).toEqual([
      { subjectId: soon.id, subject: 'Soon Mail GmbH', dueOn: addDays(today(), 30), thresholdDays: 60 },
    ]);
    expect((await alerts()).some((alert) => alert.subjectId === later.id)).toBe(false);
    const expiring = await call(auditor, '{ processingAgreements(expiringWithinDays: 60) { id } }');
    expect(expiring.data.processingAgreements).toEqual([{ id: soon.id }]);
    const reviews = async () =>
      (await call(auditor, '{ complianceAlerts(kind: DPIA_REVIEW) { subjectId subject dueOn } }')).data
        .complianceAlerts;
    expect(await reviews()).toEqual([{ subjectId: reviewSoon, subject: 'Churn model', dueOn: addDays(today(), 20) }]);
    const reviewed = await call(
      otherSteward,
      'mutation($id: ID!, $on: Date!) { reviewDpia(id: $id, nextReviewOn: $on, note: "still holds") { reviewOn lastReviewedBy } }',
      { id: reviewSoon, on: addDays(today(), 300) },
    );
    expect(reviewed.data.reviewDpia).toEqual({ reviewOn: addDays(today(), 300), lastReviewedBy: 'sue-steward' });
    expect(await reviews()).toEqual([]);

    await runJob();
    expect(await alerts()).toHaveLength(1);

    const renewed = await call(
      steward,
      'mutation($id: ID!, $input: ProcessingAgreementInput!) { updateProcessingAgreement(id: $id, input: $input) { expiresInDays } }',
      { id: soon.id, input: agreementInput(addDays(today(), 395), 'Soon Mail GmbH') },
    );
    expect(renewed.data.updateProcessingAgreement.expiresInDays).toBe(395);
    expect(await alerts()).toEqual([]);
    const history = await call(auditor, '{ complianceAlerts(open: false) { subjectId clearedBy clearance } }');
    expect(history.data.complianceAlerts).toContainEqual({
      subjectId: soon.id,
      clearedBy: 'sam-steward',
      clearance: `expiry moved to ${addDays(today(), 395)}`,
    });
  });
});

function agreementInput(expiresOn: string, partner = 'Acme Mailing Ltd') {
  return {
    partner,
    kind: 'DPA',
    dataCategories: ['PII'],
    regions: ['EU', 'UK'],
    retentionClause: 'Deleted 30 days after the end of the agreement',
    exportClause: 'All data as CSV on request within 14 days',
    startsOn: addDays(today(), -300),
    expiresOn,
    owner: 'Head of Billing',
  };
}

/** Runs the register-expiry job now and waits for its run to end; it must succeed. */
async function runJob(): Promise<void> {
  const asked = await call(admin, 'mutation { runJobNow(job: "register-expiry") { id } }');
  expect(asked.errors).toBeUndefined();
  const id = asked.data.runJobNow.id;
  const run = await until(
    'the register-expiry run to end',
    async () =>
      (
        (await call(admin, '{ jobRuns(job: "register-expiry", first: 20) { id status outcome } }')).data.jobRuns as {
          id: string;
          status: string;
          outcome: string | null;
        }[]
      ).find((candidate) => candidate.id === id),
    (found) => found?.status === 'SUCCEEDED' || found?.status === 'FAILED',
  );
  expect(run).toMatchObject({ status: 'SUCCEEDED' });
}
