import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { InternalTokenConfig } from '../../lib/config';
import { callInternal } from '../../lib/internalGraphQLClient';
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

export class JobLedgerUnavailableError extends Error {}

export interface JobLedgerClientOptions {
  url: () => string;
  internalToken: InternalTokenConfig;
  timeoutMs: number;
}

/** The job ledger in the audit subgraph, called as the gateway with a one-time internal token per call. */
export class JobLedgerClient implements JobLedger {
  constructor(private readonly options: JobLedgerClientOptions) {}

  private async call<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables) {
    const answer = await callInternal({
      url: this.options.url(),
      target: 'audit',
      service: 'gateway',
      document,
      variables,
      internalToken: this.options.internalToken,
      timeoutMs: this.options.timeoutMs,
    });
    if (!answer.reached)
      throw new JobLedgerUnavailableError(`the job ledger cannot be reached: ${answer.error.message}`);
    if (!answer.data || answer.errors?.length)
      throw new JobLedgerUnavailableError(
        `the job ledger refused: ${answer.errors?.map((error) => error.message).join('; ') ?? `HTTP ${answer.status}`}`,
      );
    return answer.data;
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
