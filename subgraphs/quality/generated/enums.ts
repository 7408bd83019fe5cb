export type CaseStatus =
  | 'OPEN'
  | 'RESOLVED';

export type CustomerSegment =
  | 'ENTERPRISE'
  | 'MID_MARKET'
  | 'SMB';

export type KpiName =
  | 'ADDRESS_COMPLETENESS'
  | 'BANK_DETAIL_VALIDITY'
  | 'DUPLICATE_RATE'
  | 'PO_COVERAGE'
  | 'TAX_CODE_VALIDITY';

export type LedgerSystem =
  | 'BILLING'
  | 'COLLECTIONS'
  | 'GL';

export type PaymentAnomalyKind =
  | 'AMOUNT_OUTLIER'
  | 'DAYS_TO_PAY_OUTLIER'
  | 'DUPLICATE_PAYMENT'
  | 'NON_POSITIVE_AMOUNT'
  | 'OVERPAYMENT'
  | 'PAYMENT_BEFORE_INVOICE';

export type QualityRunStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

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

export type Severity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

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

export type ValidationReasonCode =
  | 'CHECK_DIGIT'
  | 'FORMAT'
  | 'LENGTH'
  | 'UNKNOWN_PREFIX';
