/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/**
 * The data-protection regime a customer's country puts it under (lib/regions.ts places every ISO 3166-1
 * country in exactly one): EU (with the EEA), UK, CH, US, CA, MX, BR, IN, JP, CN, RU, SA, AU, and ROW for
 * every other country.
 */
export type Region =
  | 'AU'
  | 'BR'
  | 'CA'
  | 'CH'
  | 'CN'
  | 'EU'
  | 'IN'
  | 'JP'
  | 'MX'
  | 'ROW'
  | 'RU'
  | 'SA'
  | 'UK'
  | 'US';

export type CustomerJurisdictionsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type CustomerJurisdictionsQuery = { customerJurisdictions: Array<{ id: string, region: Region, mergedInto: string | null, paymentTermsCode: string | null, mergedCustomerIds: Array<string>, creditHold: boolean, billingCountry: string, billingSubdivision: string | null, creditLimit: { amount: string, currency: string } | null }> };


export const CustomerJurisdictionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerJurisdictions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerJurisdictions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsCode"}},{"kind":"Field","name":{"kind":"Name","value":"mergedCustomerIds"}},{"kind":"Field","name":{"kind":"Name","value":"creditHold"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billingCountry"}},{"kind":"Field","name":{"kind":"Name","value":"billingSubdivision"}}]}}]}}]} as unknown as DocumentNode<CustomerJurisdictionsQuery, CustomerJurisdictionsQueryVariables>;