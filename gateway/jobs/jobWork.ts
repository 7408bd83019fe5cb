import { addDays, today } from '../../lib/calendar';
import type { JobName } from '../../lib/jobs/catalogue';
import { describeErrors, type OperationExecutor } from '../operationExecutor';
import { runSyntheticTransaction } from '../probes/syntheticTransaction';

/**
 * What each job of the catalogue does, as operations through the gateway (as the job's principal).
 * A job's work answers what it did, in a line for the run's record, or throws why it failed.
 */

export interface JobContext {
  /** Runs an operation as the job; throws when it answers with errors or without data. */
  execute<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The same, answering whatever came back. */
  executor: OperationExecutor;
  /** The slot the run is for, or when an operator asked for it. */
  dueAt: Date;
  /** Waits, unless the runner stops first (then throws). */
  sleep(ms: number): Promise<void>;
}

export type JobWork = (job: JobContext) => Promise<string>;

/** How often a job waiting on a quality run looks at it again. */
export const QUALITY_RUN_POLL_MS = 2000;

export class JobStepFailure extends Error {}

/** `execute` for a job: an answer with errors fails the step with them. */
export function strictExecute(executor: OperationExecutor): JobContext['execute'] {
  return async <T>(query: string, variables?: Record<string, unknown>) => {
    const answer = await executor(query, variables);
    if (answer.errors?.length || !answer.data) throw new JobStepFailure(describeErrors(answer));
    return answer.data as T;
  };
}

/** Contracts per keepRevenueSummaries call: the most the contract subgraph takes at once. */
const SUMMARY_PAGE = 2000;

async function revenueSummaries(job: JobContext): Promise<string> {
  let after: string | null = null;
  let contracts = 0;
  let failed = 0;
  for (;;) {
    const { keepRevenueSummaries: pass }: { keepRevenueSummaries: RevenueSummaryPass } = await job.execute(
      'mutation JobRevenueSummaries($after: ID, $first: Int) { keepRevenueSummaries(after: $after, first: $first) { contracts failed endCursor done } }',
      { after, first: SUMMARY_PAGE },
    );
    contracts += pass.contracts;
    failed += pass.failed;
    if (pass.done) break;
    after = pass.endCursor;
  }
  return `today's revenue summaries kept for ${contracts} contracts${failed ? `; ${failed} could not be computed (a broken revenue rule)` : ''}`;
}

interface RevenueSummaryPass {
  contracts: number;
  failed: number;
  endCursor: string | null;
  done: boolean;
}

interface QualityRunState {
  id: string;
  status: 'RUNNING' | 'COMPLETED' | 'FAILED';
  customersChecked: number;
  averageScore: number;
  failure: string | null;
}

async function qualityRun(job: JobContext): Promise<string> {
  const started = await job.execute<{ runQualityChecks: { id: string } }>(
    'mutation JobQualityRun { runQualityChecks { id } }',
  );
  const id = started.runQualityChecks.id;
  for (;;) {
    await job.sleep(QUALITY_RUN_POLL_MS);
    const { qualityRuns } = await job.execute<{ qualityRuns: QualityRunState[] }>(
      'query JobQualityRuns { qualityRuns(first: 20) { id status customersChecked averageScore failure } }',
    );
    const run = qualityRuns.find((candidate) => candidate.id === id);
    if (!run) throw new JobStepFailure(`quality run ${id} is no longer among the latest runs`);
    if (run.status === 'FAILED') throw new JobStepFailure(`quality run ${id} failed: ${run.failure}`);
    if (run.status === 'COMPLETED')
      return `quality run ${id}: ${run.customersChecked} customers checked, average score ${run.averageScore}`;
  }
}

interface Reconciliation {
  balanced: boolean;
  differences: { system: string; against: string; customerCountDifference: number }[];
  explainingCustomers: { reason: string }[];
}

/** The business day before the one the run is due on: extracts describe a day once it is over. */
async function reconciliationCheck(job: JobContext): Promise<string> {
  const date = addDays(today(job.dueAt), -1);
  const { reconciliation } = await job.execute<{ reconciliation: Reconciliation | null }>(
    `query JobReconciliationCheck($date: Date!) {
      reconciliation(date: $date) {
        balanced
        differences { system against customerCountDifference }
        explainingCustomers { reason }
      }
    }`,
    { date },
  );
  if (!reconciliation) throw new JobStepFailure(`no system extract describes ${date}: nothing was reconciled`);
  if (!reconciliation.balanced) {
    const counts = reconciliation.differences
      .filter((difference) => difference.customerCountDifference !== 0)
      .map((d) => `${d.system} against ${d.against}: ${d.customerCountDifference} customers`);
    throw new JobStepFailure(
      `the reconciliation of ${date} does not balance: ${reconciliation.explainingCustomers.length} customer differences${counts.length ? ` (${counts.join('; ')})` : ''}`,
    );
  }
  return `the reconciliation of ${date} balances`;
}

/** `2026-Q4`: the quarter a run is due in seeds its sample, so a rerun of the quarter draws the same contracts. */
export function quarterOf(at: Date): string {
  return `${at.getUTCFullYear()}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`;
}

async function samplingAudit(job: JobContext): Promise<string> {
  const seed = `quarterly-${quarterOf(job.dueAt)}`;
  const { runSamplingAudit } = await job.execute<{
    runSamplingAudit: { id: string; sampleSize: number; errors: number; errorRate: number };
  }>('mutation JobSamplingAudit($seed: String!) { runSamplingAudit(seed: $seed) { id sampleSize errors errorRate } }', {
    seed,
  });
  const audit = runSamplingAudit;
  return `sampling audit ${audit.id} (seed ${seed}): ${audit.errors} of ${audit.sampleSize} sampled contracts in error, estimated rate ${audit.errorRate.toFixed(4)}`;
}

async function syntheticProbe(job: JobContext): Promise<string> {
  const report = await runSyntheticTransaction({ execute: job.executor });
  const hops = report.hops.map((hop) => `${hop.name} ${hop.ok ? 'ok' : 'FAILED'} ${hop.ms.toFixed(0)} ms`).join(', ');
  if (!report.ok) {
    const failed = report.hops.filter((hop) => !hop.ok).map((hop) => `${hop.name}: ${hop.detail}`);
    throw new JobStepFailure(`synthetic transaction ${report.marker} failed at ${failed.join('; ')} (${hops})`);
  }
  return `synthetic transaction ${report.marker}: ${hops}`;
}

export const JOB_WORK: Readonly<Record<JobName, JobWork>> = {
  'revenue-summaries': revenueSummaries,
  'quality-run': qualityRun,
  'reconciliation-check': reconciliationCheck,
  'sampling-audit': samplingAudit,
  'synthetic-probe': syntheticProbe,
};
