import { JobRunner, type RunnableJob } from '../../../../gateway/jobs/jobRunner';
import type { ClaimedRun, JobLedger } from '../../../../gateway/jobs/jobLedgerClient';
import type { JobWork } from '../../../../gateway/jobs/jobWork';
import { JOB_CATALOGUE } from '../../../../lib/jobs/catalogue';
import { createLogger } from '../../../../lib/logger';

/**
 * The runner's side of a run, against a ledger held in memory (the ledger itself is tested on real
 * databases in test/integration/subgraphs/audit/jobLedger.test.ts): how a run ends is recorded with
 * the retry backoff, a run whose lease another runner took is stopped here and not recorded, and a
 * stopping runner leaves its runs to their leases.
 */

const log = createLogger('test', 'silent');

function ledger(runs: ClaimedRun[], held: () => boolean) {
  const settled: { runId: string; succeeded: boolean; outcome: string; retryBaseMs: number }[] = [];
  const double: JobLedger = {
    register: async (jobs) => jobs.map((job) => ({ name: job.name, since: new Date().toISOString() })),
    claim: async () => runs.splice(0),
    renew: async (_runner, runIds) => (held() ? runIds : []),
    settle: async (_runner, runId, succeeded, outcome, retryBaseMs) => {
      settled.push({ runId, succeeded, outcome, retryBaseMs });
      return true;
    },
  };
  return { double, settled };
}

const run = (id: string): ClaimedRun => ({ id, job: 'quality-run', trigger: 'MANUAL', attempt: 1, scheduledFor: null });

function runner(double: JobLedger, work: JobWork, leaseMs = 60_000) {
  const job: RunnableJob = { definition: JOB_CATALOGUE['quality-run'], schedule: null, work };
  return new JobRunner({
    ledger: double,
    jobs: [job],
    executorFor: () => async () => ({ data: {} }),
    pollMs: 10,
    leaseMs,
    retryBaseMs: 300_000,
    log,
    stopWaitMs: 1000,
  });
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

describe('the job runner', () => {
  it('records how each run ended, a failure with the retry backoff', async () => {
    const { double, settled } = ledger([run('ok'), run('broken')], () => true);
    const works: JobWork[] = [async () => 'did it', async () => Promise.reject(new Error('source down'))];
    const jobRunner = runner(double, async (job) => (works.shift() as JobWork)(job));
    jobRunner.start();
    await settle();
    await jobRunner.stop();
    expect(settled).toEqual([
      { runId: 'ok', succeeded: true, outcome: 'did it', retryBaseMs: 300_000 },
      { runId: 'broken', succeeded: false, outcome: 'source down', retryBaseMs: 300_000 },
    ]);
  });

  it('stops a run whose lease another runner took, and records nothing of it', async () => {
    const { double, settled } = ledger([run('taken')], () => false);
    let stopped = false;
    const jobRunner = runner(
      double,
      async (job) => {
        await job.sleep(10_000).catch((error) => {
          stopped = true;
          throw error;
        });
        return 'never';
      },
      30,
    );
    jobRunner.start();
    await settle();
    expect(stopped).toBe(true);
    expect(settled).toEqual([]);
    await jobRunner.stop();
  });

  it('stopping, leaves its runs unrecorded for their leases to run out', async () => {
    const { double, settled } = ledger([run('long')], () => true);
    let started = false;
    const jobRunner = runner(double, async (job) => {
      started = true;
      await job.sleep(10_000);
      return 'never';
    });
    jobRunner.start();
    await settle();
    expect(started).toBe(true);
    await jobRunner.stop();
    expect(settled).toEqual([]);
  });
});
