/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ChangeInput = {
  actor: string;
  at: string;
  /** Unique per change, so that a retried delivery is recorded once. */
  changeId: string;
  /** The attribute's @sensitive label when it is classified: class, kind of value and mask. */
  classification?: string | null | undefined;
  /** The field showing the attribute that changed, e.g. Customer.creditLimit; absent when the attribute is not known. */
  coordinate?: string | null | undefined;
  entity: string;
  entityId: string;
  field: string;
  kind?: string | null | undefined;
  mask?: string | null | undefined;
  newValue?: string | null | undefined;
  oldValue?: string | null | undefined;
  reason?: string | null | undefined;
};

export type RecordChangesMutationVariables = Exact<{
  changes: Array<ChangeInput> | ChangeInput;
}>;


export type RecordChangesMutation = { recordChanges: number };


export const RecordChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changes"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changes"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changes"}}}]}]}}]} as unknown as DocumentNode<RecordChangesMutation, RecordChangesMutationVariables>;