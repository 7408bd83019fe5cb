/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type IncidentKind =
  /** Verifying the audit trail found its chain broken. */
  | 'AUDIT_CHAIN_FAILURE'
  /** A principal read many sensitive records in one operation or within a window (the bulk export monitor). */
  | 'BULK_EXPORT'
  /** A subgraph refused a request without a valid internal token: a caller bypassing the gateway. */
  | 'FORGED_INTERNAL_REQUEST'
  /** A principal was refused (FORBIDDEN) many times within a window at a gateway. */
  | 'REPEATED_DENIALS';

/** Security events of one kind and subject, counted together by the reporter. Not part of the public API. */
export type SecurityEventInput = {
  detail: string;
  firstAt: string;
  kind: IncidentKind;
  lastAt: string;
  occurrences: number;
  subject: string;
};

export type ReportSecurityEventsMutationVariables = Exact<{
  events: Array<SecurityEventInput> | SecurityEventInput;
}>;


export type ReportSecurityEventsMutation = { reportSecurityEvent: number };


export const ReportSecurityEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportSecurityEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SecurityEventInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportSecurityEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}]}]}}]} as unknown as DocumentNode<ReportSecurityEventsMutation, ReportSecurityEventsMutationVariables>;