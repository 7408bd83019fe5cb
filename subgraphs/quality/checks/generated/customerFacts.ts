/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CustomerSegment =
  | 'ENTERPRISE'
  | 'MID_MARKET'
  | 'SMB';

export type CustomerStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'ON_HOLD'
  | 'PROSPECT';

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

export type TaxIdKind =
  | 'AU_ABN'
  | 'BR_CNPJ'
  | 'BR_CPF'
  | 'CH_UID'
  | 'CN_USCC'
  | 'DUNS'
  | 'EU_VAT'
  | 'GB_VAT'
  /** Bank and company identifiers that validateTaxId also checks; customers' taxIds never hold these kinds. */
  | 'IBAN'
  | 'IN_GSTIN'
  | 'JP_CORPORATE_NUMBER'
  | 'RU_INN'
  | 'SA_VAT'
  | 'US_ABA_ROUTING'
  | 'US_EIN';

export type CustomerQualityFactsQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CustomerQualityFactsQuery = { customerQualityFacts: Array<{ id: string, region: Region, segment: CustomerSegment | null, country: string, status: CustomerStatus, createdAt: string, legalNamePresent: boolean, billingAddressComplete: boolean, shippingAddressPresent: boolean, paymentTermsPresent: boolean, creditLimitPresent: boolean, dunsPresent: boolean, bankAccountsOnFile: number, suspectedDuplicate: boolean, mergedCustomerIds: Array<string>, taxIds: Array<{ kind: TaxIdKind, valid: boolean, reasonCode: string | null }> }> };


export const CustomerQualityFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomerQualityFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customerQualityFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"segment"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"legalNamePresent"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddressComplete"}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddressPresent"}},{"kind":"Field","name":{"kind":"Name","value":"paymentTermsPresent"}},{"kind":"Field","name":{"kind":"Name","value":"creditLimitPresent"}},{"kind":"Field","name":{"kind":"Name","value":"dunsPresent"}},{"kind":"Field","name":{"kind":"Name","value":"taxIds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bankAccountsOnFile"}},{"kind":"Field","name":{"kind":"Name","value":"suspectedDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"mergedCustomerIds"}}]}}]}}]} as unknown as DocumentNode<CustomerQualityFactsQuery, CustomerQualityFactsQueryVariables>;