import { createLogger } from '../../../../lib/logger';
import { SUBGRAPHS } from '../../../../subgraphs';
import { ExceptionItemEntity } from '../../../../subgraphs/audit/entities/ExceptionItem';
import { JobRunEntity } from '../../../../subgraphs/audit/entities/JobRun';
import { ScheduledJobEntity } from '../../../../subgraphs/audit/entities/ScheduledJob';
import {
  AUTOMATIC_RETRIES,
  MAX_ATTEMPTS,
  claimRuns,
  queueManualRun,
  registerJobs,
  renewRuns,
  settleRun,
  type ClaimRequest,
} from '../../../../subgraphs/audit/jobs/jobLedger';
import type { Database } from '../../../../subgraphs/kit/database';
import { openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/**
 * The job ledger on a real database (SQLite, and PostgreSQL in CI): a slot becomes one run however
 * many runners claim it at once, a run is held by one runner at a time, a lease that runs out is
 * taken over, a run that keeps losing its runner is given up, and only the holder renews or settles.
 */

const log = createLogger('test', 'silent');
let database: TestDatabase;
let db: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await openSubgraphDatabase(SUBGRAPHS.audit, database.config, log);
});

afterAll(async () => {
  await db?.close();
  await database?.drop();
});

beforeEach(async () => {
  await db.fork().nativeDelete(JobRunEntity, {});
  await db.fork().nativeDelete(ScheduledJobEntity, {});
});

const T0 = new Date('2026-12-05T10:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const LEASE = 60_000;
const job = (name: string, schedule: string | null = '0 2 * * *') => ({
  name,
  description: `the ${name} job`,
  schedule,
  runsAs: ['data_steward'],
});
const claim = (runner: string, overrides: Partial<ClaimRequest> = {}) =>
  claimRuns(db.fork(), { runner, leaseMs: LEASE, now: T0, jobs: ['nightly', 'hourly'], due: [], ...overrides });
const runs = () =>
  db.fork().find(JobRunEntity, {}, { orderBy: { requestedAt: 'asc', scheduledFor: 'asc', id: 'asc' } });

describe('registering jobs', () => {
  it('starts a new job from when it first appeared, and a known one from its latest claimed slot', async () => {
    expect(await registerJobs(db.fork(), [job('nightly')], T0)).toEqual([{ name: 'nightly', since: T0 }]);
    const slot = new Date('2026-12-06T02:00:00.000Z');
    await claim('a', { due: [{ job: 'nightly', slot }] });
    const again = await registerJobs(db.fork(), [job('nightly', '0 3 * * *'), job('hourly', '0 * * * *')], later(5000));
    expect(again.sort((x, y) => x.name.localeCompare(y.name))).toEqual([
      { name: 'hourly', since: later(5000) },
      { name: 'nightly', since: slot },
    ]);
    const stored = await db.fork().findOneOrFail(ScheduledJobEntity, 'nightly');
    expect(stored).toMatchObject({ schedule: '0 3 * * *', registeredAt: T0, lastSlot: slot });
  });
});

describe('claiming', () => {
  beforeEach(async () => {
    await registerJobs(db.fork(), [job('nightly'), job('hourly', '0 * * * *')], T0);
  });

  it('makes one run of a slot however many runners claim it at the same time', async () => {
    const slot = new Date('2026-12-05T02:00:00.000Z');
    const claimed = await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((runner) => claim(runner, { due: [{ job: 'nightly', slot }] })),
    );
    expect(claimed.flat()).toHaveLength(1);
    const [run] = await runs();
    expect(await runs()).toHaveLength(1);
    expect(run).toMatchObject({
      job: 'nightly',
      trigger: 'SCHEDULE',
      status: 'RUNNING',
      attempt: 1,
      scheduledFor: slot,
    });
    expect(run.runner).toBe(claimed.flat()[0].runner);
    // Claimed again later, the slot is not run again.
    expect(await claim('f', { due: [{ job: 'nightly', slot }], now: later(1000) })).toEqual([]);
    expect(await runs()).toHaveLength(1);
  });

  it("moves the job's latest slot forward only", async () => {
    const newer = new Date('2026-12-05T02:00:00.000Z');
    await claim('a', { due: [{ job: 'nightly', slot: newer }] });
    await claim('b', { due: [{ job: 'nightly', slot: new Date('2026-12-04T02:00:00.000Z') }] });
    expect((await db.fork().findOneOrFail(ScheduledJobEntity, 'nightly')).lastSlot).toEqual(newer);
  });

  it('runs one run of a job at a time: the next waits until the first ends', async () => {
    await claim('a', { due: [{ job: 'hourly', slot: new Date('2026-12-05T08:00:00.000Z') }] });
    const [first] = await runs();
    expect(await claim('b', { due: [{ job: 'hourly', slot: new Date('2026-12-05T09:00:00.000Z') }] })).toEqual([]);
    expect((await runs()).map((run) => run.status)).toEqual(['RUNNING', 'QUEUED']);
    expect(await settleRun(db.fork(), 'a', first.id, true, 'done', later(10))).toBe(true);
    const next = await claim('b', { now: later(20) });
    expect(next.map((run) => run.scheduledFor)).toEqual([new Date('2026-12-05T09:00:00.000Z')]);
  });

  it('never takes a run of a job the runner does not know', async () => {
    await claim('a', { due: [{ job: 'nightly', slot: T0 }], jobs: ['hourly'] });
    expect((await runs()).map((run) => run.status)).toEqual(['QUEUED']);
    expect(await claim('b', { jobs: ['nightly'] })).toHaveLength(1);
  });

  it('queues a manual run for the next runner, as its own run beside the scheduled ones', async () => {
    const nightly = await db.fork().findOneOrFail(ScheduledJobEntity, 'nightly');
    const queued = await queueManualRun(db.fork(), nightly, 'ops-admin', T0);
    expect(queued).toMatchObject({ trigger: 'MANUAL', status: 'QUEUED', requestedBy: 'ops-admin', attempt: 0 });
    const [taken] = await claim('a');
    expect(taken).toMatchObject({ id: queued.id, status: 'RUNNING', runner: 'a', attempt: 1 });
  });
});

describe('leases', () => {
  beforeEach(async () => {
    await registerJobs(db.fork(), [job('nightly')], T0);
  });
  const slot = new Date('2026-12-05T02:00:00.000Z');

  it('are renewed and settled by their holder only', async () => {
    const [run] = await claim('a', { due: [{ job: 'nightly', slot }] });
    expect(await renewRuns(db.fork(), 'b', [run.id], later(LEASE * 2))).toEqual([]);
    expect(await settleRun(db.fork(), 'b', run.id, true, 'not mine', later(1))).toBe(false);
    expect(await renewRuns(db.fork(), 'a', [run.id], later(LEASE * 2))).toEqual([run.id]);
    expect((await db.fork().findOneOrFail(JobRunEntity, run.id)).leaseUntil).toEqual(later(LEASE * 2));
    expect(await settleRun(db.fork(), 'a', run.id, false, 'it broke', later(2))).toBe(true);
    expect(await db.fork().findOneOrFail(JobRunEntity, run.id)).toMatchObject({
      status: 'FAILED',
      outcome: 'it broke',
      finishedAt: later(2),
      leaseUntil: null,
    });
    expect(await settleRun(db.fork(), 'a', run.id, true, 'twice', later(3))).toBe(false);
  });

  it('that run out are taken over by another runner, which then holds the run', async () => {
    const [run] = await claim('a', { due: [{ job: 'nightly', slot }] });
    expect(await claim('b', { now: later(LEASE - 1) })).toEqual([]);
    const [taken] = await claim('b', { now: later(LEASE + 1) });
    expect(taken).toMatchObject({ id: run.id, runner: 'b', attempt: 2 });
    expect(await renewRuns(db.fork(), 'a', [run.id], later(LEASE * 3))).toEqual([]);
    expect(await settleRun(db.fork(), 'a', run.id, true, 'late', later(LEASE + 2))).toBe(false);
    expect(await settleRun(db.fork(), 'b', run.id, true, 'done', later(LEASE + 3))).toBe(true);
  });

  it(`give a run up after ${MAX_ATTEMPTS} runners stopped answering, instead of starting it forever`, async () => {
    await claim('r0', { due: [{ job: 'nightly', slot }] });
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++)
      expect(await claim(`r${attempt}`, { now: later((LEASE + 1) * attempt) })).toHaveLength(1);
    expect(await claim('last', { now: later((LEASE + 1) * MAX_ATTEMPTS) })).toEqual([]);
    const [run] = await runs();
    expect(run).toMatchObject({ status: 'FAILED', attempt: MAX_ATTEMPTS });
    expect(run.outcome).toMatch(/stopped answering 3 times/);
    expect(await db.fork().find(ExceptionItemEntity, { reference: run.id })).toMatchObject([
      { source: 'JOB', status: 'OPEN', nextAttemptAt: null, error: run.outcome },
    ]);
  });
});

describe('a failed run', () => {
  beforeEach(async () => {
    await db.fork().nativeDelete(ExceptionItemEntity, {});
    await registerJobs(db.fork(), [job('nightly')], T0);
  });
  const slot = new Date('2026-12-05T02:00:00.000Z');
  const exceptions = () => db.fork().find(ExceptionItemEntity, {});

  it('goes to the exception queue and is retried after a backoff that doubles, until retries run out', async () => {
    const [run] = await claim('a', { due: [{ job: 'nightly', slot }] });
    await settleRun(db.fork(), 'a', run.id, false, 'source down', later(10), 1000);
    const [item] = await exceptions();
    expect(item).toMatchObject({
      source: 'JOB',
      subject: 'nightly',
      reference: run.id,
      status: 'OPEN',
      attempts: 1,
      nextAttemptAt: later(1010),
    });
    expect(await claim('a', { now: later(1009) })).toEqual([]);
    let now = 1010;
    for (let attempt = 1; attempt <= AUTOMATIC_RETRIES; attempt++) {
      const [retry] = await claim('a', { now: later(now) });
      expect(retry).toMatchObject({ trigger: 'RETRY', retryOf: run.id });
      await settleRun(db.fork(), 'a', retry.id, false, `still down ${attempt}`, later(now + 1), 1000);
      now += 1 + 1000 * 2 ** attempt;
    }
    const [spent] = await exceptions();
    expect(spent).toMatchObject({
      status: 'OPEN',
      attempts: AUTOMATIC_RETRIES + 1,
      nextAttemptAt: null,
      error: 'still down 3',
    });
    expect(await claim('a', { now: later(10 ** 9) })).toEqual([]);
  });

  it('is resolved by a retry that succeeds', async () => {
    const [run] = await claim('a', { due: [{ job: 'nightly', slot }] });
    await settleRun(db.fork(), 'a', run.id, false, 'source down', later(10), 1000);
    const [retry] = await claim('b', { now: later(2000) });
    await settleRun(db.fork(), 'b', retry.id, true, 'done', later(2001), 1000);
    const [item] = await exceptions();
    expect(item).toMatchObject({
      status: 'RESOLVED',
      resolvedBy: 'b',
      resolvedAt: later(2001),
      resolution: `retry ${retry.id} succeeded: done`,
      nextAttemptAt: null,
    });
  });

  it('without a backoff waits for an operator', async () => {
    const [run] = await claim('a', { due: [{ job: 'nightly', slot }] });
    await settleRun(db.fork(), 'a', run.id, false, 'source down', later(10));
    expect(await exceptions()).toMatchObject([{ status: 'OPEN', attempts: 1, nextAttemptAt: null }]);
    expect(await claim('a', { now: later(10 ** 9) })).toEqual([]);
  });
});
