export type ConsentDecision =
  | 'GRANTED'
  | 'WITHDRAWN';

/** What decided whether a person may be contacted: their own consent signal, or the purpose's contact rule. */
export type ContactBasis =
  | 'RULE'
  | 'SIGNAL';

/** A way of reaching a person at a customer. */
export type ContactChannel =
  | 'EMAIL'
  | 'PHONE'
  /** A letter to the customer's billing address, for the attention of the person. */
  | 'POST'
  | 'SMS';

/** Why a person is contacted; each has its contact rules (policies/contactRules.ts). */
export type ContactPurpose =
  /** Reminders and collection of overdue invoices. */
  | 'DUNNING'
  /** Offers, newsletters and invitations. */
  | 'MARKETING'
  /** Messages about the customer's account, orders and the service it buys. */
  | 'SERVICE';

/** Who asked for a credit-limit change. */
export type CreditLimitChangeOrigin =
  /** The credit-limit policy's score band, after a credit score refresh. */
  | 'SCORE_BAND'
  /** A person, through updateCustomer. */
  | 'STEWARD';

/**
 * Where a credit-limit change stands: REQUESTED by one principal, then APPROVED (applied) or REJECTED
 * once by another person; SUPERSEDED when a later change of the customer's limit came before a decision.
 */
export type CreditLimitChangeStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED'
  | 'SUPERSEDED';

export type CreditScoreDeliveryStatus =
  /** Every row checked and applied; the delivery was moved aside (the file drop: to processed/). */
  | 'APPLIED'
  /** A row failed a check: nothing of the delivery was applied, and it stays where it is to be corrected. */
  | 'REFUSED';

export type CustomerSegment =
  | 'ENTERPRISE'
  | 'MID_MARKET'
  | 'SMB';

export type CustomerStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'ON_HOLD'
  | 'PROSPECT';

/** What ingesting one record did. */
export type IngestOutcome =
  /** Matched no customer: a new customer was created for it. */
  | 'CREATED'
  /** Linked to an existing customer (a shared tax id or D-U-N-S, or a name above the merge threshold). */
  | 'MERGED'
  /** Kept as a provisional customer until a data steward decides on its match (reviewId). */
  | 'QUEUED_FOR_REVIEW'
  /** Not taken, for the reasons given; nothing of it was stored. */
  | 'REJECTED'
  /** Not newer than the version already held: nothing changed. */
  | 'UNCHANGED'
  /** A newer version of a record already held: its customer was recomputed. */
  | 'UPDATED';

/** Who a golden attribute's value came from: a source system, or a data steward editing the customer. */
export type LineageSource =
  | 'BILLING'
  | 'COLLECTIONS'
  | 'CRM'
  | 'ERP'
  | 'RISK'
  | 'STEWARD';

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
