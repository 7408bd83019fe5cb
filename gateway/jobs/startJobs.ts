import type { ApolloServer } from '@apollo/server';
import type { CustosConfig } from '../../lib/config';
import { JOB_CATALOGUE, JOB_NAMES } from '../../lib/jobs/catalogue';
import type { Logger } from '../../lib/logger';
import { REGIONS } from '../../lib/regions';
import type { GatewayContext } from '../context';
import { inProcessExecutor, withoutErrorMessages } from '../operationExecutor';
import { JobLedgerClient } from './jobLedgerClient';
import { JobRunner } from './jobRunner';
import { JOB_WORK } from './jobWork';
import type { GatewayMetrics } from '../metrics/gatewayMetrics';

/** The job runner, running each job as its principal through this gateway's own plugins. */
export function startJobs(
  config: CustosConfig,
  apollo: ApolloServer<GatewayContext>,
  auditUrl: () => string,
  log: Logger,
  metrics: GatewayMetrics,
): JobRunner {
  const runner = new JobRunner({
    ledger: new JobLedgerClient({
      url: auditUrl,
      internalToken: config.internalToken,
      timeoutMs: config.subgraphTimeoutMs,
    }),
    jobs: JOB_NAMES.map((name) => ({
      definition: JOB_CATALOGUE[name],
      schedule: config.jobs.schedules[name],
      work: JOB_WORK[name],
    })),
    // What a job records of its operations' errors is read by roles other than the job's own: codes, not messages.
    executorFor: (job) =>
      withoutErrorMessages(
        inProcessExecutor(apollo, { sub: `job:${job.name}`, roles: [...job.runsAs], regions: [...REGIONS] }, log),
      ),
    pollMs: config.jobs.pollMs,
    leaseMs: config.jobs.leaseMs,
    retryBaseMs: config.jobs.retryBaseMs,
    log: log.child({ component: 'jobs' }),
    onRunEnded: (job, succeeded) => metrics.jobRuns.inc({ job, outcome: succeeded ? 'succeeded' : 'failed' }),
    retentionPurge: config.retention.purge,
  });
  runner.start();
  return runner;
}
