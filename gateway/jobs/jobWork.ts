import { addDays, today } from '../../lib/calendar';
import { quarterEndedBefore } from '../../lib/reviewPeriod';
import type { JobName } from '../../lib/jobs/catalogue';
import type { CustosConfig } from '../../lib/config';
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
  /** How this deployment runs the retention purge (RETENTION_PURGE). */
  retentionPurge: CustosConfig['retention']['purge'];
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

interface TaxExemptionRefresh {
  provider: string;
  batches: { source: string; certificates: number; created: number; updated: number }[];
}

/** A refused batch fails the run (TAX_CERTIFICATES_REFUSED); what was loaded is counted, never quoted. */
async function taxExemptions(job: JobContext): Promise<string> {
  const { refreshTaxExemptions: refresh } = await job.execute<{ refreshTaxExemptions: TaxExemptionRefresh }>(
    'mutation JobTaxExemptions { refreshTaxExemptions { provider batches { source certificates created updated } } }',
  );
  const sum = (key: 'certificates' | 'created' | 'updated') =>
    refresh.batches.reduce((total, batch) => total + batch[key], 0);
  return `${refresh.provider}: ${refresh.batches.length} batches loaded, ${sum('certificates')} certificates (${sum('created')} new, ${sum('updated')} changed)`;
}

interface CreditScoreDelivery {
  reference: string;
  status: 'APPLIED' | 'REFUSED';
  rows: number;
  scoresChanged: number;
  limitsChanged: number;
  limitChangesRequested: number;
  problems: { line: number; reason: string }[];
}

/** Problems quoted in a failed run's record, per delivery; the rest are counted. */
const PROBLEMS_QUOTED = 10;

/**
 * A refused delivery fails the run with its lines' reasons (which name rules, never values); what was
 * applied is counted, never quoted: scores and limits are credit data the run's readers may not see.
 */
async function creditScores(job: JobContext): Promise<string> {
  const { refreshCreditScores: refresh } = await job.execute<{
    refreshCreditScores: { source: string; deliveries: CreditScoreDelivery[] };
  }>(
    'mutation JobCreditScores { refreshCreditScores { source deliveries { reference status rows scoresChanged limitsChanged limitChangesRequested problems { line reason } } } }',
  );
  const refused = refresh.deliveries.filter((delivery) => delivery.status === 'REFUSED');
  if (refused.length > 0) {
    const why = refused.map(({ reference, problems }) => {
      const quoted = problems.slice(0, PROBLEMS_QUOTED).map(({ line, reason }) => `line ${line}: ${reason}`);
      const more = problems.length > PROBLEMS_QUOTED ? `; and ${problems.length - PROBLEMS_QUOTED} more` : '';
      return `${reference} refused, nothing of it applied (${quoted.join('; ')}${more})`;
    });
    throw new JobStepFailure(`${refresh.source}: ${why.join('; ')}`);
  }
  const sum = (key: 'rows' | 'scoresChanged' | 'limitsChanged' | 'limitChangesRequested') =>
    refresh.deliveries.reduce((total, delivery) => total + delivery[key], 0);
  if (refresh.deliveries.length === 0) return `${refresh.source}: no credit score delivery was waiting`;
  const applied = `${refresh.deliveries.length} deliveries applied, ${sum('rows')} rows`;
  const changed = `${sum('scoresChanged')} scores changed, ${sum('limitsChanged')} limits changed by score band`;
  return `${refresh.source}: ${applied}: ${changed}, ${sum('limitChangesRequested')} limit raises wait for approval`;
}

interface FailedInputRetry {
  due: number;
  resolved: number;
  failed: number;
  unknown: number;
}

/**
 * One page of due failed inputs a run: an input that fails again is due again only once its report
 * reached the exception queue, so a second page at once could retry it twice. Counted, never quoted:
 * a record may carry values the run's readers may not see.
 */
async function failedInputs(job: JobContext): Promise<string> {
  const { retryFailedInputs: retry } = await job.execute<{ retryFailedInputs: FailedInputRetry }>(
    'mutation JobFailedInputs { retryFailedInputs { due resolved failed unknown } }',
  );
  const unknown = retry.unknown ? `, ${retry.unknown} unknown to the customer subgraph` : '';
  return `${retry.due} failed inputs due: ${retry.resolved} resolved, ${retry.failed} failed again${unknown}`;
}

interface ComplianceAlertPass {
  asOf: string;
  thresholdDays: number;
  raised: number;
  open: number;
}

/** The alerts due on the day the run is for; partners and initiatives are counted here, named in complianceAlerts. */
async function registerExpiry(job: JobContext): Promise<string> {
  const { raiseComplianceAlerts: pass } = await job.execute<{ raiseComplianceAlerts: ComplianceAlertPass }>(
    'mutation JobRegisterExpiry($asOf: Date) { raiseComplianceAlerts(asOf: $asOf) { asOf thresholdDays raised open } }',
    { asOf: today(job.dueAt) },
  );
  return `${pass.raised} compliance alerts raised as of ${pass.asOf} (${pass.thresholdDays} days ahead); ${pass.open} open`;
}

interface RoleAssignmentRefresh {
  source: string;
  users: number;
  held: number;
  began: number;
  ended: number;
}

/** A refused export fails the run (ROLE_ASSIGNMENTS_REFUSED) and the assignments stand as they were. */
async function roleAssignments(job: JobContext): Promise<string> {
  const { refreshRoleAssignments: refresh } = await job.execute<{ refreshRoleAssignments: RoleAssignmentRefresh }>(
    'mutation JobRoleAssignments { refreshRoleAssignments { source users held began ended } }',
  );
  return `${refresh.source}: ${refresh.users} users, ${refresh.held} role assignments held (${refresh.began} began, ${refresh.ended} ended)`;
}

/** The review of the quarter before the one the run is due in: on 1 January, the fourth quarter's. */
async function accessReview(job: JobContext): Promise<string> {
  const period = quarterEndedBefore(job.dueAt);
  const { openAccessReview: review } = await job.execute<{
    openAccessReview: { period: string; dueOn: string; principalCount: number };
  }>(
    'mutation JobAccessReview($period: String!) { openAccessReview(period: $period) { period dueOn principalCount } }',
    { period },
  );
  return `access review ${review.period} open: ${review.principalCount} principals to review by ${review.dueOn}`;
}

interface RetentionPurgeReport {
  id: string;
  dryRun: boolean;
  asOf: string;
  removed: number;
  heldBack: number;
}

/** Counted, never quoted: which records went is in the run's report (retentionPurgeRuns), for those who may read it. */
async function retentionPurge(job: JobContext): Promise<string> {
  const dryRun = job.retentionPurge !== 'enforce';
  const { runRetentionPurge: run } = await job.execute<{ runRetentionPurge: RetentionPurgeReport }>(
    'mutation JobRetentionPurge($dryRun: Boolean!) { runRetentionPurge(dryRun: $dryRun) { id dryRun asOf removed heldBack } }',
    { dryRun },
  );
  const what = run.dryRun ? `dry run: ${run.removed} records would be removed` : `${run.removed} records removed`;
  return `retention purge ${run.id} as of ${run.asOf}, ${what}, ${run.heldBack} held back by legal holds`;
}

interface AuditChainStatus {
  intact: boolean;
  length: number;
  firstBrokenEventId: string | null;
  reason: string | null;
  checkpointsVerified: number;
}

interface ChangeLogChainStatus {
  intact: boolean;
  length: number;
  removed: number;
  firstBrokenEntryId: string | null;
  reason: string | null;
  checkpointsVerified: number;
}

/** The audit subgraph opens the incident for a broken trail or change log as it verifies; the run fails with where they broke. */
async function auditVerify(job: JobContext): Promise<string> {
  const { auditChain: chain, changeLogChain: changes } = await job.execute<{
    auditChain: AuditChainStatus;
    changeLogChain: ChangeLogChainStatus;
  }>(
    `query JobAuditVerify {
      auditChain { intact length firstBrokenEventId reason checkpointsVerified }
      changeLogChain { intact length removed firstBrokenEntryId reason checkpointsVerified }
    }`,
  );
  const broken = [
    chain.intact
      ? null
      : `the audit chain is broken at ${chain.firstBrokenEventId ?? 'its end or a checkpoint'}: ${chain.reason ?? 'no reason given'}`,
    changes.intact
      ? null
      : `the change log is broken at ${changes.firstBrokenEntryId ?? 'its end or a checkpoint'}: ${changes.reason ?? 'no reason given'}`,
  ].filter((problem) => problem !== null);
  if (broken.length > 0) throw new JobStepFailure(broken.join('; '));
  return (
    `the audit chain of ${chain.length} events is intact (${chain.checkpointsVerified} checkpoints verified); ` +
    `the change log of ${changes.length} entries is intact (${changes.removed} removed under retention, ${changes.checkpointsVerified} checkpoints verified)`
  );
}

/** Disputes are escalated as of the slot the run is for; counted here, named in disputes. */
async function disputeEscalation(job: JobContext): Promise<string> {
  const { escalateDueDisputes: pass } = await job.execute<{ escalateDueDisputes: { escalated: number } }>(
    'mutation JobDisputeEscalation($asOf: DateTime) { escalateDueDisputes(asOf: $asOf) { escalated } }',
    { asOf: job.dueAt.toISOString() },
  );
  return `${pass.escalated} disputes escalated`;
}

export const JOB_WORK: Readonly<Record<JobName, JobWork>> = {
  'revenue-summaries': revenueSummaries,
  'quality-run': qualityRun,
  'reconciliation-check': reconciliationCheck,
  'sampling-audit': samplingAudit,
  'synthetic-probe': syntheticProbe,
  'tax-exemptions': taxExemptions,
  'credit-scores': creditScores,
  'failed-inputs': failedInputs,
  'retention-purge': retentionPurge,
  'role-assignments': roleAssignments,
  'access-review': accessReview,
  'register-expiry': registerExpiry,
  'dispute-escalation': disputeEscalation,
  'audit-verify': auditVerify,
};
