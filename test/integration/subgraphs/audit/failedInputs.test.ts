import { createLogger } from '../../../../lib/logger';
import { SUBGRAPHS } from '../../../../subgraphs';
import { ExceptionItemEntity } from '../../../../subgraphs/audit/entities/ExceptionItem';
import { JobRunEntity } from '../../../../subgraphs/audit/entities/JobRun';
import { ScheduledJobEntity } from '../../../../subgraphs/audit/entities/ScheduledJob';
import {
  dueFailures,
  recordReportedFailures,
  retryNow,
  type FailureReport,
} from '../../../../subgraphs/audit/exceptions/failedInputs';
import { registerJobs } from '../../../../subgraphs/audit/jobs/jobLedger';
import type { Database } from '../../../../subgraphs/kit/database';
import { openSubgraphDatabase } from '../../../../subgraphs/kit/subgraph';
import { createTestDatabase, type TestDatabase } from '../../../support/federation';

/**
 * Failed source records and change events in the exception queue, on a real database: reports of
 * the customer subgraph become items with the job retries' backoff, a report sent again adds no
 * attempt, a resolution resolves, and only open items whose retry is due are handed out.
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
  await db.fork().nativeDelete(ExceptionItemEntity, {});
  await db.fork().nativeDelete(JobRunEntity, {});
  await db.fork().nativeDelete(ScheduledJobEntity, {});
});

const T0 = new Date('2026-12-05T10:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const BASE = 60_000;
const report = (overrides: Partial<FailureReport> = {}): FailureReport => ({
  source: 'CDC',
  subject: 'RISK',
  reference: 'CDC:RISK/cus_9/creditLimit/4',
  error: 'no customer cus_9',
  failedAt: T0,
  resolvedAt: null,
  resolution: null,
  ...overrides,
});
const item = (reference = 'CDC:RISK/cus_9/creditLimit/4') =>
  db.fork().findOneOrFail(ExceptionItemEntity, { reference }, { disableIdentityMap: true });

describe('reported failures', () => {
  it('become an open item with a reference to the input and the backoff of job retries', async () => {
    expect(await recordReportedFailures(db.fork(), [report()], BASE)).toBe(1);
    expect(await item()).toMatchObject({
      source: 'CDC',
      subject: 'RISK',
      payloadRef: 'customer subgraph failed input CDC:RISK/cus_9/creditLimit/4',
      error: 'no customer cus_9',
      status: 'OPEN',
      attempts: 1,
      firstFailedAt: T0,
      lastFailedAt: T0,
      nextAttemptAt: later(BASE),
    });
  });

  it('add no attempt when sent again, one per newer failure, and wait for an operator after three retries', async () => {
    await recordReportedFailures(db.fork(), [report()], BASE);
    expect(await recordReportedFailures(db.fork(), [report(), report()], BASE)).toBe(0);
    expect(await item()).toMatchObject({ attempts: 1, nextAttemptAt: later(BASE) });
    await recordReportedFailures(db.fork(), [report({ failedAt: later(BASE), error: 'no customer cus_9 yet' })], BASE);
    expect(await item()).toMatchObject({ attempts: 2, error: 'no customer cus_9 yet', nextAttemptAt: later(3 * BASE) });
    // An older report arriving late changes nothing.
    expect(await recordReportedFailures(db.fork(), [report({ error: 'stale' })], BASE)).toBe(0);
    expect((await item()).error).toBe('no customer cus_9 yet');
    await recordReportedFailures(db.fork(), [report({ failedAt: later(3 * BASE) })], BASE);
    await recordReportedFailures(db.fork(), [report({ failedAt: later(7 * BASE) })], BASE);
    expect(await item()).toMatchObject({ attempts: 4, nextAttemptAt: null, status: 'OPEN' });
  });

  it('resolve the item with a resolution, recording the failure first when it was never heard of', async () => {
    const resolved = report({ resolvedAt: later(10), resolution: 'applied: sequence 4' });
    await recordReportedFailures(db.fork(), [resolved], BASE);
    expect(await item()).toMatchObject({
      status: 'RESOLVED',
      attempts: 1,
      resolvedBy: 'customer',
      resolvedAt: later(10),
      resolution: 'applied: sequence 4',
      nextAttemptAt: null,
    });
    expect(await recordReportedFailures(db.fork(), [resolved], BASE)).toBe(0);
    expect(await item()).toMatchObject({ status: 'RESOLVED', attempts: 1 });
  });

  it('leave an item open when its resolution is of an earlier failure than the latest recorded', async () => {
    await recordReportedFailures(db.fork(), [report({ failedAt: later(BASE) })], BASE);
    await recordReportedFailures(
      db.fork(),
      [report({ resolvedAt: later(10), resolution: 'applied: sequence 4' })],
      BASE,
    );
    expect(await item()).toMatchObject({ status: 'OPEN', attempts: 1, lastFailedAt: later(BASE) });
  });
});

describe('due failures', () => {
  it('are the open input items whose retry time has come, the longest waiting first', async () => {
    await recordReportedFailures(
      db.fork(),
      [
        report({ reference: 'CDC:RISK/a/status/1', failedAt: later(1000) }),
        report({ reference: 'CDC:RISK/b/status/1' }),
        report({ source: 'INGESTION', subject: 'CRM', reference: 'INGESTION:CRM/x', failedAt: later(BASE) }),
        report({ reference: 'CDC:RISK/c/status/1', resolvedAt: later(5), resolution: 'applied: sequence 1' }),
      ],
      BASE,
    );
    expect(await dueFailures(db.fork(), later(BASE - 1), 10)).toEqual([]);
    expect(await dueFailures(db.fork(), later(BASE + 1000), 10)).toEqual([
      'CDC:RISK/b/status/1',
      'CDC:RISK/a/status/1',
    ]);
    expect(await dueFailures(db.fork(), later(3 * BASE), 10)).toEqual([
      'CDC:RISK/b/status/1',
      'CDC:RISK/a/status/1',
      'INGESTION:CRM/x',
    ]);
    expect(await dueFailures(db.fork(), later(3 * BASE), 1)).toEqual(['CDC:RISK/b/status/1']);
  });

  it('include an item an operator retries now, with one run of the failed-inputs job queued for it', async () => {
    await registerJobs(
      db.fork(),
      [{ name: 'failed-inputs', description: 'retries', schedule: '*/10 * * * *', runsAs: ['data_steward'] }],
      T0,
    );
    await recordReportedFailures(db.fork(), [report(), report({ reference: 'CDC:RISK/d/status/1' })], BASE);
    await retryNow(db.fork(), await item(), 'operator');
    await retryNow(db.fork(), await item('CDC:RISK/d/status/1'), 'operator');
    expect(await dueFailures(db.fork(), new Date(), 10)).toHaveLength(2);
    const runs = await db.fork().find(JobRunEntity, { job: 'failed-inputs' });
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'QUEUED', trigger: 'MANUAL', requestedBy: 'operator' });
  });
});
