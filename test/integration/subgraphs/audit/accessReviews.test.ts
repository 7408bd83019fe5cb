import fs from 'node:fs';
import path from 'node:path';
import type { RunningGateway } from '../../../../gateway/server';
import { parseCsv } from '../../../../lib/csv';
import { quarterOfDay } from '../../../../lib/reviewPeriod';
import { RoleAssignmentEntity } from '../../../../subgraphs/audit/entities/RoleAssignment';
import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';
import { startJobRunner, until } from '../../../support/gateways';

/**
 * Access reviews through a real federation: role assignments loaded from the identity provider's
 * export (a malformed one refused whole), operations run as the principals it names, and the review
 * of the quarter listing exactly those who can change payment terms or credit limits with what they
 * did; decisions (never one's own), the CSV export and its grant, the jobs, and an overdue review.
 */

let federation: TestFederation;
let runner: RunningGateway | undefined;
let base: string;
const tokens: Record<string, string> = {};

/** The quarter the test runs in: the operations below fall in it. */
const QUARTER = quarterOfDay(new Date().toISOString().slice(0, 10));

const REVIEW = `query($period: String!) {
  accessReview(period: $period) {
    period status overdue dueOn roles principalCount decided
    principals {
      principal displayName roles operations deniedOperations mutations { mutation count } changes changeIds
      decision { decision reviewer note }
    }
  }
}`;
const DECIDE = `mutation($period: String!, $principal: String!, $decision: AccessReviewVerdict!, $note: String) {
  recordAccessReviewDecision(period: $period, principal: $principal, decision: $decision, note: $note) {
    period principal decision reviewer note
  }
}`;
const REFRESH = 'mutation { refreshRoleAssignments { source users activeUsers held began ended } }';

const member = (userName: string, groups: string[], active = true) => ({
  schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
  id: `idp-${userName}`,
  userName,
  displayName: userName[0].toUpperCase() + userName.slice(1),
  active,
  groups: groups.map((display) => ({ value: `grp-${display}`, display })),
});

function dropExport(users: unknown[] | string): void {
  const file = federation.config.identity.assignmentsFile;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    typeof users === 'string' ? users : JSON.stringify({ totalResults: users.length, Resources: users }),
  );
}

const DIRECTORY = [
  member('adam', ['custos-admin']),
  member('carla', ['custos-credit_analyst', 'Finance']),
  member('steve', ['custos-data_steward']),
  member('bob', ['custos-billing_ops']),
  member('olga', ['custos-credit_analyst'], false),
  member('rita', ['custos-auditor']),
];

const as = async (who: string, query: string, variables: Record<string, unknown> = {}) =>
  graphql(federation.gateway.url, query, { token: tokens[who], variables });

const download = async (pathname: string, who: string) => {
  const response = await fetch(base + pathname, { headers: { authorization: `Bearer ${tokens[who]}` } });
  return { status: response.status, text: await response.text() };
};

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20' });
  base = federation.gateway.url.replace(/\/graphql$/, '');
  const roles = {
    adam: ['admin'],
    carla: ['credit_analyst'],
    steve: ['data_steward'],
    bob: ['billing_ops'],
    rita: ['auditor'],
  } as const;
  for (const [sub, held] of Object.entries(roles))
    tokens[sub] = await federation.token({ sub, roles: [...held], regions: ['EU', 'US'] });
});

afterAll(async () => {
  await runner?.close();
  await federation?.close();
});

describe('role assignments from the identity provider', () => {
  it('are loaded from the export: active users, the roles their groups grant', async () => {
    dropExport(DIRECTORY);
    const { body } = await as('adam', REFRESH);
    expect(body.errors).toBeUndefined();
    expect(body.data.refreshRoleAssignments).toEqual({
      source: 'file-drop:assignments.json',
      users: 6,
      activeUsers: 5,
      held: 5,
      began: 5,
      ended: 0,
    });
    const again = await as('adam', REFRESH);
    expect(again.body.data.refreshRoleAssignments).toMatchObject({ held: 5, began: 0, ended: 0 });
  });

  it('refuse a malformed export whole, naming the problems, and lose nothing', async () => {
    dropExport([member('adam', ['custos-admin']), { userName: '', groups: 'custos-admin' }]);
    const { body } = await as('adam', REFRESH);
    expect(body.errors?.[0].extensions?.code).toBe('ROLE_ASSIGNMENTS_REFUSED');
    expect(body.errors?.[0].message).toContain('Resources[1].userName must be text');
    expect(body.errors?.[0].extensions?.violations).toEqual(
      expect.arrayContaining([{ at: 'Resources[1].groups', problem: 'must be a list when given' }]),
    );
    dropExport('{"Resources": [');
    expect((await as('adam', REFRESH)).body.errors?.[0].message).toContain('export is not JSON');
    const held = await as('rita', '{ roleAssignments(current: true, first: 50) { principal role heldUntil } }');
    expect(held.body.data.roleAssignments).toHaveLength(5);
  });

  it('keep their history: an assignment the directory no longer grants ends, and a new one begins', async () => {
    dropExport(DIRECTORY.map((user) => (user.userName === 'steve' ? member('steve', ['custos-auditor']) : user)));
    const { body } = await as('adam', REFRESH);
    expect(body.data.refreshRoleAssignments).toMatchObject({ held: 5, began: 1, ended: 1 });
    const history = await as(
      'rita',
      'query($p: String) { roleAssignments(principal: $p) { principal displayName role heldFrom heldUntil source } }',
      { p: 'steve' },
    );
    const [auditor, steward] = history.body.data.roleAssignments;
    expect(auditor).toMatchObject({ role: 'auditor', heldUntil: null, displayName: 'Steve' });
    expect(steward).toMatchObject({ role: 'data_steward', source: 'file-drop:assignments.json' });
    expect(steward.heldUntil).not.toBeNull();
  });

  it('are read by auditors and admins only, and loaded by admins only', async () => {
    expect((await as('carla', '{ roleAssignments { principal } }')).body.errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await as('rita', REFRESH)).body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the access review of a quarter', () => {
  let customerId: string;
  let changeId: string;

  beforeAll(async () => {
    const customers = await as('adam', '{ customers(first: 1) { edges { node { id paymentTerms { code } } } } }');
    const customer = customers.body.data.customers.edges[0].node;
    customerId = customer.id;
    const terms = customer.paymentTerms?.code === 'NET45' ? 'NET60' : 'NET45';
    const changed = await as(
      'carla',
      'mutation($id: ID!, $terms: String!) { updateCustomer(id: $id, input: { paymentTermsCode: $terms }, reason: "renegotiated") { id } }',
      { id: customerId, terms },
    );
    expect(changed.body.errors).toBeUndefined();
    // A mutation a data steward may not run: refused, and counted as such.
    const refused = await as('steve', 'mutation { approveCreditLimitChange(id: "clc_none") { id } }');
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await as('bob', '{ customers(first: 1) { edges { node { id } } } }');
    const history = await until(
      'carla’s change in the change log',
      async () =>
        (
          await as('adam', 'query($id: ID!) { customer(id: $id) { changeHistory { id field actor } } }', {
            id: customerId,
          })
        ).body.data.customer.changeHistory as { id: string; field: string; actor: string }[],
      (entries) => entries.some((entry) => entry.actor === 'carla'),
    );
    changeId = history.find((entry) => entry.actor === 'carla' && entry.field === 'paymentTermsCode')!.id;
  });

  it('lists everyone who could change payment terms or credit limits in it, with what they did', async () => {
    const { body } = await as('rita', REVIEW, { period: QUARTER });
    expect(body.errors).toBeUndefined();
    const review = body.data.accessReview;
    expect(review).toMatchObject({
      period: QUARTER,
      status: 'OPEN',
      overdue: false,
      roles: ['admin', 'credit_analyst', 'data_steward'],
      principalCount: 3,
      decided: 0,
    });
    const byName = Object.fromEntries(review.principals.map((p: { principal: string }) => [p.principal, p]));
    expect(Object.keys(byName)).toEqual(['adam', 'carla', 'steve']);
    expect(byName.carla).toMatchObject({
      displayName: 'Carla',
      roles: ['credit_analyst'],
      // Her attempt to read the role assignments, above.
      deniedOperations: 1,
      mutations: [{ mutation: 'Mutation.updateCustomer', count: 1 }],
      changes: 1,
      changeIds: [changeId],
      decision: null,
    });
    expect(byName.carla.operations).toBeGreaterThanOrEqual(1);
    // Steve held the steward's role for part of the quarter: reviewed for it, with his refused attempt.
    expect(byName.steve).toMatchObject({ roles: ['data_steward'], deniedOperations: 1, mutations: [], changes: 0 });
    expect(byName.adam.roles).toEqual(['admin']);
  });

  it('records decisions: never on one’s own access, once per principal, only on principals in scope', async () => {
    const self = await as('adam', DECIDE, { period: QUARTER, principal: 'adam', decision: 'KEEP' });
    expect(self.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const outside = await as('rita', DECIDE, { period: QUARTER, principal: 'bob', decision: 'KEEP' });
    expect(outside.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const byReviewed = await as('carla', DECIDE, { period: QUARTER, principal: 'steve', decision: 'KEEP' });
    expect(byReviewed.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const kept = await as('rita', DECIDE, {
      period: QUARTER,
      principal: 'carla',
      decision: 'KEEP',
      note: 'needs it, "credit desk"',
    });
    expect(kept.body.data.recordAccessReviewDecision).toEqual({
      period: QUARTER,
      principal: 'carla',
      decision: 'KEEP',
      reviewer: 'rita',
      note: 'needs it, "credit desk"',
    });
    const twice = await as('adam', DECIDE, { period: QUARTER, principal: 'carla', decision: 'REVOKE' });
    expect(twice.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await as('adam', DECIDE, { period: QUARTER, principal: 'steve', decision: 'REVOKE', note: 'moved to audit' });
    const partial = await as('rita', REVIEW, { period: QUARTER });
    expect(partial.body.data.accessReview).toMatchObject({ status: 'OPEN', decided: 2 });
    await as('rita', DECIDE, { period: QUARTER, principal: 'adam', decision: 'KEEP' });
    const done = await as('rita', REVIEW, { period: QUARTER });
    expect(done.body.data.accessReview).toMatchObject({ status: 'COMPLETE', decided: 3, overdue: false });
  });

  it('is exported as CSV for auditors and admins, and refused to others', async () => {
    const csv = await download(`/export/access-review.csv?period=${QUARTER}`, 'rita');
    expect(csv.status).toBe(200);
    const [header, ...rows] = parseCsv(csv.text.replace(/^\uFEFF/, '').trimEnd());
    const column = (row: string[], name: string) => row[header.indexOf(name)];
    expect(rows.map((row) => column(row, 'principal'))).toEqual(['adam', 'carla', 'steve']);
    const carla = rows[1];
    expect(column(carla, 'mutations')).toBe('Mutation.updateCustomer=1');
    expect(column(carla, 'changeIds')).toBe(changeId);
    expect(column(carla, 'decision')).toBe('KEEP');
    expect(column(carla, 'note')).toBe('needs it, "credit desk"');
    expect(column(rows[2], 'decision')).toBe('REVOKE');
    expect((await download(`/export/access-review.csv?period=${QUARTER}`, 'carla')).status).toBe(403);
    expect((await download('/export/access-review.csv?period=2026-13', 'rita')).status).toBe(400);
  });

  it('refuses a period that is no quarter, or one that has not begun', async () => {
    for (const period of ['2026-Q5', 'last quarter', '2999-Q1']) {
      const { body } = await as('rita', REVIEW, { period });
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('scheduled and overdue reviews', () => {
  it('the jobs load the assignments and open the review of the quarter just ended', async () => {
    runner = await startJobRunner(federation);
    const run = async (job: string) => {
      const asked = await as('adam', 'mutation($job: String!) { runJobNow(job: $job) { id } }', { job });
      expect(asked.body.errors).toBeUndefined();
      const id = asked.body.data.runJobNow.id;
      return until(
        `the ${job} run`,
        async () =>
          (
            await as('adam', 'query($job: String) { jobRuns(job: $job) { id status outcome } }', { job })
          ).body.data.jobRuns.find((r: { id: string }) => r.id === id),
        (found) => found?.status === 'SUCCEEDED' || found?.status === 'FAILED',
      );
    };
    expect(await run('role-assignments')).toMatchObject({
      status: 'SUCCEEDED',
      outcome: 'file-drop:assignments.json: 6 users, 5 role assignments held (0 began, 0 ended)',
    });
    const opened = await run('access-review');
    expect(opened.status).toBe('SUCCEEDED');
    expect(opened.outcome).toMatch(/^access review \d{4}-Q[1-4] open: \d+ principals to review by \d{4}-\d{2}-\d{2}$/);
    const reviews = await as('rita', '{ accessReviews { period openedBy status } }');
    expect(reviews.body.data.accessReviews).toEqual(
      expect.arrayContaining([expect.objectContaining({ openedBy: 'job:access-review' })]),
    );
  });

  it('a review past its due day without every decision shows as overdue, in the list and on /metrics', async () => {
    // Assignments a refresh loaded in early 2025, ended since.
    await federation.subgraphs.audit.database.fork().insert(RoleAssignmentEntity, {
      id: 'ras_history_1',
      principal: 'former',
      displayName: 'Former Steward',
      role: 'data_steward',
      heldFrom: new Date('2025-01-15T08:00:00Z'),
      heldUntil: new Date('2025-06-30T17:00:00Z'),
      source: 'file-drop:assignments.json',
    });
    const opened = await as('rita', 'mutation { openAccessReview(period: "2025-Q1") { period status overdue } }');
    expect(opened.body.data.openAccessReview).toEqual({ period: '2025-Q1', status: 'OPEN', overdue: true });
    const { body } = await as('adam', '{ accessReviews { period status overdue dueOn principalCount openedBy } }');
    expect(body.data.accessReviews).toContainEqual({
      period: '2025-Q1',
      status: 'OPEN',
      overdue: true,
      dueOn: '2025-04-30',
      principalCount: 1,
      openedBy: 'rita',
    });
    expect(body.data.accessReviews).toContainEqual(expect.objectContaining({ period: QUARTER, overdue: false }));
    const metrics = await fetch(federation.subgraphs.audit.url.replace(/\/graphql$/, '/metrics'));
    expect(await metrics.text()).toMatch(/^custos_access_reviews_overdue 1$/m);
  });
});
