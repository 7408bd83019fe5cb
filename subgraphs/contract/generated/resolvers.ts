import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { GovernedCustomer as GovernedCustomerModel } from '../../kit/customerDirectory';
import type { Contract as ContractModel } from '../entities/Contract';
import type { ContractLineParent as ContractLineParentModel, PaymentParent as PaymentParentModel, PerformanceObligationParent as PerformanceObligationParentModel, AllocationRevisionParent as AllocationRevisionParentModel, VariableConsiderationParent as VariableConsiderationParentModel, VariableConsiderationChangeParent as VariableConsiderationChangeParentModel, BillingEntryParent as BillingEntryParentModel, RevenuePeriodParent as RevenuePeriodParentModel, ContractModificationParent as ContractModificationParentModel, ContractLedgerCheckParent as ContractLedgerCheckParentModel, ContractBalancesParent as ContractBalancesParentModel, JournalEntryParent as JournalEntryParentModel, JournalLineParent as JournalLineParentModel, RevenueWaterfallRowParent as RevenueWaterfallRowParentModel, LedgerLineProblemParent as LedgerLineProblemParentModel } from '../parents';
import type { Invoice as InvoiceModel } from '../entities/Invoice';
import type { WriteOff as WriteOffModel } from '../entities/WriteOff';
import type { PurchaseOrderRule as PurchaseOrderRuleModel } from '../entities/PurchaseOrderRule';
import type { DiscountApproval as DiscountApprovalModel } from '../entities/DiscountApproval';
import type { PricingTierChange as PricingTierChangeModel } from '../entities/PricingTierChange';
import type { StandaloneSellingPrice as StandaloneSellingPriceModel } from '../entities/StandaloneSellingPrice';
import type { TaxExemptionCertificate as TaxExemptionCertificateModel } from '../entities/TaxExemptionCertificate';
import type { RenewalIntentRecord as RenewalIntentRecordModel } from '../entities/RenewalIntent';
import type { MinorMoney as MinorMoneyModel } from '../../../lib/money';
import type { ContractContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601, e.g. 2026-11-28. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 in UTC, e.g. 2026-11-28T10:15:00.000Z. */
  DateTime: { input: Date; output: Date | string; }
  /**
   * An exact decimal number, read and written as a string, e.g. "37.5" or "250000000.75": up to 30
   * digits before the point and 12 after, no float rounding and no 32-bit ceiling. Integers and short
   * decimals (15 significant digits at most) may also be sent as JSON numbers.
   */
  Decimal: { input: string; output: string | number; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AllocationInput = {
  currency: Scalars['String']['input'];
  /** Bundles a discount belongs to on observable evidence (ASC 606-10-32-37), with their observable prices. */
  discountBundles?: InputMaybe<Array<DiscountBundleInput>>;
  /** Keys of the obligations a discount belongs to on observable evidence (ASC 606-10-32-37): one bundle, no observable price. */
  discountTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Decimal string in the currency's major unit. */
  fixedConsideration: Scalars['String']['input'];
  obligations: Array<AllocationObligationInput>;
  on?: InputMaybe<Scalars['Date']['input']>;
  pricingTier?: InputMaybe<PricingTier>;
  /** Where the standalone selling price tables are read for obligations without a price: region (required then), segment, tier and day. */
  region?: InputMaybe<Scalars['String']['input']>;
  segment?: InputMaybe<CustomerSegment>;
  /** The components of variable consideration (a single one may be given without a list). */
  variableConsideration?: InputMaybe<Array<VariableConsiderationInput>>;
};

export type AllocationMethod =
  /** A discount to one or more bundles of obligations on observable evidence (ASC 606-10-32-37). */
  | 'DISCOUNT_TO_SUBSET'
  | 'RELATIVE_SSP'
  /** One obligation's standalone selling price estimated as what the others leave (ASC 606-10-32-34(c)). */
  | 'RESIDUAL'
  /** The residual approach after a discount to a bundle: the residual is what the others' standalone selling prices and the bundles' observable prices leave (ASC 606-10-55-259, Example 34 Case B). */
  | 'RESIDUAL_AFTER_DISCOUNT';

export type AllocationObligationInput = {
  key: Scalars['ID']['input'];
  observableMax?: InputMaybe<Scalars['String']['input']>;
  /** For a residual obligation: the observed price range the residual must fall in. */
  observableMin?: InputMaybe<Scalars['String']['input']>;
  /** Looks up the standalone selling price (or a residual's observable range) in the tables when it is not given. */
  productCode?: InputMaybe<Scalars['String']['input']>;
  /** Estimate this obligation's SSP with the residual approach (highly variable or uncertain SSP). */
  residual?: InputMaybe<Scalars['Boolean']['input']>;
  /** Required unless residual or found in the standalone selling price tables by productCode. */
  standaloneSellingPrice?: InputMaybe<Scalars['String']['input']>;
};

/** The what-if result of allocating a transaction price; nothing is stored. */
export type AllocationResult = {
  __typename?: 'AllocationResult';
  allocations: Array<ObligationAllocation>;
  currency: Scalars['String']['output'];
  /** Standalone selling prices less the transaction price (negative for a premium). */
  discount: Money;
  discountBasisPoints: Scalars['Int']['output'];
  /** Whether saving a contract with this discount needs a second person's approval. */
  discountNeedsApproval: Scalars['Boolean']['output'];
  method: AllocationMethod;
  transactionPrice: Money;
  /** @deprecated Use variableConsiderations. */
  variableConsideration?: Maybe<VariableConsiderationWhatIf>;
  variableConsiderations: Array<VariableConsiderationWhatIf>;
};

export type AllocationRevision = {
  __typename?: 'AllocationRevision';
  allocated?: Maybe<Money>;
  effectiveDate: Scalars['Date']['output'];
  modificationId?: Maybe<Scalars['ID']['output']>;
  treatment: RevisionTreatment;
};

export type ApprovalStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED';

export type BillingEntry = {
  __typename?: 'BillingEntry';
  date: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  invoice?: Maybe<Invoice>;
  /** At list price; the invoice applies the pricing tier in force on this date. */
  listAmount?: Maybe<Money>;
};

export type BillingEntryInput = {
  /** List price, decimal string in the contract's currency. */
  amount: Scalars['String']['input'];
  date: Scalars['Date']['input'];
};

/** Internal, for the quality service: a customer's receivables and invoicing, as facts. */
export type BillingQualityFacts = {
  __typename?: 'BillingQualityFacts';
  arBalance: Array<Money>;
  contractValue: Array<Money>;
  customerId: Scalars['ID']['output'];
  invoices: Array<InvoiceHistoryFact>;
  /** Invoices that lack the purchase-order number the customer's rule asks for. */
  invoicesMissingPurchaseOrder: Array<Scalars['ID']['output']>;
  invoicesNeedingPurchaseOrder: Scalars['Int']['output'];
  purchaseOrderRequired: Scalars['Boolean']['output'];
};

export type Contract = {
  __typename?: 'Contract';
  allocationMethod?: Maybe<AllocationMethod>;
  /** Contract asset, contract liability and receivable on a day (default today), reconciled to the schedule. */
  balances: ContractBalances;
  /** The billing schedule at list price, with the invoice raised for each date. */
  billingSchedule: Array<BillingEntry>;
  /** ISO 4217 code of every amount on this contract. */
  currency: Scalars['String']['output'];
  /** Null, with an error, when the customer service cannot answer. */
  customer?: Maybe<Customer>;
  /** Standalone selling prices less the transaction price when the contract was saved. */
  discount?: Maybe<Money>;
  discountApprovals: Array<DiscountApproval>;
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  invoices: Array<Invoice>;
  /** The journal entries the schedule implies, month by month (YYYY-MM, at most 36 months; default: the contract's first to last month). */
  journalEntries: Array<JournalEntry>;
  /** This contract's revenue in the general ledger against its schedule, for a period (YYYY-MM). */
  ledgerCheck: ContractLedgerCheck;
  lines: Array<ContractLine>;
  /** Modifications, oldest first. Never rewritten. */
  modifications: Array<ContractModification>;
  /** Human-facing contract number, e.g. CT-2026-000123. */
  number: Scalars['String']['output'];
  performanceObligations: Array<PerformanceObligation>;
  /** The pricing tier in force today (only approved tier changes count). */
  pricingTier: PricingTier;
  pricingTierChanges: Array<PricingTierChange>;
  /** The latest renewal intent signalled by CRM. */
  renewalIntent?: Maybe<RenewalIntent>;
  /** Recognised, billed and deferred revenue month by month (default: the contract's first to last month). */
  revenueSchedule: Array<RevenuePeriod>;
  segment?: Maybe<Scalars['String']['output']>;
  startDate: Scalars['Date']['output'];
  status: ContractStatus;
  totalValue?: Maybe<Money>;
  /** Fixed consideration plus the variable consideration included after the constraint. */
  transactionPrice?: Maybe<Money>;
  /** Rules this contract breaks (dates, billing, progress, revenue posted too early); empty when none. */
  validationIssues: Array<ContractViolation>;
  /**
   * The first component of variable consideration, as last estimated.
   * @deprecated A contract may have several components: use variableConsiderations.
   */
  variableConsideration?: Maybe<VariableConsiderationEstimate>;
  /** Each component of variable consideration as last estimated (at inception or at a later reporting date). */
  variableConsiderations: Array<VariableConsiderationEstimate>;
};


export type ContractBalancesArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type ContractJournalEntriesArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};


export type ContractLedgerCheckArgs = {
  period: Scalars['String']['input'];
};


export type ContractRevenueScheduleArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Internal, for the quality service's sampling audit: a contract's dates against its revenue schedule. */
export type ContractAuditFact = {
  __typename?: 'ContractAuditFact';
  contractId: Scalars['ID']['output'];
  customerId: Scalars['ID']['output'];
  endDate?: Maybe<Scalars['Date']['output']>;
  /** First and last month (YYYY-MM) in which the schedule recognises revenue; null when it recognises none. */
  firstRevenueMonth?: Maybe<Scalars['String']['output']>;
  lastRevenueMonth?: Maybe<Scalars['String']['output']>;
  region: Scalars['String']['output'];
  startDate: Scalars['Date']['output'];
};

/** A contract's balances on a day (ASC 606-10-45-1 to 45-4). */
export type ContractBalances = {
  __typename?: 'ContractBalances';
  asOf: Scalars['Date']['output'];
  billedToDate?: Maybe<Money>;
  /** Revenue recognised ahead of billing (unbilled receivable). */
  contractAsset?: Maybe<Money>;
  /** Billing ahead of revenue (deferred revenue). */
  contractLiability?: Maybe<Money>;
  /** What does not agree, when something does not (no amounts). */
  differences: Array<Scalars['String']['output']>;
  /** Invoiced and not yet paid or written off. */
  receivable?: Maybe<Money>;
  recognizedToDate?: Maybe<Money>;
  /** True when asset less liability is recognised less billed, billed is what was invoiced, and no receivable is negative. */
  reconciled: Scalars['Boolean']['output'];
};

export type ContractInput = {
  billingSchedule: Array<BillingEntryInput>;
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  discountBundles?: InputMaybe<Array<DiscountBundleInput>>;
  discountTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  fixedConsideration: Scalars['String']['input'];
  number: Scalars['String']['input'];
  obligations: Array<ObligationInput>;
  pricingTier?: InputMaybe<PricingTier>;
  /** Picks the standalone selling prices of obligations given without one. */
  segment?: InputMaybe<CustomerSegment>;
  startDate: Scalars['Date']['input'];
  /** The components of variable consideration (a single one may be given without a list). */
  variableConsideration?: InputMaybe<Array<VariableConsiderationInput>>;
};

export type ContractLedgerCheck = {
  __typename?: 'ContractLedgerCheck';
  contract: Contract;
  difference?: Maybe<Money>;
  hasLedgerLines: Scalars['Boolean']['output'];
  /** Lines of this contract naming an obligation it does not have. */
  linesWithUnknownObligation: Array<LedgerLineProblem>;
  /** Set when posted and scheduled disagree. */
  mismatch?: Maybe<LedgerMismatchReason>;
  period: Scalars['String']['output'];
  /** Revenue the ledger posted for the contract in the period (lines in its currency). */
  posted?: Maybe<Money>;
  /** Revenue the schedule recognises in the period. */
  scheduled?: Maybe<Money>;
};

export type ContractLine = {
  __typename?: 'ContractLine';
  amount?: Maybe<Money>;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  productCode: Scalars['String']['output'];
  quantity: Scalars['Decimal']['output'];
  unitPrice?: Maybe<Money>;
};

/** A change of scope or price, and what it did to revenue. */
export type ContractModification = {
  __typename?: 'ContractModification';
  /** Set for a modification: how its type was decided. */
  classification?: Maybe<ModificationClassification>;
  considerationChange?: Maybe<Money>;
  createdAt: Scalars['DateTime']['output'];
  effectiveDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  priceConcession?: Maybe<Money>;
  /** Set when an approved pricing tier change made this change. */
  pricingTierChangeId?: Maybe<Scalars['ID']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
  /** Revenue recognised on the effective date because of it: the cumulative catch-up, or minus a price concession. */
  recognizedOnEffectiveDate?: Maybe<Money>;
  remainingAfter?: Maybe<Money>;
  /** Revenue still to be recognised after the effective date, before and after the modification. */
  remainingBefore?: Maybe<Money>;
  requestedBy?: Maybe<Scalars['String']['output']>;
  sequence: Scalars['Int']['output'];
  transactionPriceAfter?: Maybe<Money>;
  transactionPriceBefore?: Maybe<Money>;
  type: ModificationType;
  /** Set for a VARIABLE_CONSIDERATION change: the component's estimate before and after. */
  variableConsideration?: Maybe<VariableConsiderationChange>;
};

export type ContractModificationInput = {
  addBillings?: InputMaybe<Array<BillingEntryInput>>;
  addObligations?: InputMaybe<Array<ObligationInput>>;
  /**
   * The three facts that classify a modification are worked out from product codes, progress and the
   * standalone selling price tables. Give any of them only to override what the facts say; an
   * override needs classificationOverrideReason and is shown in the trail.
   */
  addedGoodsDistinct?: InputMaybe<Scalars['Boolean']['input']>;
  classificationOverrideReason?: InputMaybe<Scalars['String']['input']>;
  /** Change of the consideration, decimal string, negative for a reduction. */
  considerationChange: Scalars['String']['input'];
  contractId: Scalars['ID']['input'];
  effectiveDate: Scalars['Date']['input'];
  /** Part of the change that credits goods already transferred: a reduction of revenue on the effective date. */
  priceConcession?: InputMaybe<Scalars['String']['input']>;
  priceReflectsStandaloneSellingPrice?: InputMaybe<Scalars['Boolean']['input']>;
  /** Progress re-measured at the modification. */
  progress?: InputMaybe<Array<ProgressInput>>;
  reason: Scalars['String']['input'];
  remainingGoodsDistinct?: InputMaybe<Scalars['Boolean']['input']>;
  /** Standalone selling prices of what remains of existing obligations at the modification date. */
  remainingStandaloneSellingPrices?: InputMaybe<Array<ObligationAmountInput>>;
  removeObligationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

export type ContractStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'EXPIRED'
  | 'TERMINATED';

export type ContractValidationReport = {
  __typename?: 'ContractValidationReport';
  contract: Contract;
  violations: Array<ContractViolation>;
};

export type ContractViolation = {
  __typename?: 'ContractViolation';
  message: Scalars['String']['output'];
  /** Where in the contract, e.g. obligations[1].startDate. */
  path: Scalars['String']['output'];
  /** Stable rule code, e.g. BILLING_OUTSIDE_CONTRACT. */
  rule: Scalars['String']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  /** Open accounts receivable: unpaid invoice amounts, one entry per currency. */
  arBalance?: Maybe<Array<Money>>;
  /** The customer's contracts (and those of customers merged into it), newest start first; null, with an error, when the contract service cannot answer. */
  contracts?: Maybe<Array<Contract>>;
  /**
   * Deferred revenue forecast, month by month: what signed contracts leave deferred at each month's
   * end, plus renewals weighted by the latest CRM renewal intent. Months 1 to 60, from the current month
   * unless `from` (YYYY-MM) says otherwise.
   */
  deferredRevenueForecast?: Maybe<Array<DeferredRevenueForecastPeriod>>;
  id: Scalars['ID']['output'];
  /**
   * For bulk reads such as GET /export/invoices: the invoices of the customer's contracts (and of
   * customers merged into it) as JSON text, an array of objects with the keys id, number, contractId,
   * issueDate, dueDate, status, purchaseOrderNumber, currency, amount and balance; contracts newest start
   * first, each contract's invoices by issue date. One value per customer instead of an object per
   * invoice field keeps a page of thousands of invoices cheap. `amount` and `balance` are copies of
   * `Invoice.amount` and `Invoice.balance`, decided, masked and audited as those fields are; one withheld
   * is null, with a FORBIDDEN error at this field. `issuedFrom` and `issuedTo` (inclusive) and `status`
   * narrow the invoices.
   */
  invoiceRows?: Maybe<Scalars['String']['output']>;
  /** Whether this customer's invoices must carry a purchase-order number, and its form; null when no rule is set. */
  purchaseOrderRule?: Maybe<PurchaseOrderRule>;
  /** Revenue of the customer's active contracts on a day (default today), one amount per currency. */
  revenue?: Maybe<CustomerRevenue>;
  /**
   * Revenue on each day of `asOf` (at most 24 days), for bulk reads: JSON text, an array of objects
   * with the keys asOf, currency, recognizedToDate, deferred, unbilled, arr and mrr, one per day and
   * currency the customer has revenue in, days in the order given, figures as in `revenue`. Each figure
   * is a copy of the `CustomerRevenue` field of its name, decided, masked and audited as that field is;
   * one withheld is null, with a FORBIDDEN error at this field, and a day whose figures are all
   * withheld is one object with only asOf set.
   */
  revenueRows?: Maybe<Scalars['String']['output']>;
  /**
   * The customer's tax exemption certificates (and those of customers merged into it), by jurisdiction
   * and then from the latest validFrom, as the provider last delivered them (refreshTaxExemptions).
   */
  taxExemptions?: Maybe<Array<TaxExemptionCertificate>>;
};


export type CustomerContractsArgs = {
  status?: InputMaybe<ContractStatus>;
};


export type CustomerDeferredRevenueForecastArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  months?: InputMaybe<Scalars['Int']['input']>;
};


export type CustomerInvoiceRowsArgs = {
  issuedFrom?: InputMaybe<Scalars['Date']['input']>;
  issuedTo?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<InvoiceStatus>;
};


export type CustomerRevenueArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type CustomerRevenueRowsArgs = {
  asOf: Array<Scalars['Date']['input']>;
};

/** Revenue of a customer on a day. Each list has one amount per currency of the customer's contracts. */
export type CustomerRevenue = {
  __typename?: 'CustomerRevenue';
  /** Annual recurring revenue: ratable obligations in service on asOf, annualised. */
  arr?: Maybe<Array<Money>>;
  asOf: Scalars['Date']['output'];
  /** Billed but not yet recognised (contract liabilities), netted per contract. */
  deferred?: Maybe<Array<Money>>;
  /** Monthly recurring revenue, the same obligations per month. */
  mrr?: Maybe<Array<Money>>;
  /** Recognised from the contracts' starts through asOf. */
  recognizedToDate?: Maybe<Array<Money>>;
  /** Recognised but not yet billed (contract assets), netted per contract. */
  unbilled?: Maybe<Array<Money>>;
};

/** The customer segments of the customer master; a contract's segment picks its standalone selling prices. */
export type CustomerSegment =
  | 'ENTERPRISE'
  | 'MID_MARKET'
  | 'SMB';

export type DeferredRevenueForecastPeriod = {
  __typename?: 'DeferredRevenueForecastPeriod';
  /** Deferred revenue of the signed contracts with their billing schedules. */
  contracted?: Maybe<Money>;
  currency: Scalars['String']['output'];
  /** Deferred revenue of expected renewals, weighted by their renewal probability. */
  fromRenewals?: Maybe<Money>;
  /** YYYY-MM; amounts are at the month's last day. */
  month: Scalars['String']['output'];
  total?: Maybe<Money>;
};

/**
 * A discount above the approval threshold. The contract stays a DRAFT, recognising nothing, until a
 * second finance principal (never the requester) approves it.
 */
export type DiscountApproval = {
  __typename?: 'DiscountApproval';
  contract: Contract;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** The revenue impact: standalone selling prices less the transaction price. */
  discount?: Maybe<Money>;
  /** Basis points of the standalone selling prices. */
  discountBasisPoints: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy?: Maybe<Scalars['String']['output']>;
  status: ApprovalStatus;
  transactionPrice?: Maybe<Money>;
};

/** Goods regularly sold together at a discount (ASC 606-10-32-37). */
export type DiscountBundleInput = {
  keys: Array<Scalars['ID']['input']>;
  /**
   * The price at which the bundle is regularly sold, decimal string. Required when another obligation
   * uses the residual approach; otherwise one bundle may leave it out and take what the contract's
   * price leaves after the others.
   */
  observablePrice?: InputMaybe<Scalars['String']['input']>;
};

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

export type Invoice = {
  __typename?: 'Invoice';
  amount?: Maybe<Money>;
  /** Amount still owed: the invoice amount less its payments and approved write-offs. */
  balance?: Maybe<Money>;
  dueDate: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  issueDate: Scalars['Date']['output'];
  /** The amount at list price before the pricing tier's discount, when raised from the billing schedule. */
  listAmount?: Maybe<Money>;
  number: Scalars['String']['output'];
  payments: Array<Payment>;
  pricingTier?: Maybe<PricingTier>;
  purchaseOrderNumber?: Maybe<Scalars['String']['output']>;
  status: InvoiceStatus;
  /**
   * The id of the certificate the invoice was decided on (one of its customer's taxExemptions): the one
   * it is exempt under, or, with taxReview set, the one that did not hold.
   */
  taxExemptionId?: Maybe<Scalars['ID']['output']>;
  /** Where the invoice is taxed, from the customer's billing address when it was raised (ISO 3166, e.g. US-TX or DE). */
  taxJurisdiction?: Maybe<Scalars['String']['output']>;
  /** Set when the invoice was issued TAXABLE although a certificate fitting it exists: why it did not hold, for review. */
  taxReview?: Maybe<TaxExemptionProblem>;
  /** EXEMPT under taxExemption, or TAXABLE (so are invoices raised before exemptions were kept). */
  taxTreatment: TaxTreatment;
  /** Bad-debt write-offs asked for or decided on this invoice. */
  writeOffs: Array<WriteOff>;
};

export type InvoiceFromScheduleInput = {
  billingEntryId: Scalars['ID']['input'];
  /**
   * A key of the client's (e.g. a UUID, at most 128 characters) that makes a retry safe: the same
   * request sent again with the same key gets the invoice it raised, not a second one nor an error.
   */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /**
   * What to do when the customer's tax exemption certificate for the invoice's jurisdiction and
   * products does not hold on the billing date; default: the deployment's (TAX_EXEMPTION_INVALID_HANDLING).
   */
  invalidTaxExemption?: InputMaybe<InvalidTaxExemptionHandling>;
  purchaseOrderNumber?: InputMaybe<Scalars['String']['input']>;
};

export type InvoiceHistoryFact = {
  __typename?: 'InvoiceHistoryFact';
  amount: Money;
  contractId: Scalars['ID']['output'];
  dueDate: Scalars['Date']['output'];
  invoiceId: Scalars['ID']['output'];
  issueDate: Scalars['Date']['output'];
  payments: Array<PaymentFact>;
};

/** Internal, for the audit service's retention purge: an invoice's customer and issue date. */
export type InvoiceRetentionFacts = {
  __typename?: 'InvoiceRetentionFacts';
  customerId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  issueDate: Scalars['Date']['output'];
};

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

/** One contract's journal entry for a month: balanced, revenue credited per obligation. */
export type JournalEntry = {
  __typename?: 'JournalEntry';
  /** Debits equal credits. */
  balanced: Scalars['Boolean']['output'];
  contractId: Scalars['ID']['output'];
  currency: Scalars['String']['output'];
  lines: Array<JournalLine>;
  /** YYYY-MM */
  period: Scalars['String']['output'];
};

export type JournalLine = {
  __typename?: 'JournalLine';
  account: JournalAccount;
  credit?: Maybe<Money>;
  debit?: Maybe<Money>;
  /** The general-ledger account number, e.g. 4000 for revenue; REVENUE lines are what postLedgerLines takes. */
  ledgerAccount: Scalars['String']['output'];
  /** Set on REVENUE lines. */
  obligationId?: Maybe<Scalars['ID']['output']>;
};

export type LedgerLineInput = {
  account: Scalars['String']['input'];
  /** Decimal string; revenue lines are positive, reversals negative. */
  amount: Scalars['String']['input'];
  contractId?: InputMaybe<Scalars['ID']['input']>;
  currency: Scalars['String']['input'];
  /** The ledger's own line id; posting the same id again changes nothing. */
  id: Scalars['ID']['input'];
  obligationId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM */
  period: Scalars['String']['input'];
};

export type LedgerLineProblem = {
  __typename?: 'LedgerLineProblem';
  account: Scalars['String']['output'];
  amount?: Maybe<Money>;
  contractId?: Maybe<Scalars['ID']['output']>;
  lineId: Scalars['ID']['output'];
  obligationId?: Maybe<Scalars['ID']['output']>;
};

export type LedgerMismatchReason =
  | 'AMOUNT'
  | 'CURRENCY';

/** How a modification was classified: what the facts said, what was applied, and any override with its reason. */
export type ModificationClassification = {
  __typename?: 'ModificationClassification';
  addedGoodsDistinct: Scalars['Boolean']['output'];
  /** Why, one finding per conclusion (no amounts). */
  findings: Array<Scalars['String']['output']>;
  /** What the facts alone gave, which differs from the above only when overridden. */
  fromFacts: ModificationFlags;
  overridden: Scalars['Boolean']['output'];
  overrideReason?: Maybe<Scalars['String']['output']>;
  priceReflectsStandaloneSellingPrice: Scalars['Boolean']['output'];
  remainingGoodsDistinct: Scalars['Boolean']['output'];
};

export type ModificationFlags = {
  __typename?: 'ModificationFlags';
  addedGoodsDistinct: Scalars['Boolean']['output'];
  priceReflectsStandaloneSellingPrice: Scalars['Boolean']['output'];
  remainingGoodsDistinct: Scalars['Boolean']['output'];
};

export type ModificationType =
  | 'CUMULATIVE_CATCH_UP'
  | 'PROSPECTIVE'
  | 'SEPARATE_CONTRACT'
  /** Not a modification: a re-estimate of variable consideration at a reporting date, kept in the same trail (ASC 606-10-32-42 to 32-45). */
  | 'VARIABLE_CONSIDERATION';

/** An amount of money. Never a float: `amount` is a decimal string in the currency's major unit. */
export type Money = {
  __typename?: 'Money';
  /** Decimal string, e.g. "1250.00". */
  amount: Scalars['String']['output'];
  /** Set only when the amount is masked into a range (BUCKET), e.g. "10000-50000"; amount is then the range's lower bound. */
  bucket?: Maybe<Scalars['String']['output']>;
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['output'];
};

/** Referential integrity between contracts and the general ledger for one period. */
export type MonthEndIntegrityReport = {
  __typename?: 'MonthEndIntegrityReport';
  amountMismatches: Array<ContractLedgerCheck>;
  /** True when nothing below is listed. */
  clean: Scalars['Boolean']['output'];
  contractsWithoutLedgerLines: Array<ContractLedgerCheck>;
  linesWithMissingContract: Array<LedgerLineProblem>;
  linesWithMissingObligation: Array<LedgerLineProblem>;
  period: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Approves a discount (never by its requester) and activates the contract. */
  approveDiscount: DiscountApproval;
  /** A data steward approves a tier change (never its requester); from its effective date invoices use the tier. */
  approvePricingTierChange: PricingTierChange;
  approveStandaloneSellingPrice: StandaloneSellingPriceEntry;
  /** Approves a requested write-off; the requester can never approve their own. */
  approveWriteOff: WriteOff;
  /** Saves a contract and allocates its transaction price; a discount above the threshold leaves it a DRAFT awaiting approval. */
  createContract: Contract;
  /** Raises the invoice of a billing schedule date at the pricing tier in force on that date. */
  issueInvoice: Invoice;
  /**
   * Computes and keeps today's revenue summary of a page of contracts in id order, so that BI pages read
   * them instead of computing them; the revenue-summaries job runs it over every contract each night.
   * Summaries already current are left as they are. Pass the answer's endCursor as `after` until done.
   */
  keepRevenueSummaries: RevenueSummaryPass;
  /** Records a modification and its revenue effect; earlier revenue and history stay as they were. */
  modifyContract: ContractModification;
  /** Loads revenue lines from the general ledger; idempotent on the line id. Returns how many were new. */
  postLedgerLines: Scalars['Int']['output'];
  /** Proposes a standalone selling price table entry; it is in force once a second finance principal approves it. */
  proposeStandaloneSellingPrice: StandaloneSellingPriceEntry;
  /**
   * Internal, for the audit service's retention purge: removes the invoices it found past retention and
   * not held, with their payments and write-offs, in one transaction; answers how many were removed.
   */
  purgeInvoices: Scalars['Int']['output'];
  /** Deletes what the synthetic transaction marked `marker` created here (admin; the audit trail keeps its entries). */
  purgeSyntheticContracts: Scalars['Int']['output'];
  /** Records payments from the bank feed; idempotent on the payment id. Returns how many were new. */
  recordPayments: Scalars['Int']['output'];
  recordProgress: ProgressMeasurement;
  recordRenewalIntent: RenewalIntent;
  /** Re-estimates a component of variable consideration; the change in the transaction price is allocated as at inception and caught up on asOf. */
  reestimateVariableConsideration: ContractModification;
  /**
   * Loads the tax exemption certificates the provider delivered since the last refresh (the
   * tax-exemptions job runs it each night before invoicing). Each batch is loaded whole or not at all;
   * the first batch with an invalid record stops the refresh (TAX_CERTIFICATES_REFUSED, naming the batch
   * and line of each problem): it and the batches after it stay with the provider, to be loaded once fixed.
   */
  refreshTaxExemptions: TaxExemptionRefresh;
  rejectDiscount: DiscountApproval;
  rejectPricingTierChange: PricingTierChange;
  rejectStandaloneSellingPrice: StandaloneSellingPriceEntry;
  rejectWriteOff: WriteOff;
  requestPricingTierChange: PricingTierChange;
  requestWriteOff: WriteOff;
  /** Sets whether a customer's invoices need a purchase-order number; issueInvoice refuses invoices that break it. */
  setPurchaseOrderRule: PurchaseOrderRule;
};


export type MutationApproveDiscountArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApprovePricingTierChangeArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApproveStandaloneSellingPriceArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApproveWriteOffArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateContractArgs = {
  input: ContractInput;
};


export type MutationIssueInvoiceArgs = {
  input: InvoiceFromScheduleInput;
};


export type MutationKeepRevenueSummariesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationModifyContractArgs = {
  input: ContractModificationInput;
};


export type MutationPostLedgerLinesArgs = {
  lines: Array<LedgerLineInput>;
};


export type MutationProposeStandaloneSellingPriceArgs = {
  input: StandaloneSellingPriceInput;
};


export type MutationPurgeInvoicesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type MutationPurgeSyntheticContractsArgs = {
  marker: Scalars['String']['input'];
};


export type MutationRecordPaymentsArgs = {
  payments: Array<PaymentInput>;
};


export type MutationRecordProgressArgs = {
  input: ProgressInput;
};


export type MutationRecordRenewalIntentArgs = {
  input: RenewalIntentInput;
};


export type MutationReestimateVariableConsiderationArgs = {
  input: VariableConsiderationEstimateInput;
};


export type MutationRejectDiscountArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRejectPricingTierChangeArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRejectStandaloneSellingPriceArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRejectWriteOffArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRequestPricingTierChangeArgs = {
  input: PricingTierChangeInput;
};


export type MutationRequestWriteOffArgs = {
  request: WriteOffRequest;
};


export type MutationSetPurchaseOrderRuleArgs = {
  input: PurchaseOrderRuleInput;
};

export type ObligationAllocation = {
  __typename?: 'ObligationAllocation';
  amount: Money;
  /** The obligation's key from the input. */
  key: Scalars['ID']['output'];
  /** Before rounding, a decimal string in the major unit with four more places (e.g. 17.7778). */
  unrounded: Scalars['String']['output'];
};

export type ObligationAmountInput = {
  amount: Scalars['String']['input'];
  obligationId: Scalars['ID']['input'];
};

export type ObligationInput = {
  description: Scalars['String']['input'];
  /** INPUT_METHOD: progress counts distinct units delivered (a series, ASC 606-10-25-14(b)) rather than one good being built; what remains of it is then distinct when the contract is modified. */
  distinctUnits?: InputMaybe<Scalars['Boolean']['input']>;
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Unique within the contract, e.g. support; the obligation's id becomes <contract id>.<key>. */
  key: Scalars['ID']['input'];
  observableMax?: InputMaybe<Scalars['String']['input']>;
  observableMin?: InputMaybe<Scalars['String']['input']>;
  pattern: SatisfactionPattern;
  productCode?: InputMaybe<Scalars['String']['input']>;
  /** How many units the obligation's contract line is for (a decimal above 0, default 1); its unit price is the allocation divided by it. */
  quantity?: InputMaybe<Scalars['Decimal']['input']>;
  residual?: InputMaybe<Scalars['Boolean']['input']>;
  /** Left out: the approved table entry for productCode, the customer's region and the contract's segment, tier and start. */
  standaloneSellingPrice?: InputMaybe<Scalars['String']['input']>;
  startDate?: InputMaybe<Scalars['Date']['input']>;
  transferDate?: InputMaybe<Scalars['Date']['input']>;
};

export type OutcomeInput = {
  amount: Scalars['String']['input'];
  probability: Scalars['Float']['input'];
};

export type Payment = {
  __typename?: 'Payment';
  amount?: Maybe<Money>;
  id: Scalars['ID']['output'];
  method: Scalars['String']['output'];
  receivedOn: Scalars['Date']['output'];
};

export type PaymentFact = {
  __typename?: 'PaymentFact';
  amount: Money;
  paymentId: Scalars['ID']['output'];
  receivedOn: Scalars['Date']['output'];
};

export type PaymentInput = {
  /** Decimal string in the invoice's currency, more than zero. */
  amount: Scalars['String']['input'];
  /** The payment's id in the bank feed; recording the same id again changes nothing. */
  id: Scalars['ID']['input'];
  invoiceId: Scalars['ID']['input'];
  method: Scalars['String']['input'];
  receivedOn: Scalars['Date']['input'];
};

/** A distinct good or service promised in the contract. */
export type PerformanceObligation = {
  __typename?: 'PerformanceObligation';
  /** The allocation in force today. */
  allocated?: Maybe<Money>;
  description: Scalars['String']['output'];
  /** INPUT_METHOD: progress counts distinct units delivered rather than one good being built. */
  distinctUnits: Scalars['Boolean']['output'];
  endDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  pattern: SatisfactionPattern;
  productCode?: Maybe<Scalars['String']['output']>;
  progress: Array<ProgressMeasurement>;
  /** Set when a modification cancelled what remained of it. */
  removedByModificationId?: Maybe<Scalars['ID']['output']>;
  revisions: Array<AllocationRevision>;
  schedule: Array<RevenuePeriod>;
  standaloneSellingPrice?: Maybe<Money>;
  startDate?: Maybe<Scalars['Date']['output']>;
  /** When control transfers (POINT_IN_TIME). */
  transferDate?: Maybe<Scalars['Date']['output']>;
};


/** A distinct good or service promised in the contract. */
export type PerformanceObligationScheduleArgs = {
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** Why a pricing tier changes, which decides how revenue takes it (ASC 606). */
export type PricingChangeBasis =
  /** The contract's own tier terms moved the customer (e.g. a volume threshold reached): a change in the estimate of variable consideration, caught up cumulatively (606-10-32-42 to 32-45). */
  | 'CONTRACT_TERMS'
  /** The parties agreed a new price after inception: a contract modification (606-10-25-10), classified from the facts. */
  | 'RENEGOTIATED';

/** The people and teams a pricing decision is routed to; only the people named may decide it. */
export type PricingRoute = {
  __typename?: 'PricingRoute';
  people: Array<Scalars['String']['output']>;
  teams: Array<Scalars['String']['output']>;
};

export type PricingTier =
  | 'GOLD'
  | 'LIST'
  | 'PLATINUM'
  | 'SILVER';

/**
 * A move to another pricing tier; invoices see it only after a data steward approved it. On approval
 * the change in what the billing schedule will invoice enters the transaction price, as its basis
 * says, so nothing is left unbilled or over-billed against revenue.
 */
export type PricingTierChange = {
  __typename?: 'PricingTierChange';
  basis: PricingChangeBasis;
  contract: Contract;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  effectiveFrom: Scalars['Date']['output'];
  fromTier: PricingTier;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  requestedBy?: Maybe<Scalars['String']['output']>;
  /** The entry its approval made in the contract's trail of modifications; null while undecided or when nothing was left to invoice. */
  revenueChange?: Maybe<ContractModification>;
  /**
   * Whom its approval is routed to while it waits: the accountable of pricing as the RACI in force
   * says (asked of the audit subgraph); null once decided.
   */
  routedTo?: Maybe<PricingRoute>;
  status: ApprovalStatus;
  tier: PricingTier;
};

export type PricingTierChangeInput = {
  basis?: InputMaybe<PricingChangeBasis>;
  contractId: Scalars['ID']['input'];
  effectiveFrom: Scalars['Date']['input'];
  reason: Scalars['String']['input'];
  tier: PricingTier;
};

export type ProgressInput = {
  asOf: Scalars['Date']['input'];
  /** Units done so far (hours, costs in any unit, milestones), a decimal. */
  completedUnits: Scalars['Decimal']['input'];
  obligationId: Scalars['ID']['input'];
  /** Units expected in all, a decimal above 0. */
  totalUnits: Scalars['Decimal']['input'];
};

export type ProgressMeasurement = {
  __typename?: 'ProgressMeasurement';
  asOf: Scalars['Date']['output'];
  completedUnits: Scalars['Decimal']['output'];
  totalUnits: Scalars['Decimal']['output'];
};

export type PurchaseOrderRule = {
  __typename?: 'PurchaseOrderRule';
  /** A regular expression the whole number must match, e.g. PO-\d{6}. */
  pattern?: Maybe<Scalars['String']['output']>;
  required: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTime']['output'];
  updatedBy?: Maybe<Scalars['String']['output']>;
};

export type PurchaseOrderRuleInput = {
  customerId: Scalars['ID']['input'];
  pattern?: InputMaybe<Scalars['String']['input']>;
  required: Scalars['Boolean']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** What-if: how a transaction price would be allocated. Nothing is stored. */
  allocateTransactionPrice: AllocationResult;
  /** Internal, for the quality service. */
  billingQualityFacts: Array<BillingQualityFacts>;
  contract?: Maybe<Contract>;
  /** Internal, for the quality service: the named contracts' dates and revenue months. */
  contractAuditFacts: Array<ContractAuditFact>;
  /** Internal, for the quality service: ids of the contracts that recognise revenue, in id order after `after`. */
  contractAuditPopulation: Array<Scalars['ID']['output']>;
  /** Contracts that break a revenue rule, with what they break. */
  contractValidationIssues: Array<ContractValidationReport>;
  /** Discount approvals by status, oldest first. */
  discountApprovals: Array<DiscountApproval>;
  /** Internal, for the audit service's retention purge: invoices issued on or before a day, in id order after `after`. */
  invoicesIssuedThrough: Array<InvoiceRetentionFacts>;
  /** Month-end close: contracts and general-ledger lines that do not agree for the period (YYYY-MM). */
  monthEndIntegrity: MonthEndIntegrityReport;
  /** Pricing tier changes by status, oldest first. */
  pricingTierChanges: Array<PricingTierChange>;
  /**
   * The revenue waterfall: revenue recognised per month from `from` to `to` (YYYY-MM, at most 36
   * months) by customer, segment and product (as grouped), within region and currency, over the
   * contracts of the caller's regions; optionally one currency.
   */
  revenueWaterfall: Array<RevenueWaterfallRow>;
  /** Standalone selling price table entries, by product, then region, then effective date. */
  standaloneSellingPrices: Array<StandaloneSellingPriceEntry>;
  /** Write-offs by status, oldest first (finance and auditors only). */
  writeOffs: Array<WriteOff>;
};


export type QueryAllocateTransactionPriceArgs = {
  input: AllocationInput;
};


export type QueryBillingQualityFactsArgs = {
  customerIds: Array<Scalars['ID']['input']>;
};


export type QueryContractArgs = {
  id: Scalars['ID']['input'];
};


export type QueryContractAuditFactsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryContractAuditPopulationArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryContractValidationIssuesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDiscountApprovalsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ApprovalStatus>;
};


export type QueryInvoicesIssuedThroughArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first: Scalars['Int']['input'];
  through: Scalars['Date']['input'];
};


export type QueryMonthEndIntegrityArgs = {
  period: Scalars['String']['input'];
};


export type QueryPricingTierChangesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ApprovalStatus>;
};


export type QueryRevenueWaterfallArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['String']['input'];
  groupBy?: InputMaybe<Array<WaterfallDimension>>;
  to: Scalars['String']['input'];
};


export type QueryStandaloneSellingPricesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  productCode?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ApprovalStatus>;
};


export type QueryWriteOffsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WriteOffStatus>;
};

export type RenewalIntent = {
  __typename?: 'RenewalIntent';
  observedAt: Scalars['DateTime']['output'];
  /** Probability of renewal, 0 to 1. */
  probability: Scalars['Float']['output'];
  signal: RenewalSignal;
  source: Scalars['String']['output'];
};

export type RenewalIntentInput = {
  contractId: Scalars['ID']['input'];
  observedAt: Scalars['DateTime']['input'];
  probability: Scalars['Float']['input'];
  signal: RenewalSignal;
  source?: InputMaybe<Scalars['String']['input']>;
};

export type RenewalSignal =
  | 'AT_RISK'
  | 'CHURNING'
  | 'LIKELY';

export type RevenuePeriod = {
  __typename?: 'RevenuePeriod';
  billedToDate?: Maybe<Money>;
  deferred?: Maybe<Money>;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  recognized?: Maybe<Money>;
  recognizedToDate?: Maybe<Money>;
  unbilled?: Maybe<Money>;
};

/** A page of contracts whose revenue summaries of today are kept now. */
export type RevenueSummaryPass = {
  __typename?: 'RevenueSummaryPass';
  /** Contracts of the page. */
  contracts: Scalars['Int']['output'];
  done: Scalars['Boolean']['output'];
  /** The last contract of the page: where the next page starts. */
  endCursor?: Maybe<Scalars['ID']['output']>;
  /** Contracts whose revenue cannot be computed (a broken revenue rule); the others are kept. */
  failed: Scalars['Int']['output'];
};

/** Revenue recognised in a month, summed by the dimensions asked for within a region and currency. */
export type RevenueWaterfallRow = {
  __typename?: 'RevenueWaterfallRow';
  currency: Scalars['String']['output'];
  /** Pass as `after` to read the rows that follow. */
  cursor: Scalars['String']['output'];
  /** Set when grouped by CUSTOMER. */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** Set when grouped by PRODUCT (null also for obligations without a product code). */
  productCode?: Maybe<Scalars['String']['output']>;
  recognized?: Maybe<Money>;
  region: Scalars['String']['output'];
  /** Set when grouped by SEGMENT (null also for contracts without a segment). */
  segment?: Maybe<Scalars['String']['output']>;
};

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
 * A standalone selling price a product sells for on its own in a region and currency, for a segment
 * and tier (or all), over an effective period, with the range of prices observed. Maker-checker:
 * proposed by one principal, in force only once another approves it.
 */
export type StandaloneSellingPriceEntry = {
  __typename?: 'StandaloneSellingPriceEntry';
  currency: Scalars['String']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  observableMax?: Maybe<Money>;
  observableMin?: Maybe<Money>;
  price?: Maybe<Money>;
  /** Null: every tier. */
  pricingTier?: Maybe<PricingTier>;
  productCode: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  region: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy?: Maybe<Scalars['String']['output']>;
  /** Null: every segment. */
  segment?: Maybe<CustomerSegment>;
  status: ApprovalStatus;
  validFrom: Scalars['Date']['output'];
  /** Last day in effect; null: open-ended. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type StandaloneSellingPriceInput = {
  currency: Scalars['String']['input'];
  observableMax?: InputMaybe<Scalars['String']['input']>;
  observableMin?: InputMaybe<Scalars['String']['input']>;
  /** Decimal string in the currency's major unit. */
  price: Scalars['String']['input'];
  pricingTier?: InputMaybe<PricingTier>;
  productCode: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  /** A region code, e.g. EU. */
  region: Scalars['String']['input'];
  segment?: InputMaybe<CustomerSegment>;
  validFrom: Scalars['Date']['input'];
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type TaxExemptionBatch = {
  __typename?: 'TaxExemptionBatch';
  /** Certificates the batch holds. */
  certificates: Scalars['Int']['output'];
  /** Certificates new to Custos. */
  created: Scalars['Int']['output'];
  /** The batch's name with its provider, e.g. the file name. */
  source: Scalars['String']['output'];
  /** Certificates already known whose terms the batch changed. */
  updated: Scalars['Int']['output'];
};

/**
 * A customer's tax exemption certificate for one jurisdiction, as its provider delivers it. It exempts
 * the customer's invoices billed to that jurisdiction, for the products of its scope, while VERIFIED
 * and from validFrom to validTo (both inclusive).
 */
export type TaxExemptionCertificate = {
  __typename?: 'TaxExemptionCertificate';
  /** True when it exempts every product; otherwise only productCodes. */
  allProducts: Scalars['Boolean']['output'];
  /** The number the tax authority gave the certificate. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  customerId: Scalars['ID']['output'];
  /** Where the provider keeps the certificate's document; classified like the number, which a reference may contain. */
  documentReference?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ISO 3166-1 country (e.g. DE: every invoice billed there) or ISO 3166-2 subdivision (e.g. US-TX: only those billed there). */
  jurisdiction: Scalars['String']['output'];
  /** The contract lines' product codes it exempts (empty when allProducts). */
  productCodes: Array<Scalars['String']['output']>;
  /** The provider adapter that delivered it, e.g. file-drop. */
  provider: Scalars['String']['output'];
  status: TaxExemptionStatus;
  /** When it was last delivered with a change. */
  updatedAt: Scalars['DateTime']['output'];
  validFrom: Scalars['Date']['output'];
  /** Last day it holds; null: until revoked. */
  validTo?: Maybe<Scalars['Date']['output']>;
};

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

/** What refreshTaxExemptions loaded: each batch (a file, for the file-drop provider) whole, oldest first. */
export type TaxExemptionRefresh = {
  __typename?: 'TaxExemptionRefresh';
  batches: Array<TaxExemptionBatch>;
  provider: Scalars['String']['output'];
};

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

/** A component of variable consideration re-estimated at a reporting date; the change in what is included is caught up on that date. */
export type VariableConsiderationChange = {
  __typename?: 'VariableConsiderationChange';
  constrainedAfter: Scalars['Boolean']['output'];
  constrainedBefore: Scalars['Boolean']['output'];
  estimateAfter?: Maybe<Money>;
  estimateBefore?: Maybe<Money>;
  includedAfter?: Maybe<Money>;
  includedBefore?: Maybe<Money>;
  key: Scalars['ID']['output'];
  method: EstimateMethod;
};

export type VariableConsiderationEstimate = {
  __typename?: 'VariableConsiderationEstimate';
  /**
   * The first obligation it is allocated to entirely, when the criteria of ASC 606-10-32-40 hold.
   * @deprecated A component may belong to several obligations: use allocatedToObligations.
   */
  allocatedTo?: Maybe<Scalars['ID']['output']>;
  /** The obligations (keys) it is allocated to entirely under ASC 606-10-32-40; empty when spread across all. */
  allocatedToObligations: Array<Scalars['ID']['output']>;
  /** The day of this estimate: the contract's start, or the reporting date of the latest re-estimate. */
  asOf: Scalars['Date']['output'];
  constrained: Scalars['Boolean']['output'];
  estimate?: Maybe<Money>;
  /** What the transaction price includes after the constraint (ASC 606-10-32-11). */
  included?: Maybe<Money>;
  /** The component's key within the contract, e.g. performance-bonus. */
  key: Scalars['ID']['output'];
  method: EstimateMethod;
};

/**
 * A new estimate of one component of variable consideration at a reporting date: the method and
 * outcomes as now known, and the constraint released (constrained: false, or a higher
 * highlyProbableAmount) or tightened.
 */
export type VariableConsiderationEstimateInput = {
  /** The reporting date: the cumulative catch-up is recognised on it. */
  asOf: Scalars['Date']['input'];
  constrained: Scalars['Boolean']['input'];
  contractId: Scalars['ID']['input'];
  highlyProbableAmount?: InputMaybe<Scalars['String']['input']>;
  /** The component's key, e.g. vc1. */
  key: Scalars['ID']['input'];
  method: EstimateMethod;
  outcomes: Array<OutcomeInput>;
  reason: Scalars['String']['input'];
};

export type VariableConsiderationInput = {
  /** Keys of the obligations it belongs to entirely when ASC 606-10-32-40's criteria hold (one or more, not all); otherwise spread like the rest of the price. */
  allocateTo?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Apply the constraint: include only highlyProbableAmount (default 0). */
  constrained: Scalars['Boolean']['input'];
  highlyProbableAmount?: InputMaybe<Scalars['String']['input']>;
  /** Names the component within the contract (letters, digits, - or _); default vc1, vc2, ... by position. */
  key?: InputMaybe<Scalars['ID']['input']>;
  method: EstimateMethod;
  outcomes: Array<OutcomeInput>;
};

export type VariableConsiderationWhatIf = {
  __typename?: 'VariableConsiderationWhatIf';
  allocatedToObligations: Array<Scalars['ID']['output']>;
  constrained: Scalars['Boolean']['output'];
  estimate: Money;
  included: Money;
  key: Scalars['ID']['output'];
  method: EstimateMethod;
};

export type WaterfallDimension =
  | 'CUSTOMER'
  | 'PRODUCT'
  | 'SEGMENT';

/**
 * A bad-debt write-off. Maker-checker: one finance principal requests it, a different one approves
 * or rejects it; only an approved write-off reduces the invoice's balance.
 */
export type WriteOff = {
  __typename?: 'WriteOff';
  amount?: Maybe<Money>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  requestedBy?: Maybe<Scalars['String']['output']>;
  status: WriteOffStatus;
};

export type WriteOffRequest = {
  /** Decimal string in the invoice's currency, at most its open balance. */
  amount: Scalars['String']['input'];
  invoiceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type WriteOffStatus =
  | 'APPROVED'
  | 'REJECTED'
  | 'REQUESTED';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Contract: Contract;
  Customer: Customer;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Contract:
    ( { __typename: 'Contract' }
    & GraphQLRecursivePick<FederationTypes['Contract'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AllocationInput: AllocationInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AllocationMethod: AllocationMethod;
  AllocationObligationInput: AllocationObligationInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AllocationResult: ResolverTypeWrapper<Omit<AllocationResult, 'allocations' | 'discount' | 'transactionPrice' | 'variableConsideration' | 'variableConsiderations'> & { allocations: Array<ResolversTypes['ObligationAllocation']>, discount: ResolversTypes['Money'], transactionPrice: ResolversTypes['Money'], variableConsideration?: Maybe<ResolversTypes['VariableConsiderationWhatIf']>, variableConsiderations: Array<ResolversTypes['VariableConsiderationWhatIf']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AllocationRevision: ResolverTypeWrapper<AllocationRevisionParentModel>;
  ApprovalStatus: ApprovalStatus;
  BillingEntry: ResolverTypeWrapper<BillingEntryParentModel>;
  BillingEntryInput: BillingEntryInput;
  BillingQualityFacts: ResolverTypeWrapper<Omit<BillingQualityFacts, 'arBalance' | 'contractValue' | 'invoices'> & { arBalance: Array<ResolversTypes['Money']>, contractValue: Array<ResolversTypes['Money']>, invoices: Array<ResolversTypes['InvoiceHistoryFact']> }>;
  Contract: ResolverTypeWrapper<ContractModel>;
  ContractAuditFact: ResolverTypeWrapper<ContractAuditFact>;
  ContractBalances: ResolverTypeWrapper<ContractBalancesParentModel>;
  ContractInput: ContractInput;
  ContractLedgerCheck: ResolverTypeWrapper<ContractLedgerCheckParentModel>;
  ContractLine: ResolverTypeWrapper<ContractLineParentModel>;
  ContractModification: ResolverTypeWrapper<ContractModificationParentModel>;
  ContractModificationInput: ContractModificationInput;
  ContractStatus: ContractStatus;
  ContractValidationReport: ResolverTypeWrapper<Omit<ContractValidationReport, 'contract'> & { contract: ResolversTypes['Contract'] }>;
  ContractViolation: ResolverTypeWrapper<ContractViolation>;
  Customer: ResolverTypeWrapper<GovernedCustomerModel>;
  CustomerRevenue: ResolverTypeWrapper<Omit<CustomerRevenue, 'arr' | 'deferred' | 'mrr' | 'recognizedToDate' | 'unbilled'> & { arr?: Maybe<Array<ResolversTypes['Money']>>, deferred?: Maybe<Array<ResolversTypes['Money']>>, mrr?: Maybe<Array<ResolversTypes['Money']>>, recognizedToDate?: Maybe<Array<ResolversTypes['Money']>>, unbilled?: Maybe<Array<ResolversTypes['Money']>> }>;
  CustomerSegment: CustomerSegment;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decimal: ResolverTypeWrapper<Scalars['Decimal']['output']>;
  DeferredRevenueForecastPeriod: ResolverTypeWrapper<Omit<DeferredRevenueForecastPeriod, 'contracted' | 'fromRenewals' | 'total'> & { contracted?: Maybe<ResolversTypes['Money']>, fromRenewals?: Maybe<ResolversTypes['Money']>, total?: Maybe<ResolversTypes['Money']> }>;
  DiscountApproval: ResolverTypeWrapper<DiscountApprovalModel>;
  DiscountBundleInput: DiscountBundleInput;
  EstimateMethod: EstimateMethod;
  InvalidTaxExemptionHandling: InvalidTaxExemptionHandling;
  Invoice: ResolverTypeWrapper<InvoiceModel>;
  InvoiceFromScheduleInput: InvoiceFromScheduleInput;
  InvoiceHistoryFact: ResolverTypeWrapper<Omit<InvoiceHistoryFact, 'amount' | 'payments'> & { amount: ResolversTypes['Money'], payments: Array<ResolversTypes['PaymentFact']> }>;
  InvoiceRetentionFacts: ResolverTypeWrapper<InvoiceRetentionFacts>;
  InvoiceStatus: InvoiceStatus;
  JournalAccount: JournalAccount;
  JournalEntry: ResolverTypeWrapper<JournalEntryParentModel>;
  JournalLine: ResolverTypeWrapper<JournalLineParentModel>;
  LedgerLineInput: LedgerLineInput;
  LedgerLineProblem: ResolverTypeWrapper<LedgerLineProblemParentModel>;
  LedgerMismatchReason: LedgerMismatchReason;
  ModificationClassification: ResolverTypeWrapper<ModificationClassification>;
  ModificationFlags: ResolverTypeWrapper<ModificationFlags>;
  ModificationType: ModificationType;
  Money: ResolverTypeWrapper<MinorMoneyModel>;
  MonthEndIntegrityReport: ResolverTypeWrapper<Omit<MonthEndIntegrityReport, 'amountMismatches' | 'contractsWithoutLedgerLines' | 'linesWithMissingContract' | 'linesWithMissingObligation'> & { amountMismatches: Array<ResolversTypes['ContractLedgerCheck']>, contractsWithoutLedgerLines: Array<ResolversTypes['ContractLedgerCheck']>, linesWithMissingContract: Array<ResolversTypes['LedgerLineProblem']>, linesWithMissingObligation: Array<ResolversTypes['LedgerLineProblem']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ObligationAllocation: ResolverTypeWrapper<Omit<ObligationAllocation, 'amount'> & { amount: ResolversTypes['Money'] }>;
  ObligationAmountInput: ObligationAmountInput;
  ObligationInput: ObligationInput;
  OutcomeInput: OutcomeInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Payment: ResolverTypeWrapper<PaymentParentModel>;
  PaymentFact: ResolverTypeWrapper<Omit<PaymentFact, 'amount'> & { amount: ResolversTypes['Money'] }>;
  PaymentInput: PaymentInput;
  PerformanceObligation: ResolverTypeWrapper<PerformanceObligationParentModel>;
  PricingChangeBasis: PricingChangeBasis;
  PricingRoute: ResolverTypeWrapper<PricingRoute>;
  PricingTier: PricingTier;
  PricingTierChange: ResolverTypeWrapper<PricingTierChangeModel>;
  PricingTierChangeInput: PricingTierChangeInput;
  ProgressInput: ProgressInput;
  ProgressMeasurement: ResolverTypeWrapper<ProgressMeasurement>;
  PurchaseOrderRule: ResolverTypeWrapper<PurchaseOrderRuleModel>;
  PurchaseOrderRuleInput: PurchaseOrderRuleInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RenewalIntent: ResolverTypeWrapper<RenewalIntentRecordModel>;
  RenewalIntentInput: RenewalIntentInput;
  RenewalSignal: RenewalSignal;
  RevenuePeriod: ResolverTypeWrapper<RevenuePeriodParentModel>;
  RevenueSummaryPass: ResolverTypeWrapper<RevenueSummaryPass>;
  RevenueWaterfallRow: ResolverTypeWrapper<RevenueWaterfallRowParentModel>;
  RevisionTreatment: RevisionTreatment;
  SatisfactionPattern: SatisfactionPattern;
  StandaloneSellingPriceEntry: ResolverTypeWrapper<StandaloneSellingPriceModel>;
  StandaloneSellingPriceInput: StandaloneSellingPriceInput;
  TaxExemptionBatch: ResolverTypeWrapper<TaxExemptionBatch>;
  TaxExemptionCertificate: ResolverTypeWrapper<TaxExemptionCertificateModel>;
  TaxExemptionProblem: TaxExemptionProblem;
  TaxExemptionRefresh: ResolverTypeWrapper<TaxExemptionRefresh>;
  TaxExemptionStatus: TaxExemptionStatus;
  TaxTreatment: TaxTreatment;
  VariableConsiderationChange: ResolverTypeWrapper<VariableConsiderationChangeParentModel>;
  VariableConsiderationEstimate: ResolverTypeWrapper<VariableConsiderationParentModel>;
  VariableConsiderationEstimateInput: VariableConsiderationEstimateInput;
  VariableConsiderationInput: VariableConsiderationInput;
  VariableConsiderationWhatIf: ResolverTypeWrapper<Omit<VariableConsiderationWhatIf, 'estimate' | 'included'> & { estimate: ResolversTypes['Money'], included: ResolversTypes['Money'] }>;
  WaterfallDimension: WaterfallDimension;
  WriteOff: ResolverTypeWrapper<WriteOffModel>;
  WriteOffRequest: WriteOffRequest;
  WriteOffStatus: WriteOffStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AllocationInput: AllocationInput;
  ID: Scalars['ID']['output'];
  AllocationObligationInput: AllocationObligationInput;
  Boolean: Scalars['Boolean']['output'];
  AllocationResult: Omit<AllocationResult, 'allocations' | 'discount' | 'transactionPrice' | 'variableConsideration' | 'variableConsiderations'> & { allocations: Array<ResolversParentTypes['ObligationAllocation']>, discount: ResolversParentTypes['Money'], transactionPrice: ResolversParentTypes['Money'], variableConsideration?: Maybe<ResolversParentTypes['VariableConsiderationWhatIf']>, variableConsiderations: Array<ResolversParentTypes['VariableConsiderationWhatIf']> };
  Int: Scalars['Int']['output'];
  AllocationRevision: AllocationRevisionParentModel;
  BillingEntry: BillingEntryParentModel;
  BillingEntryInput: BillingEntryInput;
  BillingQualityFacts: Omit<BillingQualityFacts, 'arBalance' | 'contractValue' | 'invoices'> & { arBalance: Array<ResolversParentTypes['Money']>, contractValue: Array<ResolversParentTypes['Money']>, invoices: Array<ResolversParentTypes['InvoiceHistoryFact']> };
  Contract: ContractModel;
  ContractAuditFact: ContractAuditFact;
  ContractBalances: ContractBalancesParentModel;
  ContractInput: ContractInput;
  ContractLedgerCheck: ContractLedgerCheckParentModel;
  ContractLine: ContractLineParentModel;
  ContractModification: ContractModificationParentModel;
  ContractModificationInput: ContractModificationInput;
  ContractValidationReport: Omit<ContractValidationReport, 'contract'> & { contract: ResolversParentTypes['Contract'] };
  ContractViolation: ContractViolation;
  Customer: GovernedCustomerModel;
  CustomerRevenue: Omit<CustomerRevenue, 'arr' | 'deferred' | 'mrr' | 'recognizedToDate' | 'unbilled'> & { arr?: Maybe<Array<ResolversParentTypes['Money']>>, deferred?: Maybe<Array<ResolversParentTypes['Money']>>, mrr?: Maybe<Array<ResolversParentTypes['Money']>>, recognizedToDate?: Maybe<Array<ResolversParentTypes['Money']>>, unbilled?: Maybe<Array<ResolversParentTypes['Money']>> };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decimal: Scalars['Decimal']['output'];
  DeferredRevenueForecastPeriod: Omit<DeferredRevenueForecastPeriod, 'contracted' | 'fromRenewals' | 'total'> & { contracted?: Maybe<ResolversParentTypes['Money']>, fromRenewals?: Maybe<ResolversParentTypes['Money']>, total?: Maybe<ResolversParentTypes['Money']> };
  DiscountApproval: DiscountApprovalModel;
  DiscountBundleInput: DiscountBundleInput;
  Invoice: InvoiceModel;
  InvoiceFromScheduleInput: InvoiceFromScheduleInput;
  InvoiceHistoryFact: Omit<InvoiceHistoryFact, 'amount' | 'payments'> & { amount: ResolversParentTypes['Money'], payments: Array<ResolversParentTypes['PaymentFact']> };
  InvoiceRetentionFacts: InvoiceRetentionFacts;
  JournalEntry: JournalEntryParentModel;
  JournalLine: JournalLineParentModel;
  LedgerLineInput: LedgerLineInput;
  LedgerLineProblem: LedgerLineProblemParentModel;
  ModificationClassification: ModificationClassification;
  ModificationFlags: ModificationFlags;
  Money: MinorMoneyModel;
  MonthEndIntegrityReport: Omit<MonthEndIntegrityReport, 'amountMismatches' | 'contractsWithoutLedgerLines' | 'linesWithMissingContract' | 'linesWithMissingObligation'> & { amountMismatches: Array<ResolversParentTypes['ContractLedgerCheck']>, contractsWithoutLedgerLines: Array<ResolversParentTypes['ContractLedgerCheck']>, linesWithMissingContract: Array<ResolversParentTypes['LedgerLineProblem']>, linesWithMissingObligation: Array<ResolversParentTypes['LedgerLineProblem']> };
  Mutation: Record<PropertyKey, never>;
  ObligationAllocation: Omit<ObligationAllocation, 'amount'> & { amount: ResolversParentTypes['Money'] };
  ObligationAmountInput: ObligationAmountInput;
  ObligationInput: ObligationInput;
  OutcomeInput: OutcomeInput;
  Float: Scalars['Float']['output'];
  Payment: PaymentParentModel;
  PaymentFact: Omit<PaymentFact, 'amount'> & { amount: ResolversParentTypes['Money'] };
  PaymentInput: PaymentInput;
  PerformanceObligation: PerformanceObligationParentModel;
  PricingRoute: PricingRoute;
  PricingTierChange: PricingTierChangeModel;
  PricingTierChangeInput: PricingTierChangeInput;
  ProgressInput: ProgressInput;
  ProgressMeasurement: ProgressMeasurement;
  PurchaseOrderRule: PurchaseOrderRuleModel;
  PurchaseOrderRuleInput: PurchaseOrderRuleInput;
  Query: Record<PropertyKey, never>;
  RenewalIntent: RenewalIntentRecordModel;
  RenewalIntentInput: RenewalIntentInput;
  RevenuePeriod: RevenuePeriodParentModel;
  RevenueSummaryPass: RevenueSummaryPass;
  RevenueWaterfallRow: RevenueWaterfallRowParentModel;
  StandaloneSellingPriceEntry: StandaloneSellingPriceModel;
  StandaloneSellingPriceInput: StandaloneSellingPriceInput;
  TaxExemptionBatch: TaxExemptionBatch;
  TaxExemptionCertificate: TaxExemptionCertificateModel;
  TaxExemptionRefresh: TaxExemptionRefresh;
  VariableConsiderationChange: VariableConsiderationChangeParentModel;
  VariableConsiderationEstimate: VariableConsiderationParentModel;
  VariableConsiderationEstimateInput: VariableConsiderationEstimateInput;
  VariableConsiderationInput: VariableConsiderationInput;
  VariableConsiderationWhatIf: Omit<VariableConsiderationWhatIf, 'estimate' | 'included'> & { estimate: ResolversParentTypes['Money'], included: ResolversParentTypes['Money'] };
  WriteOff: WriteOffModel;
  WriteOffRequest: WriteOffRequest;
  String: Scalars['String']['output'];
};

export type SensitiveDirectiveArgs = {
  class: Scalars['String']['input'];
  mask?: Maybe<Scalars['String']['input']>;
};

export type SensitiveDirectiveResolver<Result, Parent, ContextType = ContractContext, Args = SensitiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AllocationResultResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['AllocationResult'] = ResolversParentTypes['AllocationResult']> = {
  allocations?: Resolver<Array<ResolversTypes['ObligationAllocation']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  discount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  discountBasisPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  discountNeedsApproval?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['AllocationMethod'], ParentType, ContextType>;
  transactionPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  variableConsideration?: Resolver<Maybe<ResolversTypes['VariableConsiderationWhatIf']>, ParentType, ContextType>;
  variableConsiderations?: Resolver<Array<ResolversTypes['VariableConsiderationWhatIf']>, ParentType, ContextType>;
};

export type AllocationRevisionResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['AllocationRevision'] = ResolversParentTypes['AllocationRevision']> = {
  allocated?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  modificationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  treatment?: Resolver<ResolversTypes['RevisionTreatment'], ParentType, ContextType>;
};

export type BillingEntryResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['BillingEntry'] = ResolversParentTypes['BillingEntry']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoice?: Resolver<Maybe<ResolversTypes['Invoice']>, ParentType, ContextType>;
  listAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type BillingQualityFactsResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['BillingQualityFacts'] = ResolversParentTypes['BillingQualityFacts']> = {
  arBalance?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  contractValue?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<Array<ResolversTypes['InvoiceHistoryFact']>, ParentType, ContextType>;
  invoicesMissingPurchaseOrder?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  invoicesNeedingPurchaseOrder?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  purchaseOrderRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ContractResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract'], FederationReferenceType extends FederationReferenceTypes['Contract'] = FederationReferenceTypes['Contract']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contract']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allocationMethod?: Resolver<Maybe<ResolversTypes['AllocationMethod']>, ParentType, ContextType>;
  balances?: Resolver<ResolversTypes['ContractBalances'], ParentType, ContextType, Partial<ContractBalancesArgs>>;
  billingSchedule?: Resolver<Array<ResolversTypes['BillingEntry']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  discount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  discountApprovals?: Resolver<Array<ResolversTypes['DiscountApproval']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoices?: Resolver<Array<ResolversTypes['Invoice']>, ParentType, ContextType>;
  journalEntries?: Resolver<Array<ResolversTypes['JournalEntry']>, ParentType, ContextType, Partial<ContractJournalEntriesArgs>>;
  ledgerCheck?: Resolver<ResolversTypes['ContractLedgerCheck'], ParentType, ContextType, RequireFields<ContractLedgerCheckArgs, 'period'>>;
  lines?: Resolver<Array<ResolversTypes['ContractLine']>, ParentType, ContextType>;
  modifications?: Resolver<Array<ResolversTypes['ContractModification']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  performanceObligations?: Resolver<Array<ResolversTypes['PerformanceObligation']>, ParentType, ContextType>;
  pricingTier?: Resolver<ResolversTypes['PricingTier'], ParentType, ContextType>;
  pricingTierChanges?: Resolver<Array<ResolversTypes['PricingTierChange']>, ParentType, ContextType>;
  renewalIntent?: Resolver<Maybe<ResolversTypes['RenewalIntent']>, ParentType, ContextType>;
  revenueSchedule?: Resolver<Array<ResolversTypes['RevenuePeriod']>, ParentType, ContextType, Partial<ContractRevenueScheduleArgs>>;
  segment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ContractStatus'], ParentType, ContextType>;
  totalValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  transactionPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  validationIssues?: Resolver<Array<ResolversTypes['ContractViolation']>, ParentType, ContextType>;
  variableConsideration?: Resolver<Maybe<ResolversTypes['VariableConsiderationEstimate']>, ParentType, ContextType>;
  variableConsiderations?: Resolver<Array<ResolversTypes['VariableConsiderationEstimate']>, ParentType, ContextType>;
};

export type ContractAuditFactResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['ContractAuditFact'] = ResolversParentTypes['ContractAuditFact']> = {
  contractId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  firstRevenueMonth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastRevenueMonth?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ContractBalancesResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['ContractBalances'] = ResolversParentTypes['ContractBalances']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  billedToDate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  contractAsset?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  contractLiability?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  receivable?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  recognizedToDate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  reconciled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ContractLedgerCheckResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['ContractLedgerCheck'] = ResolversParentTypes['ContractLedgerCheck']> = {
  contract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  hasLedgerLines?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  linesWithUnknownObligation?: Resolver<Array<ResolversTypes['LedgerLineProblem']>, ParentType, ContextType>;
  mismatch?: Resolver<Maybe<ResolversTypes['LedgerMismatchReason']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  posted?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  scheduled?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type ContractLineResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['ContractLine'] = ResolversParentTypes['ContractLine']> = {
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type ContractModificationResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['ContractModification'] = ResolversParentTypes['ContractModification']> = {
  classification?: Resolver<Maybe<ResolversTypes['ModificationClassification']>, ParentType, ContextType>;
  considerationChange?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  effectiveDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  priceConcession?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  pricingTierChangeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recognizedOnEffectiveDate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  remainingAfter?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  remainingBefore?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transactionPriceAfter?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  transactionPriceBefore?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ModificationType'], ParentType, ContextType>;
  variableConsideration?: Resolver<Maybe<ResolversTypes['VariableConsiderationChange']>, ParentType, ContextType>;
};

export type ContractValidationReportResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['ContractValidationReport'] = ResolversParentTypes['ContractValidationReport']> = {
  contract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType>;
  violations?: Resolver<Array<ResolversTypes['ContractViolation']>, ParentType, ContextType>;
};

export type ContractViolationResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['ContractViolation'] = ResolversParentTypes['ContractViolation']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  arBalance?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
  contracts?: Resolver<Maybe<Array<ResolversTypes['Contract']>>, ParentType, ContextType, Partial<CustomerContractsArgs>>;
  deferredRevenueForecast?: Resolver<Maybe<Array<ResolversTypes['DeferredRevenueForecastPeriod']>>, ParentType, ContextType, RequireFields<CustomerDeferredRevenueForecastArgs, 'months'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceRows?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<CustomerInvoiceRowsArgs>>;
  purchaseOrderRule?: Resolver<Maybe<ResolversTypes['PurchaseOrderRule']>, ParentType, ContextType>;
  revenue?: Resolver<Maybe<ResolversTypes['CustomerRevenue']>, ParentType, ContextType, Partial<CustomerRevenueArgs>>;
  revenueRows?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<CustomerRevenueRowsArgs, 'asOf'>>;
  taxExemptions?: Resolver<Maybe<Array<ResolversTypes['TaxExemptionCertificate']>>, ParentType, ContextType>;
};

export type CustomerRevenueResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['CustomerRevenue'] = ResolversParentTypes['CustomerRevenue']> = {
  arr?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deferred?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
  mrr?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
  recognizedToDate?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
  unbilled?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface DecimalScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Decimal'], any> {
  name: 'Decimal';
}

export type DeferredRevenueForecastPeriodResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['DeferredRevenueForecastPeriod'] = ResolversParentTypes['DeferredRevenueForecastPeriod']> = {
  contracted?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromRenewals?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type DiscountApprovalResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['DiscountApproval'] = ResolversParentTypes['DiscountApproval']> = {
  contract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  discount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  discountBasisPoints?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApprovalStatus'], ParentType, ContextType>;
  transactionPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type InvoiceResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice']> = {
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  balance?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  listAmount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['Payment']>, ParentType, ContextType>;
  pricingTier?: Resolver<Maybe<ResolversTypes['PricingTier']>, ParentType, ContextType>;
  purchaseOrderNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InvoiceStatus'], ParentType, ContextType>;
  taxExemptionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  taxJurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  taxReview?: Resolver<Maybe<ResolversTypes['TaxExemptionProblem']>, ParentType, ContextType>;
  taxTreatment?: Resolver<ResolversTypes['TaxTreatment'], ParentType, ContextType>;
  writeOffs?: Resolver<Array<ResolversTypes['WriteOff']>, ParentType, ContextType>;
};

export type InvoiceHistoryFactResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['InvoiceHistoryFact'] = ResolversParentTypes['InvoiceHistoryFact']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  contractId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  dueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  invoiceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  payments?: Resolver<Array<ResolversTypes['PaymentFact']>, ParentType, ContextType>;
};

export type InvoiceRetentionFactsResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['InvoiceRetentionFacts'] = ResolversParentTypes['InvoiceRetentionFacts']> = {
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issueDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type JournalEntryResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['JournalEntry'] = ResolversParentTypes['JournalEntry']> = {
  balanced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contractId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['JournalLine']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type JournalLineResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['JournalLine'] = ResolversParentTypes['JournalLine']> = {
  account?: Resolver<ResolversTypes['JournalAccount'], ParentType, ContextType>;
  credit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  debit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  ledgerAccount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  obligationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type LedgerLineProblemResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['LedgerLineProblem'] = ResolversParentTypes['LedgerLineProblem']> = {
  account?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  contractId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  lineId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  obligationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ModificationClassificationResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['ModificationClassification'] = ResolversParentTypes['ModificationClassification']> = {
  addedGoodsDistinct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fromFacts?: Resolver<ResolversTypes['ModificationFlags'], ParentType, ContextType>;
  overridden?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overrideReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  priceReflectsStandaloneSellingPrice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remainingGoodsDistinct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ModificationFlagsResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['ModificationFlags'] = ResolversParentTypes['ModificationFlags']> = {
  addedGoodsDistinct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  priceReflectsStandaloneSellingPrice?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  remainingGoodsDistinct?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bucket?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MonthEndIntegrityReportResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['MonthEndIntegrityReport'] = ResolversParentTypes['MonthEndIntegrityReport']> = {
  amountMismatches?: Resolver<Array<ResolversTypes['ContractLedgerCheck']>, ParentType, ContextType>;
  clean?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  contractsWithoutLedgerLines?: Resolver<Array<ResolversTypes['ContractLedgerCheck']>, ParentType, ContextType>;
  linesWithMissingContract?: Resolver<Array<ResolversTypes['LedgerLineProblem']>, ParentType, ContextType>;
  linesWithMissingObligation?: Resolver<Array<ResolversTypes['LedgerLineProblem']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  approveDiscount?: Resolver<ResolversTypes['DiscountApproval'], ParentType, ContextType, RequireFields<MutationApproveDiscountArgs, 'id'>>;
  approvePricingTierChange?: Resolver<ResolversTypes['PricingTierChange'], ParentType, ContextType, RequireFields<MutationApprovePricingTierChangeArgs, 'id'>>;
  approveStandaloneSellingPrice?: Resolver<ResolversTypes['StandaloneSellingPriceEntry'], ParentType, ContextType, RequireFields<MutationApproveStandaloneSellingPriceArgs, 'id'>>;
  approveWriteOff?: Resolver<ResolversTypes['WriteOff'], ParentType, ContextType, RequireFields<MutationApproveWriteOffArgs, 'id'>>;
  createContract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType, RequireFields<MutationCreateContractArgs, 'input'>>;
  issueInvoice?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType, RequireFields<MutationIssueInvoiceArgs, 'input'>>;
  keepRevenueSummaries?: Resolver<ResolversTypes['RevenueSummaryPass'], ParentType, ContextType, Partial<MutationKeepRevenueSummariesArgs>>;
  modifyContract?: Resolver<ResolversTypes['ContractModification'], ParentType, ContextType, RequireFields<MutationModifyContractArgs, 'input'>>;
  postLedgerLines?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationPostLedgerLinesArgs, 'lines'>>;
  proposeStandaloneSellingPrice?: Resolver<ResolversTypes['StandaloneSellingPriceEntry'], ParentType, ContextType, RequireFields<MutationProposeStandaloneSellingPriceArgs, 'input'>>;
  purgeInvoices?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationPurgeInvoicesArgs, 'ids'>>;
  purgeSyntheticContracts?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationPurgeSyntheticContractsArgs, 'marker'>>;
  recordPayments?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRecordPaymentsArgs, 'payments'>>;
  recordProgress?: Resolver<ResolversTypes['ProgressMeasurement'], ParentType, ContextType, RequireFields<MutationRecordProgressArgs, 'input'>>;
  recordRenewalIntent?: Resolver<ResolversTypes['RenewalIntent'], ParentType, ContextType, RequireFields<MutationRecordRenewalIntentArgs, 'input'>>;
  reestimateVariableConsideration?: Resolver<ResolversTypes['ContractModification'], ParentType, ContextType, RequireFields<MutationReestimateVariableConsiderationArgs, 'input'>>;
  refreshTaxExemptions?: Resolver<ResolversTypes['TaxExemptionRefresh'], ParentType, ContextType>;
  rejectDiscount?: Resolver<ResolversTypes['DiscountApproval'], ParentType, ContextType, RequireFields<MutationRejectDiscountArgs, 'id' | 'note'>>;
  rejectPricingTierChange?: Resolver<ResolversTypes['PricingTierChange'], ParentType, ContextType, RequireFields<MutationRejectPricingTierChangeArgs, 'id' | 'note'>>;
  rejectStandaloneSellingPrice?: Resolver<ResolversTypes['StandaloneSellingPriceEntry'], ParentType, ContextType, RequireFields<MutationRejectStandaloneSellingPriceArgs, 'id' | 'note'>>;
  rejectWriteOff?: Resolver<ResolversTypes['WriteOff'], ParentType, ContextType, RequireFields<MutationRejectWriteOffArgs, 'id' | 'note'>>;
  requestPricingTierChange?: Resolver<ResolversTypes['PricingTierChange'], ParentType, ContextType, RequireFields<MutationRequestPricingTierChangeArgs, 'input'>>;
  requestWriteOff?: Resolver<ResolversTypes['WriteOff'], ParentType, ContextType, RequireFields<MutationRequestWriteOffArgs, 'request'>>;
  setPurchaseOrderRule?: Resolver<ResolversTypes['PurchaseOrderRule'], ParentType, ContextType, RequireFields<MutationSetPurchaseOrderRuleArgs, 'input'>>;
};

export type ObligationAllocationResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['ObligationAllocation'] = ResolversParentTypes['ObligationAllocation']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unrounded?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PaymentResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['Payment'] = ResolversParentTypes['Payment']> = {
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PaymentFactResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['PaymentFact'] = ResolversParentTypes['PaymentFact']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  paymentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PerformanceObligationResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['PerformanceObligation'] = ResolversParentTypes['PerformanceObligation']> = {
  allocated?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distinctUnits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pattern?: Resolver<ResolversTypes['SatisfactionPattern'], ParentType, ContextType>;
  productCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<Array<ResolversTypes['ProgressMeasurement']>, ParentType, ContextType>;
  removedByModificationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['AllocationRevision']>, ParentType, ContextType>;
  schedule?: Resolver<Array<ResolversTypes['RevenuePeriod']>, ParentType, ContextType, Partial<PerformanceObligationScheduleArgs>>;
  standaloneSellingPrice?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  transferDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PricingRouteResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['PricingRoute'] = ResolversParentTypes['PricingRoute']> = {
  people?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PricingTierChangeResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['PricingTierChange'] = ResolversParentTypes['PricingTierChange']> = {
  basis?: Resolver<ResolversTypes['PricingChangeBasis'], ParentType, ContextType>;
  contract?: Resolver<ResolversTypes['Contract'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fromTier?: Resolver<ResolversTypes['PricingTier'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  revenueChange?: Resolver<Maybe<ResolversTypes['ContractModification']>, ParentType, ContextType>;
  routedTo?: Resolver<Maybe<ResolversTypes['PricingRoute']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApprovalStatus'], ParentType, ContextType>;
  tier?: Resolver<ResolversTypes['PricingTier'], ParentType, ContextType>;
};

export type ProgressMeasurementResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['ProgressMeasurement'] = ResolversParentTypes['ProgressMeasurement']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  completedUnits?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
  totalUnits?: Resolver<ResolversTypes['Decimal'], ParentType, ContextType>;
};

export type PurchaseOrderRuleResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['PurchaseOrderRule'] = ResolversParentTypes['PurchaseOrderRule']> = {
  pattern?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  allocateTransactionPrice?: Resolver<ResolversTypes['AllocationResult'], ParentType, ContextType, RequireFields<QueryAllocateTransactionPriceArgs, 'input'>>;
  billingQualityFacts?: Resolver<Array<ResolversTypes['BillingQualityFacts']>, ParentType, ContextType, RequireFields<QueryBillingQualityFactsArgs, 'customerIds'>>;
  contract?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType, RequireFields<QueryContractArgs, 'id'>>;
  contractAuditFacts?: Resolver<Array<ResolversTypes['ContractAuditFact']>, ParentType, ContextType, RequireFields<QueryContractAuditFactsArgs, 'ids'>>;
  contractAuditPopulation?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, Partial<QueryContractAuditPopulationArgs>>;
  contractValidationIssues?: Resolver<Array<ResolversTypes['ContractValidationReport']>, ParentType, ContextType, Partial<QueryContractValidationIssuesArgs>>;
  discountApprovals?: Resolver<Array<ResolversTypes['DiscountApproval']>, ParentType, ContextType, Partial<QueryDiscountApprovalsArgs>>;
  invoicesIssuedThrough?: Resolver<Array<ResolversTypes['InvoiceRetentionFacts']>, ParentType, ContextType, RequireFields<QueryInvoicesIssuedThroughArgs, 'first' | 'through'>>;
  monthEndIntegrity?: Resolver<ResolversTypes['MonthEndIntegrityReport'], ParentType, ContextType, RequireFields<QueryMonthEndIntegrityArgs, 'period'>>;
  pricingTierChanges?: Resolver<Array<ResolversTypes['PricingTierChange']>, ParentType, ContextType, Partial<QueryPricingTierChangesArgs>>;
  revenueWaterfall?: Resolver<Array<ResolversTypes['RevenueWaterfallRow']>, ParentType, ContextType, RequireFields<QueryRevenueWaterfallArgs, 'from' | 'groupBy' | 'to'>>;
  standaloneSellingPrices?: Resolver<Array<ResolversTypes['StandaloneSellingPriceEntry']>, ParentType, ContextType, Partial<QueryStandaloneSellingPricesArgs>>;
  writeOffs?: Resolver<Array<ResolversTypes['WriteOff']>, ParentType, ContextType, Partial<QueryWriteOffsArgs>>;
};

export type RenewalIntentResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['RenewalIntent'] = ResolversParentTypes['RenewalIntent']> = {
  observedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  probability?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  signal?: Resolver<ResolversTypes['RenewalSignal'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RevenuePeriodResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['RevenuePeriod'] = ResolversParentTypes['RevenuePeriod']> = {
  billedToDate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  deferred?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recognized?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  recognizedToDate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  unbilled?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
};

export type RevenueSummaryPassResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['RevenueSummaryPass'] = ResolversParentTypes['RevenueSummaryPass']> = {
  contracts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  done?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  endCursor?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RevenueWaterfallRowResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['RevenueWaterfallRow'] = ResolversParentTypes['RevenueWaterfallRow']> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recognized?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StandaloneSellingPriceEntryResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['StandaloneSellingPriceEntry'] = ResolversParentTypes['StandaloneSellingPriceEntry']> = {
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  observableMax?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  observableMin?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  pricingTier?: Resolver<Maybe<ResolversTypes['PricingTier']>, ParentType, ContextType>;
  productCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['CustomerSegment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ApprovalStatus'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type TaxExemptionBatchResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['TaxExemptionBatch'] = ResolversParentTypes['TaxExemptionBatch']> = {
  certificates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TaxExemptionCertificateResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['TaxExemptionCertificate'] = ResolversParentTypes['TaxExemptionCertificate']> = {
  allProducts?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  certificateNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documentReference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productCodes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaxExemptionStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type TaxExemptionRefreshResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['TaxExemptionRefresh'] = ResolversParentTypes['TaxExemptionRefresh']> = {
  batches?: Resolver<Array<ResolversTypes['TaxExemptionBatch']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type VariableConsiderationChangeResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['VariableConsiderationChange'] = ResolversParentTypes['VariableConsiderationChange']> = {
  constrainedAfter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  constrainedBefore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  estimateAfter?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  estimateBefore?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  includedAfter?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  includedBefore?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['EstimateMethod'], ParentType, ContextType>;
};

export type VariableConsiderationEstimateResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['VariableConsiderationEstimate'] = ResolversParentTypes['VariableConsiderationEstimate']> = {
  allocatedTo?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  allocatedToObligations?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  constrained?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  included?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['EstimateMethod'], ParentType, ContextType>;
};

export type VariableConsiderationWhatIfResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['VariableConsiderationWhatIf'] = ResolversParentTypes['VariableConsiderationWhatIf']> = {
  allocatedToObligations?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  constrained?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  estimate?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  included?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['EstimateMethod'], ParentType, ContextType>;
};

export type WriteOffResolvers<ContextType = ContractContext, ParentType extends ResolversParentTypes['WriteOff'] = ResolversParentTypes['WriteOff']> = {
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WriteOffStatus'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ContractContext> = {
  AllocationResult?: AllocationResultResolvers<ContextType>;
  AllocationRevision?: AllocationRevisionResolvers<ContextType>;
  BillingEntry?: BillingEntryResolvers<ContextType>;
  BillingQualityFacts?: BillingQualityFactsResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  ContractAuditFact?: ContractAuditFactResolvers<ContextType>;
  ContractBalances?: ContractBalancesResolvers<ContextType>;
  ContractLedgerCheck?: ContractLedgerCheckResolvers<ContextType>;
  ContractLine?: ContractLineResolvers<ContextType>;
  ContractModification?: ContractModificationResolvers<ContextType>;
  ContractValidationReport?: ContractValidationReportResolvers<ContextType>;
  ContractViolation?: ContractViolationResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerRevenue?: CustomerRevenueResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decimal?: GraphQLScalarType;
  DeferredRevenueForecastPeriod?: DeferredRevenueForecastPeriodResolvers<ContextType>;
  DiscountApproval?: DiscountApprovalResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceHistoryFact?: InvoiceHistoryFactResolvers<ContextType>;
  InvoiceRetentionFacts?: InvoiceRetentionFactsResolvers<ContextType>;
  JournalEntry?: JournalEntryResolvers<ContextType>;
  JournalLine?: JournalLineResolvers<ContextType>;
  LedgerLineProblem?: LedgerLineProblemResolvers<ContextType>;
  ModificationClassification?: ModificationClassificationResolvers<ContextType>;
  ModificationFlags?: ModificationFlagsResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  MonthEndIntegrityReport?: MonthEndIntegrityReportResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  ObligationAllocation?: ObligationAllocationResolvers<ContextType>;
  Payment?: PaymentResolvers<ContextType>;
  PaymentFact?: PaymentFactResolvers<ContextType>;
  PerformanceObligation?: PerformanceObligationResolvers<ContextType>;
  PricingRoute?: PricingRouteResolvers<ContextType>;
  PricingTierChange?: PricingTierChangeResolvers<ContextType>;
  ProgressMeasurement?: ProgressMeasurementResolvers<ContextType>;
  PurchaseOrderRule?: PurchaseOrderRuleResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RenewalIntent?: RenewalIntentResolvers<ContextType>;
  RevenuePeriod?: RevenuePeriodResolvers<ContextType>;
  RevenueSummaryPass?: RevenueSummaryPassResolvers<ContextType>;
  RevenueWaterfallRow?: RevenueWaterfallRowResolvers<ContextType>;
  StandaloneSellingPriceEntry?: StandaloneSellingPriceEntryResolvers<ContextType>;
  TaxExemptionBatch?: TaxExemptionBatchResolvers<ContextType>;
  TaxExemptionCertificate?: TaxExemptionCertificateResolvers<ContextType>;
  TaxExemptionRefresh?: TaxExemptionRefreshResolvers<ContextType>;
  VariableConsiderationChange?: VariableConsiderationChangeResolvers<ContextType>;
  VariableConsiderationEstimate?: VariableConsiderationEstimateResolvers<ContextType>;
  VariableConsiderationWhatIf?: VariableConsiderationWhatIfResolvers<ContextType>;
  WriteOff?: WriteOffResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ContractContext> = {
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
};
