import type { RunningGateway } from '../../../gateway/server';
import { addDays, today } from '../../../lib/calendar';
import { JOB_NAMES, type JobName } from '../../../lib/jobs/catalogue';
import { ScheduledJobEntity } from '../../../subgraphs/audit/entities/ScheduledJob';
import { ContractEntity } from '../../../subgraphs/contract/entities/Contract';
import { ContractRevenueEntity } from '../../../subgraphs/contract/entities/ContractRevenue';
import { callSubgraph, graphql, startTestFederation, type TestFederation } from '../../support/federation';
import { startJobRunner, until } from '../../support/gateways';

/**
 * The job runner through a real federation: gateways whose runners take manual and scheduled runs
 * from the job ledger in the audit subgraph (over HTTP, with internal tokens), run them as the job's
 * principal through the gateway's own policy and audit, and record what happened. Runners are
 * started and stopped here as gateways of their own, so each test says which runners exist.
 */

let federation: TestFederation;
let admin: string;
const runners: RunningGateway[] = [];

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '40' });
  admin = await federation.token({ roles: ['admin'] });
});

afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.close();
});

afterAll(async () => {
  await federation?.close();
});

/** A job runner of its own (test/support/gateways.ts), stopped after the test. */
async function startRunner(
  schedules: Partial<Record<JobName, string>> = {},
  retryBaseMs = 60_000,
): Promise<RunningGateway> {
  const gateway = await startJobRunner(federation, schedules, retryBaseMs);
  runners.push(gateway);
  return gateway;
}

interface Run {
  retryOf: string | null;
  id: string;
  job: string;
  trigger: string;
  status: string;
  requestedBy: string | null;
  scheduledFor: string | null;
  attempt: number;
  outcome: string | null;
}
const RUN_FIELDS = 'id job trigger status requestedBy scheduledFor attempt outcome retryOf';

async function jobRuns(job: JobName, first = 100): Promise<Run[]> {
  const { body } = await graphql(
    federation.gateway.url,
    `query($job: String) { jobRuns(job: $job, first: $first) { ${RUN_FIELDS} } }`.replace('$first', String(first)),
    { token: admin, variables: { job } },
  );
  expect(body.errors).toBeUndefined();
  return body.data.jobRuns;
}

async function runNow(job: string, token = admin) {
  return graphql(federation.gateway.url, `mutation($job: String!) { runJobNow(job: $job) { ${RUN_FIELDS} } }`, {
    token,
    variables: { job },
  });
}

const runOf = (job: JobName, id: string) => async () => (await jobRuns(job)).find((run) => run.id === id);
const ended = (run: Run | undefined) => run?.status === 'SUCCEEDED' || run?.status === 'FAILED';

describe('the job list', () => {
  it('shows each job with its schedule, principal and next slot, to operators and auditors only', async () => {
    await startRunner({ 'sampling-audit': '0 3 1 1,4,7,10 *' });
    const query = '{ jobs { name description schedule runsAs nextRunAt } }';
    const { body } = await until(
      'the runner registering its jobs',
      () => graphql(federation.gateway.url, query, { token: admin }),
      (answer) => answer.body.data?.jobs.length === JOB_NAMES.length,
    );
    const sampling = body.data.jobs.find((job: { name: string }) => job.name === 'sampling-audit');
    expect(sampling).toMatchObject({ schedule: '0 3 1 1,4,7,10 *', runsAs: ['auditor'] });
    expect(new Date(sampling.nextRunAt).getUTCDate()).toBe(1);
    expect(new Date(sampling.nextRunAt).getTime()).toBeGreaterThan(Date.now());
    expect(body.data.jobs.find((job: { name: string }) => job.name === 'quality-run')).toMatchObject({
      schedule: null,
      nextRunAt: null,
      runsAs: ['data_steward'],
    });
    const auditor = await federation.token({ roles: ['auditor'] });
    expect((await graphql(federation.gateway.url, query, { token: auditor })).body.errors).toBeUndefined();
    for (const role of ['bi_reader', 'finance_analyst', 'customer_service'] as const) {
      const refused = await graphql(federation.gateway.url, query, {
        token: await federation.token({ roles: [role] }),
      });
      expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.body.data?.jobs ?? null).toBeNull();
    }
  });
});

describe('a run an operator asks for', () => {
  it('runs as the job, through the policy and onto the audit trail, and records what it did', async () => {
    await startRunner();
    const asked = await runNow('quality-run');
    expect(asked.body.data.runJobNow).toMatchObject({ status: 'QUEUED', trigger: 'MANUAL', requestedBy: 'test-user' });
    const run = await until('the quality run job', runOf('quality-run', asked.body.data.runJobNow.id), ended);
    expect(run).toMatchObject({ status: 'SUCCEEDED', attempt: 1 });
    const [, qualityRunId] = /^quality run (\S+): 40 customers checked/.exec(run?.outcome ?? '') ?? [];
    expect(qualityRunId).toBeDefined();
    const { body } = await graphql(
      federation.gateway.url,
      `
        {
          qualityRuns(first: 5) {
            id
            status
          }
          auditEvents(filter: { sub: "job:quality-run" }, first: 20) {
            edges {
              node {
                principal {
                  sub
                  roles
                }
                operationName
              }
            }
          }
        }
      `,
      { token: admin },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.qualityRuns).toContainEqual({ id: qualityRunId, status: 'COMPLETED' });
    const events = body.data.auditEvents.edges.map((edge: { node: unknown }) => edge.node);
    expect(events).toContainEqual({
      principal: { sub: 'job:quality-run', roles: ['data_steward'] },
      operationName: 'JobQualityRun',
    });
  });

  it("keeps every contract's revenue summary of the day, through the contract subgraph, as finance", async () => {
    await startRunner();
    const contracts = await federation.subgraphs.contract.database.fork().count(ContractEntity, {});
    const asked = await runNow('revenue-summaries');
    const run = await until('the summaries job', runOf('revenue-summaries', asked.body.data.runJobNow.id), ended);
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      outcome: `today's revenue summaries kept for ${contracts} contracts`,
    });
    const kept = await federation.subgraphs.contract.database.fork().count(ContractRevenueEntity, { asOf: today() });
    expect(kept).toBe(contracts);
    const KEEP = 'mutation($first: Int) { keepRevenueSummaries(first: $first) { contracts } }';
    const finance = await federation.token({ roles: ['finance_analyst'] });
    for (const first of [0, 2001]) {
      const refused = await graphql(federation.gateway.url, KEEP, { token: finance, variables: { first } });
      expect(refused.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    const bi = await graphql(federation.gateway.url, KEEP, { token: await federation.token({ roles: ['bi_reader'] }) });
    expect(bi.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('pushes the synthetic transaction through every hop as the probe job, and counts the run on /metrics', async () => {
    const runner = await startRunner();
    const asked = await runNow('synthetic-probe');
    const run = await until('the probe job', runOf('synthetic-probe', asked.body.data.runJobNow.id), ended);
    expect(run?.status).toBe('SUCCEEDED');
    for (const hop of ['ingestion', 'contract', 'invoice', 'reconciliation', 'cleanup customer'])
      expect(run?.outcome).toContain(`${hop} ok`);
    const metrics = await (await fetch(runner.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(metrics).toContain('custos_job_runs_total{job="synthetic-probe",outcome="succeeded"} 1');
  });

  it('records why a job failed: the reconciliation check of a day nobody reconciled', async () => {
    await startRunner();
    const yesterday = addDays(today(), -1);
    const { body } = await graphql(federation.gateway.url, `{ reconciliation(date: "${yesterday}") { balanced } }`, {
      token: admin,
    });
    const asked = await runNow('reconciliation-check');
    const run = await until('the check', runOf('reconciliation-check', asked.body.data.runJobNow.id), ended);
    if (body.data.reconciliation === null)
      expect(run).toMatchObject({
        status: 'FAILED',
        outcome: `no system extract describes ${yesterday}: nothing was reconciled`,
      });
    else if (body.data.reconciliation.balanced) expect(run?.status).toBe('SUCCEEDED');
    else expect(run).toMatchObject({ status: 'FAILED', outcome: expect.stringMatching(/does not balance/) });
  });

  it('is refused to anyone but an operator, and for a job that does not exist', async () => {
    for (const role of ['data_steward', 'auditor', 'finance_analyst'] as const) {
      const refused = await runNow('quality-run', await federation.token({ roles: [role] }));
      expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const unknown = await runNow('drop-all-tables');
    expect(unknown.body.errors?.[0]).toMatchObject({
      message: 'no job is named "drop-all-tables"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('scheduled runs', () => {
  it('make one run of each slot with two gateways running', async () => {
    const before = new Set((await jobRuns('sampling-audit')).map((run) => run.id));
    await Promise.all([
      startRunner({ 'sampling-audit': '* * * * * *' }),
      startRunner({ 'sampling-audit': '* * * * * *' }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 3500));
    for (const runner of runners.splice(0)) await runner.close();
    // The last slots may still wait: one runner, scheduling nothing, finishes them.
    await startRunner();
    const runs = await until(
      'the slots to be run',
      async () => (await jobRuns('sampling-audit')).filter((run) => !before.has(run.id)),
      (all) => all.length > 0 && all.every(ended),
    );
    const slots = runs.map((run) => Date.parse(run.scheduledFor as string)).sort((a, b) => a - b);
    expect(slots.length).toBeGreaterThanOrEqual(2);
    expect(new Set(slots).size).toBe(slots.length);
    expect(runs.every((run) => run.trigger === 'SCHEDULE' && run.status === 'SUCCEEDED')).toBe(true);
  });

  it('catch up once after the runners were down, with the latest slot missed', async () => {
    const threeDaysAgo = new Date(Date.now() - 3 * 86_400_000);
    const register = await startRunner({ 'reconciliation-check': '0 0 * * *' });
    await until(
      'registration',
      () => federation.subgraphs.audit.database.fork().findOne(ScheduledJobEntity, 'reconciliation-check'),
      (job) => job?.schedule === '0 0 * * *',
    );
    await register.close();
    runners.splice(0);
    await federation.subgraphs.audit.database
      .fork()
      .nativeUpdate(ScheduledJobEntity, { name: 'reconciliation-check' }, { lastSlot: threeDaysAgo });
    const before = new Set((await jobRuns('reconciliation-check')).map((run) => run.id));
    await startRunner({ 'reconciliation-check': '0 0 * * *' });
    const midnight = `${today()}T00:00:00.000Z`;
    const runs = await until(
      'the missed slot',
      async () =>
        (await jobRuns('reconciliation-check')).filter((run) => !before.has(run.id) && run.trigger === 'SCHEDULE'),
      (all) => all.length > 0 && all.every(ended),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const scheduled = (await jobRuns('reconciliation-check')).filter(
      (run) => !before.has(run.id) && run.trigger === 'SCHEDULE',
    );
    expect(scheduled).toHaveLength(1);
    expect(runs[0]).toMatchObject({ trigger: 'SCHEDULE', scheduledFor: midnight });
  });
});

describe('a restart', () => {
  it("neither loses a run nor runs it twice: a stopped runner's run is taken over when its lease runs out", async () => {
    const first = await startRunner();
    const asked = await runNow('quality-run');
    const id = asked.body.data.runJobNow.id;
    await until('the run to start', runOf('quality-run', id), (run) => run?.status === 'RUNNING');
    await first.close();
    runners.splice(0);
    expect(await runOf('quality-run', id)()).toMatchObject({ status: 'RUNNING', attempt: 1 });
    await startRunner();
    const run = await until('the run to be taken over', runOf('quality-run', id), ended);
    expect(run).toMatchObject({ status: 'SUCCEEDED', attempt: 2 });
    expect((await jobRuns('quality-run')).filter((other) => other.id === id)).toHaveLength(1);
  });
});

describe('the ledger', () => {
  const CLAIM = `mutation($claim: JobClaimInput!) { claimJobRuns(claim: $claim) { id } }`;
  const claim = { runner: 'forged', leaseMs: 60_000, jobs: ['quality-run'], due: [] };

  it('is kept by the gateways alone: clients cannot reach it, other services are refused', async () => {
    await runNow('quality-run');
    const throughGateway = await graphql(federation.gateway.url, CLAIM, { token: admin, variables: { claim } });
    expect(throughGateway.status).toBe(400);
    expect(throughGateway.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    for (const service of ['customer', 'quality'])
      expect(
        (
          await callSubgraph(federation, 'audit', CLAIM, {
            principal: { sub: `service:${service}`, roles: [], regions: [], service },
            variables: { claim },
          })
        ).body.errors?.[0].extensions?.code,
      ).toBe('FORBIDDEN');
    const admins = await callSubgraph(federation, 'audit', CLAIM, {
      principal: { sub: 'test-user', roles: ['admin'], regions: ['EU'] },
      variables: { claim },
    });
    expect(admins.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await jobRuns('quality-run')).filter((run) => run.status === 'RUNNING')).toEqual([]);
  });

  it('refuses what a runner may not send: an unreadable schedule, a lease out of bounds', async () => {
    const gateway = { sub: 'service:gateway', roles: [], regions: [], service: 'gateway' };
    const registered = await callSubgraph(
      federation,
      'audit',
      'mutation($jobs: [JobRegistrationInput!]!) { registerJobs(jobs: $jobs) { name } }',
      {
        principal: gateway,
        variables: { jobs: [{ name: 'quality-run', description: 'x', schedule: 'whenever', runsAs: [] }] },
      },
    );
    expect(registered.body.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^the schedule of quality-run cannot be read/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const greedy = await callSubgraph(federation, 'audit', CLAIM, {
      principal: gateway,
      variables: { claim: { ...claim, leaseMs: 2 * 86_400_000 } },
    });
    expect(greedy.body.errors?.[0]).toMatchObject({
      message: 'a lease lasts 1000 to 86400000 ms',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('the exception queue', () => {
  const ITEM = 'id source subject reference payloadRef error status attempts nextAttemptAt resolvedBy resolution';
  const items = async () =>
    (await graphql(federation.gateway.url, `{ exceptions(source: "JOB", first: 100) { ${ITEM} } }`, { token: admin }))
      .body.data.exceptions as Record<string, any>[];

  it('is dismissed only with a reason, by an operator, and what is closed cannot be retried', async () => {
    await startRunner({}, 60_000);
    const failing = await runNow('reconciliation-check');
    const reference = failing.body.data.runJobNow.id;
    // Yesterday has no extract yet (the test after this one adds it): the check fails.
    const item = await until(
      'the failure',
      async () => (await items()).find((candidate) => candidate.reference === reference),
      (found) => found !== undefined,
    );
    const DISMISS = `mutation($id: ID!, $reason: String!) { dismissException(id: $id, reason: $reason) { status resolvedBy resolution } }`;
    const blank = await graphql(federation.gateway.url, DISMISS, {
      token: admin,
      variables: { id: item?.id, reason: ' ' },
    });
    expect(blank.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const steward = await federation.token({ roles: ['data_steward'] });
    const notAllowed = await graphql(federation.gateway.url, DISMISS, {
      token: steward,
      variables: { id: item?.id, reason: 'mine' },
    });
    expect(notAllowed.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const dismissed = await graphql(federation.gateway.url, DISMISS, {
      token: admin,
      variables: { id: item?.id, reason: 'the extract for that day will not come: the system was retired' },
    });
    expect(dismissed.body.data.dismissException).toEqual({
      status: 'DISMISSED',
      resolvedBy: 'test-user',
      resolution: 'the extract for that day will not come: the system was retired',
    });
    const waiting = (await jobRuns('reconciliation-check')).filter((run) => run.retryOf === reference);
    expect(waiting.every((run) => run.status === 'FAILED')).toBe(true);
    const again = await graphql(
      federation.gateway.url,
      `
        mutation ($id: ID!) {
          retryException(id: $id) {
            id
          }
        }
      `,
      {
        token: admin,
        variables: { id: item?.id },
      },
    );
    expect(again.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('takes a failing job, retries it with backoff until retries run out, and an operator retry empties it', async () => {
    const yesterday = addDays(today(), -1);
    // Yesterday has no extract yet: the check fails, and so do its three retries (100, 200, 400 ms later).
    await startRunner({}, 100);
    const asked = await runNow('reconciliation-check');
    const reference = asked.body.data.runJobNow.id;
    const spent = await until(
      'the retries to run out',
      async () => (await items()).find((item) => item.reference === reference),
      (item) => item?.attempts === 4 && item.nextAttemptAt === null,
    );
    expect(spent).toMatchObject({
      source: 'JOB',
      subject: 'reconciliation-check',
      status: 'OPEN',
      payloadRef: `job_run:${reference}`,
      error: `no system extract describes ${yesterday}: nothing was reconciled`,
    });
    const retries = (await jobRuns('reconciliation-check')).filter((run) => run.retryOf === reference);
    expect(retries.map((run) => [run.trigger, run.status])).toEqual([
      ['RETRY', 'FAILED'],
      ['RETRY', 'FAILED'],
      ['RETRY', 'FAILED'],
    ]);

    // The extracts arrive; an operator retries, and the retry's success resolves the item.
    const finance = await federation.token({ roles: ['finance_analyst'], regions: ['EU'] });
    const customer = (
      await graphql(
        federation.gateway.url,
        '{ customers(first: 1, filter: { region: EU }) { edges { node { id } } } }',
        {
          token: finance,
        },
      )
    ).body.data.customers.edges[0].node.id;
    for (const system of ['BILLING', 'GL'])
      expect(
        (
          await graphql(
            federation.gateway.url,
            'mutation($e: SystemExtractInput!) { recordSystemExtract(extract: $e) { extractId } }',
            {
              token: finance,
              variables: {
                e: {
                  id: `exceptions-test-${system}`,
                  system,
                  businessDate: yesterday,
                  takenAt: new Date().toISOString(),
                  customers: [{ customerId: customer, arBalance: '100.00', currency: 'EUR' }],
                },
              },
            },
          )
        ).body.errors,
      ).toBeUndefined();
    const retried = await graphql(
      federation.gateway.url,
      `
        mutation ($id: ID!) {
          retryException(id: $id) {
            status
          }
        }
      `,
      { token: admin, variables: { id: spent?.id } },
    );
    expect(retried.body.data.retryException.status).toBe('OPEN');
    const resolved = await until(
      'the retry to resolve it',
      async () => (await items()).find((item) => item.reference === reference),
      (item) => item?.status === 'RESOLVED',
    );
    expect(resolved?.resolution).toMatch(/^retry jrun_\S+ succeeded: the reconciliation of \S+ balances$/);
    expect((await items()).filter((item) => item.status === 'OPEN' && item.reference === reference)).toEqual([]);
  });
});
