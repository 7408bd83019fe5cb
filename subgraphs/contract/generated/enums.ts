export type AllocationMethod =
  /** A discount to one or more bundles of obligations on observable evidence (ASC 606-10-32-37). */
  | 'DISCOUNT_TO_SUBSET'
  | 'RELATIVE_SSP'
  /** One obligation's standalone selling price estimated as what the others leave (ASC 606-10-32-34(c)). */
  | 'RESIDUAL'
  /** The residual approach after a discount to a bundle: the residual is what the others' standalone selling prices and the bundles' observable prices leave (ASC 606-10-55-259, Example 34 Case B). */
  | 'RESIDUAL_AFTER_DISCOUNT';

export type ApprovalStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED';

export type ContractStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'EXPIRED'
  | 'TERMINATED';

/** The customer segments of the customer master; a contract's segment picks its standalone selling prices. */
export type CustomerSegment =
  | 'ENTERPRISE'
  | 'MID_MARKET'
  | 'SMB';

export type EstimateMethod =
  | 'EXPECTED_VALUE'
  | 'MOST_LIKELY_AMOUNT';

/**
 * What issueInvoice does when the customer's certificate for the invoice's jurisdiction and products
 * does not hold on the invoice date (see TaxExemptionProblem).
 */
export type InvalidTaxExemptionHandling =
  /** Issue it TAXABLE, with Invoice.taxReview saying why, for a tax reviewer. */
  | 'ISSUE_TAXABLE_FOR_REVIEW'
  /** Refuse the invoice (TAX_EXEMPTION_INVALID); nothing is written. */
  | 'REFUSE';

export type InvoiceStatus =
  | 'OPEN'
  | 'PAID'
  | 'PARTIALLY_PAID'
  | 'VOID';

export type JournalAccount =
  | 'ACCOUNTS_RECEIVABLE'
  | 'DEFERRED_REVENUE'
  | 'REVENUE'
  | 'UNBILLED_RECEIVABLE';

export type LedgerMismatchReason =
  | 'AMOUNT'
  | 'CURRENCY';

export type ModificationType =
  | 'CUMULATIVE_CATCH_UP'
  | 'PROSPECTIVE'
  | 'SEPARATE_CONTRACT'
  /** Not a modification: a re-estimate of variable consideration at a reporting date, kept in the same trail (ASC 606-10-32-42 to 32-45). */
  | 'VARIABLE_CONSIDERATION';

/** Why a pricing tier changes, which decides how revenue takes it (ASC 606). */
export type PricingChangeBasis =
  /** The contract's own tier terms moved the customer (e.g. a volume threshold reached): a change in the estimate of variable consideration, caught up cumulatively (606-10-32-42 to 32-45). */
  | 'CONTRACT_TERMS'
  /** The parties agreed a new price after inception: a contract modification (606-10-25-10), classified from the facts. */
  | 'RENEGOTIATED';

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

/**
 * Why a certificate that would exempt an invoice (its jurisdiction and scope fit) did not hold on the
 * invoice date.
 */
export type TaxExemptionProblem =
  | 'EXPIRED'
  | 'NOT_YET_VALID'
  | 'PENDING'
  | 'REJECTED'
  | 'REVOKED';

/** Where a tax exemption certificate stands with its provider's verification. */
export type TaxExemptionStatus =
  /** Received, not yet verified: it exempts nothing yet. */
  | 'PENDING'
  /** Verification failed: it exempts nothing. */
  | 'REJECTED'
  /** Withdrawn by the authority or the customer: it exempts nothing. */
  | 'REVOKED'
  /** Verified: it exempts invoices of its jurisdiction and scope from validFrom to validTo. */
  | 'VERIFIED';

/** How an invoice is taxed. */
export type TaxTreatment =
  /** Exempt under the certificate Invoice.taxExemption names. */
  | 'EXEMPT'
  | 'TAXABLE';

export type WaterfallDimension =
  | 'CUSTOMER'
  | 'PRODUCT'
  | 'SEGMENT';

export type WriteOffStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED';
