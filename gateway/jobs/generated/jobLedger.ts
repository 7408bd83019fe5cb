/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type JobClaimInput = {
  due: Array<JobSlotInput>;
  jobs: Array<string>;
  leaseMs: number;
  runner: string;
};

export type JobRegistrationInput = {
  description: string;
  name: string;
  runsAs: Array<string>;
  schedule?: string | null | undefined;
};

export type JobSlotInput = {
  job: string;
  slot: string;
};

export type JobTrigger =
  | 'MANUAL'
  /** A retry of a failed run, by itself after a backoff or asked for by an operator (retryException). */
  | 'RETRY'
  | 'SCHEDULE';

export type RegisterJobsMutationVariables = Exact<{
  jobs: Array<JobRegistrationInput> | JobRegistrationInput;
}>;


export type RegisterJobsMutation = { registerJobs: Array<{ name: string, since: string }> };

export type ClaimJobRunsMutationVariables = Exact<{
  claim: JobClaimInput;
}>;


export type ClaimJobRunsMutation = { claimJobRuns: Array<{ id: string, job: string, trigger: JobTrigger, attempt: number, scheduledFor: string | null }> };

export type RenewJobRunsMutationVariables = Exact<{
  runner: string;
  runIds: Array<string> | string;
  leaseMs: number;
}>;


export type RenewJobRunsMutation = { renewJobRuns: Array<string> };

export type SettleJobRunMutationVariables = Exact<{
  runner: string;
  runId: string;
  succeeded: boolean;
  outcome: string;
  retryBaseMs?: number | null | undefined;
}>;


export type SettleJobRunMutation = { settleJobRun: boolean };


export const RegisterJobsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterJobs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"jobs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobRegistrationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"jobs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"jobs"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"since"}}]}}]}}]} as unknown as DocumentNode<RegisterJobsMutation, RegisterJobsMutationVariables>;
export const ClaimJobRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimJobRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claim"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JobClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimJobRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"claim"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claim"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}}]}}]}}]} as unknown as DocumentNode<ClaimJobRunsMutation, ClaimJobRunsMutationVariables>;
export const RenewJobRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewJobRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runner"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaseMs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewJobRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runner"}}},{"kind":"Argument","name":{"kind":"Name","value":"runIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"leaseMs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaseMs"}}}]}]}}]} as unknown as DocumentNode<RenewJobRunsMutation, RenewJobRunsMutationVariables>;
export const SettleJobRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettleJobRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runner"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"succeeded"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retryBaseMs"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleJobRun"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runner"}}},{"kind":"Argument","name":{"kind":"Name","value":"runId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runId"}}},{"kind":"Argument","name":{"kind":"Name","value":"succeeded"},"value":{"kind":"Variable","name":{"kind":"Name","value":"succeeded"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"retryBaseMs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retryBaseMs"}}}]}]}}]} as unknown as DocumentNode<SettleJobRunMutation, SettleJobRunMutationVariables>;