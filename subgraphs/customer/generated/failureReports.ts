/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * A source record or change event the customer subgraph rejected (it keeps the input itself), or its
 * resolution. Not part of the public API.
 */
export type FailureReportInput = {
  /** Why it failed the latest time, without quoted values. */
  error: string;
  /** When it failed the latest time: a report of a failure already recorded adds no attempt. */
  failedAt: string;
  /** INGESTION:<sourceSystem>/<sourceId> or CDC:<source>/<customerId>/<attribute>/<sequence>. */
  reference: string;
  resolution?: string | null | undefined;
  /** When a later record or event made it good; null while none has. */
  resolvedAt?: string | null | undefined;
  /** INGESTION or CDC. */
  source: string;
  /** The source system that sent it. */
  subject: string;
};

export type ReportFailuresMutationVariables = Exact<{
  reports: Array<FailureReportInput> | FailureReportInput;
}>;


export type ReportFailuresMutation = { reportFailures: number };


export const ReportFailuresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportFailures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reports"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FailureReportInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportFailures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reports"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reports"}}}]}]}}]} as unknown as DocumentNode<ReportFailuresMutation, ReportFailuresMutationVariables>;