/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AuditEventInput = {
  /** The event's content as JSON text (principal, operation, coordinates, records, outcome ...). */
  body: string;
  id: string;
  kind: AuditEventKind;
  /** Who produced it, signed: the trail keeps only what the process it names signed and may report. */
  origin: AuditOriginInput;
};

/** What an audit event records. */
export type AuditEventKind =
  /** A raised alert, e.g. a bulk export. */
  | 'ALERT'
  /** A refused internal call. */
  | 'ATTEMPT'
  /** A sensitive operation, served or refused. */
  | 'OPERATION';

export type AuditOriginInput = {
  /** gateway, or a service's name. */
  by: string;
  keyId: string;
  /** Base64 Ed25519 signature over the canonical form of {id, kind, body, by}. */
  signature: string;
};

export type AppendAuditEventsMutationVariables = Exact<{
  events: Array<AuditEventInput> | AuditEventInput;
}>;


export type AppendAuditEventsMutation = { appendAuditEvents: Array<{ id: string, sequence: number }> };


export const AppendAuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppendAuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"events"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appendAuditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"events"},"value":{"kind":"Variable","name":{"kind":"Name","value":"events"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}}]}}]}}]} as unknown as DocumentNode<AppendAuditEventsMutation, AppendAuditEventsMutationVariables>;