/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ClaimWebhookDeliveriesMutationVariables = Exact<{
  runner: string;
  leaseMs: number;
  max: number;
}>;


export type ClaimWebhookDeliveriesMutation = { claimWebhookDeliveries: Array<{ subscriptionId: string, url: string, roles: Array<string>, regions: Array<string>, after: string }> };

export type SettleWebhookDeliveryMutationVariables = Exact<{
  runner: string;
  subscriptionId: string;
  deliveredThrough?: string | null | undefined;
  error?: string | null | undefined;
  retryBaseMs: number;
}>;


export type SettleWebhookDeliveryMutation = { settleWebhookDelivery: boolean };

export type CustomerChangeHeadQueryVariables = Exact<{ [key: string]: never; }>;


export type CustomerChangeHeadQuery = { customerChangeHead: string | null };


export const ClaimWebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClaimWebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runner"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leaseMs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"max"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claimWebhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runner"}}},{"kind":"Argument","name":{"kind":"Name","value":"leaseMs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leaseMs"}}},{"kind":"Argument","name":{"kind":"Name","value":"max"},"value":{"kind":"Variable","name":{"kind":"Name","value":"max"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionId"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<ClaimWebhookDeliveriesMutation, ClaimWebhookDeliveriesMutationVariables>;
export const SettleWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SettleWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runner"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveredThrough"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"error"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"retryBaseMs"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"runner"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runner"}}},{"kind":"Argument","name":{"kind":"Name","value":"subscriptionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscriptionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"deliveredThrough"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveredThrough"}}},{"kind":"Argument","name":{"kind":"Name","value":"error"},"value":{"kind":"Variable","name":{"kind":"Name","value":"error"}}},{"kind":"Argument","name":{"kind":"Name","value":"retryBaseMs"},"value":{"kind":"Variable","name":{"kind":"Name","value":"retryBaseMs"}}}]}]}}]} as unknown as DocumentNode<SettleWebhookDeliveryMutation, SettleWebhookDeliveryMutationVariables>;
export const CustomerChangeHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerChangeHead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerChangeHead"}}]}}]} as unknown as DocumentNode<CustomerChangeHeadQuery, CustomerChangeHeadQueryVariables>;