export type AllocationMethod =
  | 'DISCOUNT_TO_SUBSET'
  | 'RELATIVE_SSP'
  | 'RESIDUAL';

export type ApprovalStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED';

export type ContractStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'EXPIRED'
  | 'TERMINATED';

export type EstimateMethod =
  | 'EXPECTED_VALUE'
  | 'MOST_LIKELY_AMOUNT';

export type InvoiceStatus =
  | 'OPEN'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'VOID';

export type LedgerMismatchReason =
  | 'AMOUNT'
  | 'CURRENCY';

export type ModificationType =
  | 'CUMULATIVE_CATCH_UP'
  | 'PROSPECTIVE'
  | 'SEPARATE_CONTRACT';

export type PricingTier =
  | 'GOLD'
  | 'LIST'
  | 'PLATINUM'
  | 'SILVER';

export type RenewalSignal =
  | 'AT_RISK'
  | 'CHURNING'
  | 'LIKELY';

export type RevisionTreatment =
  | 'CUMULATIVE_CATCH_UP'
  | 'INITIAL'
  | 'PROSPECTIVE'
  | 'SEPARATE_CONTRACT';

export type SatisfactionPattern =
  | 'INPUT_METHOD'
  | 'POINT_IN_TIME'
  | 'RATABLE';

export type WriteOffStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED';
