export type CustomerSegment =
  | 'ENTERPRISE'
  | 'MID_MARKET'
  | 'SMB';

export type CustomerStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'ON_HOLD'
  | 'PROSPECT';

export type Region =
  | 'AU'
  | 'BR'
  | 'CN'
  | 'EU'
  | 'IN'
  | 'JP'
  | 'RU'
  | 'SA'
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
