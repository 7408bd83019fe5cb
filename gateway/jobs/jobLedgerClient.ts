import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { callAuditAsGateway, type AuditServiceOptions } from '../auditServiceCall';
import {
  ClaimJobRunsDocument,
  RegisterJobsDocument,
  RenewJobRunsDocument,
  SettleJobRunDocument,
  type ClaimJobRunsMutation,
  type JobClaimInput,
  type JobRegistrationInput,
} from './generated/jobLedger';

/** A run a runner took: what to run, and the slot it is for (null for a manual run). */
export type ClaimedRun = ClaimJobRunsMutation['claimJobRuns'][number];

/** What a runner needs of the job ledger (the audit subgraph's, or a test's). */
export interface JobLedger {
  register(jobs: JobRegistrationInput[]): Promise<{ name: string; since: string }[]>;
  claim(claim: JobClaimInput): Promise<ClaimedRun[]>;
  renew(runner: string, runIds: string[], leaseMs: number): Promise<string[]>;
  settle(runner: string, runId: string, succeeded: boolean, outcome: string, retryBaseMs: number): Promise<boolean>;
}

/** The job ledger in the audit subgraph. */
export class JobLedgerClient implements JobLedger {
  constructor(private readonly options: AuditServiceOptions) {}

  private call<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
    return callAuditAsGateway(this.options, 'the job ledger', document, variables);
  }

  async register(jobs: JobRegistrationInput[]) {
    return (await this.call(RegisterJobsDocument, { jobs })).registerJobs;
  }

  async claim(claim: JobClaimInput) {
    return (await this.call(ClaimJobRunsDocument, { claim })).claimJobRuns;
  }

  async renew(runner: string, runIds: string[], leaseMs: number) {
    return (await this.call(RenewJobRunsDocument, { runner, runIds, leaseMs })).renewJobRuns;
  }

  async settle(runner: string, runId: string, succeeded: boolean, outcome: string, retryBaseMs: number) {
    return (await this.call(SettleJobRunDocument, { runner, runId, succeeded, outcome, retryBaseMs })).settleJobRun;
  }
}
