/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type PricingRouteQueryVariables = Exact<{
  coordinate: string;
}>;


export type PricingRouteQuery = { stewardshipRoute: { coordinate: string, accountableTeams: Array<string>, accountablePeople: Array<string> } };


export const PricingRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PricingRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"coordinate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stewardshipRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"coordinate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"coordinate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinate"}},{"kind":"Field","name":{"kind":"Name","value":"accountableTeams"}},{"kind":"Field","name":{"kind":"Name","value":"accountablePeople"}}]}}]}}]} as unknown as DocumentNode<PricingRouteQuery, PricingRouteQueryVariables>;