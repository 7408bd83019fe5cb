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

export type SourceSystem =
  | 'BILLING'
  | 'COLLECTIONS'
  | 'CRM'
  | 'ERP'
  | 'RISK';

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
