import type { Role } from '../roles';

/**
 * The jobs Custos runs by itself, as data: what each does, when (a cron pattern in UTC, which
 * JOB_SCHEDULES may change per deployment), and as whom. A job is a principal like any caller: its
 * operations go through the gateway's policy and land on the audit trail under `job:<name>`, with
 * the roles named here and every region.
 */

export const JOB_NAMES = [
  'revenue-summaries',
  'quality-run',
  'reconciliation-check',
  'sampling-audit',
  'synthetic-probe',
  'tax-exemptions',
  'credit-scores',
  'failed-inputs',
  'retention-purge',
  'role-assignments',
  'access-review',
  'register-expiry',
  'dispute-escalation',
  'audit-verify',
] as const;
export type JobName = (typeof JOB_NAMES)[number];

export interface JobDefinition {
  name: JobName;
  description: string;
  /** Cron pattern (five fields, or six with seconds first), in UTC. */
  schedule: string;
  runsAs: readonly Role[];
}

export const JOB_CATALOGUE: Readonly<Record<JobName, JobDefinition>> = {
  'revenue-summaries': {
    name: 'revenue-summaries',
    description:
      "Computes and keeps every contract's revenue summary of the day, so BI reads it instead of computing it",
    schedule: '5 0 * * *',
    runsAs: ['finance_analyst'],
  },
  'quality-run': {
    name: 'quality-run',
    description: 'Every quality rule and KPI over all customers, stored (runQualityChecks); done when the run is',
    schedule: '0 2 * * *',
    runsAs: ['data_steward'],
  },
  'reconciliation-check': {
    name: 'reconciliation-check',
    description: "Checks that yesterday's system extracts were reconciled and balance; fails when not",
    schedule: '30 6 * * *',
    runsAs: ['finance_analyst'],
  },
  'sampling-audit': {
    name: 'sampling-audit',
    description: 'The quarterly sampling audit of revenue schedules, seeded by the quarter (runSamplingAudit)',
    schedule: '0 3 1 1,4,7,10 *',
    runsAs: ['auditor'],
  },
  'synthetic-probe': {
    name: 'synthetic-probe',
    description:
      'A marked test customer and order pushed through ingestion, contract, invoice and reconciliation, then removed',
    schedule: '*/15 * * * *',
    runsAs: ['admin', 'billing_ops'],
  },
  'tax-exemptions': {
    name: 'tax-exemptions',
    description:
      "Loads the tax exemption certificates the provider delivered (refreshTaxExemptions) before the day's invoicing; fails on a refused batch",
    schedule: '0 1 * * *',
    runsAs: ['billing_ops'],
  },
  'credit-scores': {
    name: 'credit-scores',
    description:
      "Applies the risk vendor's credit score deliveries (refreshCreditScores) and the score bands' limits; fails on a refused delivery",
    schedule: '30 0 * * *',
    runsAs: ['credit_analyst'],
  },
  'failed-inputs': {
    name: 'failed-inputs',
    description:
      'Retries the rejected source records and change events the exception queue has due (retryFailedInputs), as they were sent',
    schedule: '*/10 * * * *',
    runsAs: ['data_steward'],
  },
  'retention-purge': {
    name: 'retention-purge',
    description:
      'The retention purge over every record class (runRetentionPurge): a dry run with a report unless RETENTION_PURGE=enforce; legal holds keep what they cover',
    schedule: '0 4 * * 0',
    runsAs: ['admin'],
  },
  'role-assignments': {
    name: 'role-assignments',
    description:
      "Loads who holds which role from the identity provider's export (refreshRoleAssignments); fails on a refused export",
    schedule: '15 1 * * *',
    runsAs: ['admin'],
  },
  'access-review': {
    name: 'access-review',
    description: 'Opens the access review of the quarter just ended (openAccessReview), due 30 days after it',
    schedule: '0 5 1 1,4,7,10 *',
    runsAs: ['auditor'],
  },
  'register-expiry': {
    name: 'register-expiry',
    description:
      'Alerts on data processing agreements and vendor contracts about to expire and DPIAs due for review (raiseComplianceAlerts), once each',
    schedule: '15 5 * * *',
    runsAs: ['data_steward'],
  },
  'dispute-escalation': {
    name: 'dispute-escalation',
    description:
      "Escalates every open dispute whose level's time limit passed (escalateDueDisputes) to the next level of policies/escalation.ts",
    schedule: '*/15 * * * *',
    runsAs: ['data_steward'],
  },
  'audit-verify': {
    name: 'audit-verify',
    description:
      'Verifies the whole audit trail and its signed checkpoints (auditChain); a broken chain fails the run and opens an AUDIT_CHAIN_FAILURE incident',
    schedule: '17 * * * *',
    runsAs: ['auditor'],
  },
};

/** Whether a principal is a job (`job:<name>`) rather than a person: a job never approves what another asked for. */
export function isJobPrincipal(sub: string): boolean {
  return sub.startsWith('job:');
}

export function isJobName(value: string): value is JobName {
  return (JOB_NAMES as readonly string[]).includes(value);
}
