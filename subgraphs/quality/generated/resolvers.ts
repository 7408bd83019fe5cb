import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerReference as CustomerReferenceModel, DataQualityParent as DataQualityParentModel, PaymentProfileParent as PaymentProfileParentModel, TaxIdValidationParent as TaxIdValidationParentModel } from '../parents';
import type { QualityRun as QualityRunModel } from '../entities/QualityRun';
import type { QualityAlert as QualityAlertModel } from '../entities/QualityAlert';
import type { CorrectionCase as CorrectionCaseModel } from '../entities/CorrectionCase';
import type { PaymentAnomalyRecord as PaymentAnomalyRecordModel } from '../entities/PaymentAnomalyRecord';
import type { SamplingAuditRecord as SamplingAuditRecordModel } from '../entities/SamplingAuditRecord';
import type { MinorMoney as MinorMoneyModel } from '../../../lib/money';
import type { QualityContext } from '../context';
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
  _FieldSet: { input: unknown; output: unknown; }
};

export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  line1?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
};

export type CaseStatus =
  | 'OPEN'
  | 'RESOLVED';

/** Data a source system sent that failed validation; it must be corrected by dueAt. */
export type CorrectionCase = {
  __typename?: 'CorrectionCase';
  customer?: Maybe<Customer>;
  dueAt: Scalars['DateTime']['output'];
  extractId: Scalars['ID']['output'];
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  openedAt: Scalars['DateTime']['output'];
  overdue: Scalars['Boolean']['output'];
  reasonCode: ValidationReasonCode;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<Scalars['String']['output']>;
  status: CaseStatus;
  system: LedgerSystem;
};

export type Customer = {
  __typename?: 'Customer';
  billingAddress?: Maybe<Address>;
  country: Scalars['String']['output'];
  /** Null, with an error, when the quality service cannot answer. */
  dataQuality?: Maybe<DataQuality>;
  id: Scalars['ID']['output'];
  legalName?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  paymentTerms?: Maybe<PaymentTerms>;
  sensitiveFieldsOnFile: Array<Scalars['String']['output']>;
  shippingAddress?: Maybe<Address>;
};

export type CustomerSegment =
  | 'ENTERPRISE'
  | 'MID_MARKET'
  | 'SMB';

export type DataQuality = {
  __typename?: 'DataQuality';
  /** Scores from earlier batch runs, newest first, so a trend is visible. */
  history: Array<QualityScore>;
  issues: Array<QualityIssue>;
  /** Payments the latest run found out of line with the customer's payment behaviour. */
  paymentAnomalies: Array<PaymentAnomaly>;
  /** How the customer pays, as the latest run profiled it; null before any run saw it. */
  paymentProfile?: Maybe<PaymentProfile>;
  /** Why the customer stands in the latest reconciliation between billing, ledger and collections; empty when it does not. */
  reconciliationGaps: Array<ReconciliationGap>;
  /**
   * 0 to 100: the weighted share of the quality rules (qualityRules) the customer passes. Completeness
   * is judged on the master data as it is now; validity, bank details, purchase orders, duplicates and
   * payments as the latest quality run found them.
   */
  score: Scalars['Int']['output'];
};

/** A field on which a source system disagrees with the golden record, and since when. */
export type DriftFinding = {
  __typename?: 'DriftFinding';
  customer?: Maybe<Customer>;
  field: Scalars['String']['output'];
  since: Scalars['DateTime']['output'];
  sourceId: Scalars['String']['output'];
  sourceSystem: Scalars['String']['output'];
};

export type DriftReport = {
  __typename?: 'DriftReport';
  customersWithDrift: Scalars['Int']['output'];
  findings: Array<DriftFinding>;
  /** How many customers were drawn. */
  sampled: Scalars['Int']['output'];
  seed: Scalars['String']['output'];
};

export type ExtractCustomerInput = {
  /** Decimal string in `currency`. */
  arBalance: Scalars['String']['input'];
  currency: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  /** Bank details as the system holds them: checked, never stored. */
  iban?: InputMaybe<Scalars['String']['input']>;
  routingNumber?: InputMaybe<Scalars['String']['input']>;
};

export type KpiName =
  | 'ADDRESS_COMPLETENESS'
  | 'BANK_DETAIL_VALIDITY'
  | 'DUPLICATE_RATE'
  | 'PO_COVERAGE'
  | 'TAX_CODE_VALIDITY';

export type KpiPoint = {
  __typename?: 'KpiPoint';
  asOf: Scalars['Date']['output'];
  denominator: Scalars['Int']['output'];
  numerator: Scalars['Int']['output'];
  ratio?: Maybe<Scalars['Float']['output']>;
  runId: Scalars['ID']['output'];
};

export type LedgerSystem =
  | 'BILLING'
  | 'COLLECTIONS'
  | 'GL';

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes what the synthetic transaction marked `marker` created here (admin; the audit trail keeps its entries). */
  purgeSyntheticQuality: Scalars['Int']['output'];
  /** Receives a system's daily extract: count-drop check, bank-detail validation (cases), and the day's reconciliation. */
  recordSystemExtract: SystemExtractReceipt;
  resolveCorrectionCase: CorrectionCase;
  /** Starts the nightly batch on demand: every quality rule and KPI over all customers, stored. Returns the run RUNNING; poll qualityRuns. */
  runQualityChecks: QualityRun;
  /**
   * Draws a reproducible random sample of contracts (size from confidence and margin), checks their
   * dates against their revenue schedules, and stores the estimated error rate with its interval.
   */
  runSamplingAudit: SamplingAudit;
};


export type MutationPurgeSyntheticQualityArgs = {
  marker: Scalars['String']['input'];
};


export type MutationRecordSystemExtractArgs = {
  extract: SystemExtractInput;
};


export type MutationResolveCorrectionCaseArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRunSamplingAuditArgs = {
  confidence?: InputMaybe<Scalars['Float']['input']>;
  margin?: InputMaybe<Scalars['Float']['input']>;
  seed: Scalars['String']['input'];
};

/** A payment that stands out: possible data corruption or fraud. */
export type PaymentAnomaly = {
  __typename?: 'PaymentAnomaly';
  customer?: Maybe<Customer>;
  detectedAt: Scalars['DateTime']['output'];
  invoiceId: Scalars['ID']['output'];
  kind: PaymentAnomalyKind;
  paymentId: Scalars['ID']['output'];
  /** Why, with the amounts involved. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Modified z-score of the outlier tests; null for rule-based findings. */
  score?: Maybe<Scalars['Float']['output']>;
};

export type PaymentAnomalyKind =
  | 'AMOUNT_OUTLIER'
  | 'DAYS_TO_PAY_OUTLIER'
  | 'DUPLICATE_PAYMENT'
  | 'NON_POSITIVE_AMOUNT'
  | 'OVERPAYMENT'
  | 'PAYMENT_BEFORE_INVOICE';

/** Payment behaviour: how fast, how often, how late. */
export type PaymentProfile = {
  __typename?: 'PaymentProfile';
  invoiceCount: Scalars['Int']['output'];
  /** Share of paid invoices settled after their due date. */
  lateShare?: Maybe<Scalars['Float']['output']>;
  madDaysToPay?: Maybe<Scalars['Float']['output']>;
  /** Median days from invoice to payment, and the median absolute deviation around it. */
  medianDaysToPay?: Maybe<Scalars['Float']['output']>;
  /** The typical payment, in the currency the customer pays in most. */
  medianPayment?: Maybe<Money>;
  paymentCount: Scalars['Int']['output'];
  paymentsPerMonth: Scalars['Float']['output'];
};

export type PaymentTerms = {
  __typename?: 'PaymentTerms';
  code: Scalars['String']['output'];
};

export type QualityAlert = {
  __typename?: 'QualityAlert';
  extractId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  message: Scalars['String']['output'];
  raisedAt: Scalars['DateTime']['output'];
  system?: Maybe<LedgerSystem>;
};

export type QualityIssue = {
  __typename?: 'QualityIssue';
  message: Scalars['String']['output'];
  /** The rule that found it, e.g. required.taxId. */
  rule: Scalars['String']['output'];
  severity: Severity;
};

export type QualityKpi = {
  __typename?: 'QualityKpi';
  denominator: Scalars['Int']['output'];
  description: Scalars['String']['output'];
  name: KpiName;
  numerator: Scalars['Int']['output'];
  /** PASSING for shares of good records; FAILING for rates of problems (duplicates). */
  numeratorCounts: Scalars['String']['output'];
  /** numerator / denominator; null when nothing was counted. */
  ratio?: Maybe<Scalars['Float']['output']>;
  /** Customers failing it, the most receivables (else contract value) at stake first. */
  topOffenders: Array<QualityOffender>;
  /** The same KPI in earlier runs, oldest first, ending with this one. */
  trend: Array<KpiPoint>;
};

export type QualityKpiReport = {
  __typename?: 'QualityKpiReport';
  asOf?: Maybe<Scalars['Date']['output']>;
  kpis: Array<QualityKpi>;
  region?: Maybe<Region>;
  /** The run the figures come from (the latest on or before asOf); null when there is none. */
  runId?: Maybe<Scalars['ID']['output']>;
  segment?: Maybe<CustomerSegment>;
};

export type QualityOffender = {
  __typename?: 'QualityOffender';
  customer?: Maybe<Customer>;
  detail?: Maybe<Scalars['String']['output']>;
  rank: Scalars['Int']['output'];
};

/** A rule of the data-quality catalogue: configuration a data steward can read. */
export type QualityRule = {
  __typename?: 'QualityRule';
  /** Classification of the data it looks at (e.g. TAX, PCI); null for ordinary master data. */
  classification?: Maybe<Scalars['String']['output']>;
  description: Scalars['String']['output'];
  name: Scalars['String']['output'];
  severity: Severity;
  weight: Scalars['Int']['output'];
};

export type QualityRun = {
  __typename?: 'QualityRun';
  /** The day the run's data describes. */
  asOf?: Maybe<Scalars['Date']['output']>;
  averageScore: Scalars['Int']['output'];
  customersChecked: Scalars['Int']['output'];
  /** Why a FAILED run failed. */
  failure?: Maybe<Scalars['String']['output']>;
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  startedAt: Scalars['DateTime']['output'];
  /** A run works in the background: RUNNING until its results are stored whole (qualityRuns shows it). */
  status: QualityRunStatus;
};

export type QualityRunStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'RUNNING';

/** A score stored by a batch quality run. */
export type QualityScore = {
  __typename?: 'QualityScore';
  checkedAt: Scalars['DateTime']['output'];
  runId: Scalars['ID']['output'];
  score: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Correction cases, oldest due first; overdueOnly lists those past their deadline. */
  correctionCases: Array<CorrectionCase>;
  /** Drift between source systems and the golden record for a reproducible random sample of customers. */
  driftReport: DriftReport;
  /** Payment anomalies of the latest run, largest score first. */
  paymentAnomalies: Array<PaymentAnomaly>;
  /** Alerts raised before revenue reporting (e.g. a billing extract's customer count dropping), newest first. */
  qualityAlerts: Array<QualityAlert>;
  /** Quality KPIs from the latest run on or before asOf (default: the latest), for a segment and/or region, with their trend over `periods` runs. */
  qualityKpis: QualityKpiReport;
  /** The rule catalogue every score is made of. */
  qualityRules: Array<QualityRule>;
  /** The batch quality runs, newest first. */
  qualityRuns: Array<QualityRun>;
  /** The stored reconciliation of that business day; null when no extract describes it. */
  reconciliation?: Maybe<ReconciliationReport>;
  /** Sampling audits run so far, newest first. */
  samplingAudits: Array<SamplingAudit>;
  /** Checks a tax or bank identifier: format, length, prefix and check digits. Offline; nothing is stored. */
  validateTaxId: TaxIdValidation;
};


export type QueryCorrectionCasesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  overdueOnly?: InputMaybe<Scalars['Boolean']['input']>;
  status?: InputMaybe<CaseStatus>;
};


export type QueryDriftReportArgs = {
  sampleSize?: InputMaybe<Scalars['Int']['input']>;
  seed?: InputMaybe<Scalars['String']['input']>;
};


export type QueryPaymentAnomaliesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<PaymentAnomalyKind>;
};


export type QueryQualityAlertsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQualityKpisArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  periods?: InputMaybe<Scalars['Int']['input']>;
  region?: InputMaybe<Region>;
  segment?: InputMaybe<CustomerSegment>;
  top?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryQualityRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReconciliationArgs = {
  date: Scalars['Date']['input'];
};


export type QuerySamplingAuditsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryValidateTaxIdArgs = {
  kind: TaxIdKind;
  value: Scalars['String']['input'];
};

export type ReconciliationGap = {
  __typename?: 'ReconciliationGap';
  balances: Array<SystemBalance>;
  currency: Scalars['String']['output'];
  customer?: Maybe<Customer>;
  date: Scalars['Date']['output'];
  missingFrom: Array<LedgerSystem>;
  /** MISSING (absent from a system) or AMOUNT (balances disagree). */
  reason: Scalars['String']['output'];
};

export type ReconciliationReport = {
  __typename?: 'ReconciliationReport';
  balanced: Scalars['Boolean']['output'];
  computedAt: Scalars['DateTime']['output'];
  date: Scalars['Date']['output'];
  /** Each system against billing. */
  differences: Array<SystemDifference>;
  /** The customers that explain the differences. */
  explainingCustomers: Array<ReconciliationGap>;
  systems: Array<SystemTotals>;
};

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

export type SamplingAudit = {
  __typename?: 'SamplingAudit';
  confidence: Scalars['Float']['output'];
  /** Estimated share of contracts whose revenue schedule falls outside their dates, with its Wilson interval. */
  errorRate: Scalars['Float']['output'];
  errors: Scalars['Int']['output'];
  findings: Array<SamplingFinding>;
  id: Scalars['ID']['output'];
  lower: Scalars['Float']['output'];
  margin: Scalars['Float']['output'];
  /** Contracts that recognise revenue. */
  population: Scalars['Int']['output'];
  ranAt: Scalars['DateTime']['output'];
  sampleSize: Scalars['Int']['output'];
  seed: Scalars['String']['output'];
  upper: Scalars['Float']['output'];
};

export type SamplingFinding = {
  __typename?: 'SamplingFinding';
  contractId: Scalars['ID']['output'];
  customer?: Maybe<Customer>;
  problem: Scalars['String']['output'];
};

export type Severity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

export type SystemBalance = {
  __typename?: 'SystemBalance';
  amount?: Maybe<Money>;
  system: LedgerSystem;
};

export type SystemDifference = {
  __typename?: 'SystemDifference';
  against: LedgerSystem;
  customerCountDifference: Scalars['Int']['output'];
  system: LedgerSystem;
  totals?: Maybe<Array<Money>>;
};

export type SystemExtractInput = {
  /** The day the balances describe. */
  businessDate: Scalars['Date']['input'];
  customers: Array<ExtractCustomerInput>;
  /** The extract's own id; sending it again changes nothing. */
  id: Scalars['ID']['input'];
  system: LedgerSystem;
  takenAt: Scalars['DateTime']['input'];
};

export type SystemExtractReceipt = {
  __typename?: 'SystemExtractReceipt';
  alerts: Array<QualityAlert>;
  correctionCasesOpened: Scalars['Int']['output'];
  customerCount: Scalars['Int']['output'];
  /** True when this extract id had been received before: nothing was changed. */
  duplicate: Scalars['Boolean']['output'];
  extractId: Scalars['ID']['output'];
  system: LedgerSystem;
};

export type SystemTotals = {
  __typename?: 'SystemTotals';
  customerCount: Scalars['Int']['output'];
  system: LedgerSystem;
  /** AR balance per currency. An aggregate, yet one customer's balance when it is alone in a currency: classified, and belonging to no region. */
  totals?: Maybe<Array<Money>>;
};

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

/** The verdict on one identifier: valid or not, its normalised form, and what is wrong. */
export type TaxIdValidation = {
  __typename?: 'TaxIdValidation';
  kind: TaxIdKind;
  /** Compact canonical form (no separators, upper case), when the value could be read. */
  normalized?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words, e.g. "DE VAT numbers have 9 digits after DE; got 8"; null when valid. */
  reason?: Maybe<Scalars['String']['output']>;
  reasonCode?: Maybe<ValidationReasonCode>;
  valid: Scalars['Boolean']['output'];
};

export type ValidationReasonCode =
  | 'CHECK_DIGIT'
  | 'FORMAT'
  | 'LENGTH'
  | 'UNKNOWN_PREFIX';



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
  Customer: Customer;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"name":true,"legalName":true,"country":true,"billingAddress":{"line1":true,"city":true,"postalCode":true},"shippingAddress":{"line1":true,"city":true,"postalCode":true},"paymentTerms":{"code":true},"sensitiveFieldsOnFile":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Address: ResolverTypeWrapper<Address>;
  CaseStatus: CaseStatus;
  CorrectionCase: ResolverTypeWrapper<CorrectionCaseModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Customer: ResolverTypeWrapper<CustomerReferenceModel>;
  CustomerSegment: CustomerSegment;
  DataQuality: ResolverTypeWrapper<DataQualityParentModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DriftFinding: ResolverTypeWrapper<Omit<DriftFinding, 'customer'> & { customer?: Maybe<ResolversTypes['Customer']> }>;
  DriftReport: ResolverTypeWrapper<Omit<DriftReport, 'findings'> & { findings: Array<ResolversTypes['DriftFinding']> }>;
  ExtractCustomerInput: ExtractCustomerInput;
  KpiName: KpiName;
  KpiPoint: ResolverTypeWrapper<KpiPoint>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  LedgerSystem: LedgerSystem;
  Money: ResolverTypeWrapper<MinorMoneyModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PaymentAnomaly: ResolverTypeWrapper<PaymentAnomalyRecordModel>;
  PaymentAnomalyKind: PaymentAnomalyKind;
  PaymentProfile: ResolverTypeWrapper<PaymentProfileParentModel>;
  PaymentTerms: ResolverTypeWrapper<PaymentTerms>;
  QualityAlert: ResolverTypeWrapper<QualityAlertModel>;
  QualityIssue: ResolverTypeWrapper<QualityIssue>;
  QualityKpi: ResolverTypeWrapper<Omit<QualityKpi, 'topOffenders'> & { topOffenders: Array<ResolversTypes['QualityOffender']> }>;
  QualityKpiReport: ResolverTypeWrapper<Omit<QualityKpiReport, 'kpis'> & { kpis: Array<ResolversTypes['QualityKpi']> }>;
  QualityOffender: ResolverTypeWrapper<Omit<QualityOffender, 'customer'> & { customer?: Maybe<ResolversTypes['Customer']> }>;
  QualityRule: ResolverTypeWrapper<QualityRule>;
  QualityRun: ResolverTypeWrapper<QualityRunModel>;
  QualityRunStatus: QualityRunStatus;
  QualityScore: ResolverTypeWrapper<QualityScore>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReconciliationGap: ResolverTypeWrapper<Omit<ReconciliationGap, 'balances' | 'customer'> & { balances: Array<ResolversTypes['SystemBalance']>, customer?: Maybe<ResolversTypes['Customer']> }>;
  ReconciliationReport: ResolverTypeWrapper<Omit<ReconciliationReport, 'differences' | 'explainingCustomers' | 'systems'> & { differences: Array<ResolversTypes['SystemDifference']>, explainingCustomers: Array<ResolversTypes['ReconciliationGap']>, systems: Array<ResolversTypes['SystemTotals']> }>;
  Region: Region;
  SamplingAudit: ResolverTypeWrapper<SamplingAuditRecordModel>;
  SamplingFinding: ResolverTypeWrapper<Omit<SamplingFinding, 'customer'> & { customer?: Maybe<ResolversTypes['Customer']> }>;
  Severity: Severity;
  SystemBalance: ResolverTypeWrapper<Omit<SystemBalance, 'amount'> & { amount?: Maybe<ResolversTypes['Money']> }>;
  SystemDifference: ResolverTypeWrapper<Omit<SystemDifference, 'totals'> & { totals?: Maybe<Array<ResolversTypes['Money']>> }>;
  SystemExtractInput: SystemExtractInput;
  SystemExtractReceipt: ResolverTypeWrapper<Omit<SystemExtractReceipt, 'alerts'> & { alerts: Array<ResolversTypes['QualityAlert']> }>;
  SystemTotals: ResolverTypeWrapper<Omit<SystemTotals, 'totals'> & { totals?: Maybe<Array<ResolversTypes['Money']>> }>;
  TaxIdKind: TaxIdKind;
  TaxIdValidation: ResolverTypeWrapper<TaxIdValidationParentModel>;
  ValidationReasonCode: ValidationReasonCode;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  CorrectionCase: CorrectionCaseModel;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  Customer: CustomerReferenceModel;
  DataQuality: DataQualityParentModel;
  Int: Scalars['Int']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DriftFinding: Omit<DriftFinding, 'customer'> & { customer?: Maybe<ResolversParentTypes['Customer']> };
  DriftReport: Omit<DriftReport, 'findings'> & { findings: Array<ResolversParentTypes['DriftFinding']> };
  ExtractCustomerInput: ExtractCustomerInput;
  KpiPoint: KpiPoint;
  Float: Scalars['Float']['output'];
  Money: MinorMoneyModel;
  Mutation: Record<PropertyKey, never>;
  PaymentAnomaly: PaymentAnomalyRecordModel;
  PaymentProfile: PaymentProfileParentModel;
  PaymentTerms: PaymentTerms;
  QualityAlert: QualityAlertModel;
  QualityIssue: QualityIssue;
  QualityKpi: Omit<QualityKpi, 'topOffenders'> & { topOffenders: Array<ResolversParentTypes['QualityOffender']> };
  QualityKpiReport: Omit<QualityKpiReport, 'kpis'> & { kpis: Array<ResolversParentTypes['QualityKpi']> };
  QualityOffender: Omit<QualityOffender, 'customer'> & { customer?: Maybe<ResolversParentTypes['Customer']> };
  QualityRule: QualityRule;
  QualityRun: QualityRunModel;
  QualityScore: QualityScore;
  Query: Record<PropertyKey, never>;
  ReconciliationGap: Omit<ReconciliationGap, 'balances' | 'customer'> & { balances: Array<ResolversParentTypes['SystemBalance']>, customer?: Maybe<ResolversParentTypes['Customer']> };
  ReconciliationReport: Omit<ReconciliationReport, 'differences' | 'explainingCustomers' | 'systems'> & { differences: Array<ResolversParentTypes['SystemDifference']>, explainingCustomers: Array<ResolversParentTypes['ReconciliationGap']>, systems: Array<ResolversParentTypes['SystemTotals']> };
  SamplingAudit: SamplingAuditRecordModel;
  SamplingFinding: Omit<SamplingFinding, 'customer'> & { customer?: Maybe<ResolversParentTypes['Customer']> };
  SystemBalance: Omit<SystemBalance, 'amount'> & { amount?: Maybe<ResolversParentTypes['Money']> };
  SystemDifference: Omit<SystemDifference, 'totals'> & { totals?: Maybe<Array<ResolversParentTypes['Money']>> };
  SystemExtractInput: SystemExtractInput;
  SystemExtractReceipt: Omit<SystemExtractReceipt, 'alerts'> & { alerts: Array<ResolversParentTypes['QualityAlert']> };
  SystemTotals: Omit<SystemTotals, 'totals'> & { totals?: Maybe<Array<ResolversParentTypes['Money']>> };
  TaxIdValidation: TaxIdValidationParentModel;
  String: Scalars['String']['output'];
};

export type SensitiveDirectiveArgs = {
  class: Scalars['String']['input'];
  mask?: Maybe<Scalars['String']['input']>;
};

export type SensitiveDirectiveResolver<Result, Parent, ContextType = QualityContext, Args = SensitiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CorrectionCaseResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['CorrectionCase'] = ResolversParentTypes['CorrectionCase']> = {
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  dueAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  extractId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reasonCode?: Resolver<ResolversTypes['ValidationReasonCode'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['LedgerSystem'], ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  dataQuality?: Resolver<Maybe<ResolversTypes['DataQuality']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type DataQualityResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['DataQuality'] = ResolversParentTypes['DataQuality']> = {
  history?: Resolver<Array<ResolversTypes['QualityScore']>, ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['QualityIssue']>, ParentType, ContextType>;
  paymentAnomalies?: Resolver<Array<ResolversTypes['PaymentAnomaly']>, ParentType, ContextType>;
  paymentProfile?: Resolver<Maybe<ResolversTypes['PaymentProfile']>, ParentType, ContextType>;
  reconciliationGaps?: Resolver<Array<ResolversTypes['ReconciliationGap']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DriftFindingResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['DriftFinding'] = ResolversParentTypes['DriftFinding']> = {
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DriftReportResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['DriftReport'] = ResolversParentTypes['DriftReport']> = {
  customersWithDrift?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['DriftFinding']>, ParentType, ContextType>;
  sampled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KpiPointResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['KpiPoint'] = ResolversParentTypes['KpiPoint']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  denominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bucket?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  purgeSyntheticQuality?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationPurgeSyntheticQualityArgs, 'marker'>>;
  recordSystemExtract?: Resolver<ResolversTypes['SystemExtractReceipt'], ParentType, ContextType, RequireFields<MutationRecordSystemExtractArgs, 'extract'>>;
  resolveCorrectionCase?: Resolver<ResolversTypes['CorrectionCase'], ParentType, ContextType, RequireFields<MutationResolveCorrectionCaseArgs, 'id' | 'note'>>;
  runQualityChecks?: Resolver<ResolversTypes['QualityRun'], ParentType, ContextType>;
  runSamplingAudit?: Resolver<ResolversTypes['SamplingAudit'], ParentType, ContextType, RequireFields<MutationRunSamplingAuditArgs, 'confidence' | 'margin' | 'seed'>>;
};

export type PaymentAnomalyResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['PaymentAnomaly'] = ResolversParentTypes['PaymentAnomaly']> = {
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  detectedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  invoiceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PaymentAnomalyKind'], ParentType, ContextType>;
  paymentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type PaymentProfileResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['PaymentProfile'] = ResolversParentTypes['PaymentProfile']> = {
  invoiceCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lateShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  madDaysToPay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianDaysToPay?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianPayment?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  paymentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paymentsPerMonth?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type QualityAlertResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['QualityAlert'] = ResolversParentTypes['QualityAlert']> = {
  extractId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  system?: Resolver<Maybe<ResolversTypes['LedgerSystem']>, ParentType, ContextType>;
};

export type QualityIssueResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['QualityIssue'] = ResolversParentTypes['QualityIssue']> = {
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
};

export type QualityKpiResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['QualityKpi'] = ResolversParentTypes['QualityKpi']> = {
  denominator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['KpiName'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  numeratorCounts?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ratio?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  topOffenders?: Resolver<Array<ResolversTypes['QualityOffender']>, ParentType, ContextType>;
  trend?: Resolver<Array<ResolversTypes['KpiPoint']>, ParentType, ContextType>;
};

export type QualityKpiReportResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['QualityKpiReport'] = ResolversParentTypes['QualityKpiReport']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kpis?: Resolver<Array<ResolversTypes['QualityKpi']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['Region']>, ParentType, ContextType>;
  runId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['CustomerSegment']>, ParentType, ContextType>;
};

export type QualityOffenderResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['QualityOffender'] = ResolversParentTypes['QualityOffender']> = {
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QualityRuleResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['QualityRule'] = ResolversParentTypes['QualityRule']> = {
  classification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['Severity'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QualityRunResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['QualityRun'] = ResolversParentTypes['QualityRun']> = {
  asOf?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  averageScore?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customersChecked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failure?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['QualityRunStatus'], ParentType, ContextType>;
};

export type QualityScoreResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['QualityScore'] = ResolversParentTypes['QualityScore']> = {
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  runId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  correctionCases?: Resolver<Array<ResolversTypes['CorrectionCase']>, ParentType, ContextType, RequireFields<QueryCorrectionCasesArgs, 'overdueOnly'>>;
  driftReport?: Resolver<ResolversTypes['DriftReport'], ParentType, ContextType, RequireFields<QueryDriftReportArgs, 'sampleSize' | 'seed'>>;
  paymentAnomalies?: Resolver<Array<ResolversTypes['PaymentAnomaly']>, ParentType, ContextType, Partial<QueryPaymentAnomaliesArgs>>;
  qualityAlerts?: Resolver<Array<ResolversTypes['QualityAlert']>, ParentType, ContextType, Partial<QueryQualityAlertsArgs>>;
  qualityKpis?: Resolver<ResolversTypes['QualityKpiReport'], ParentType, ContextType, RequireFields<QueryQualityKpisArgs, 'periods' | 'top'>>;
  qualityRules?: Resolver<Array<ResolversTypes['QualityRule']>, ParentType, ContextType>;
  qualityRuns?: Resolver<Array<ResolversTypes['QualityRun']>, ParentType, ContextType, Partial<QueryQualityRunsArgs>>;
  reconciliation?: Resolver<Maybe<ResolversTypes['ReconciliationReport']>, ParentType, ContextType, RequireFields<QueryReconciliationArgs, 'date'>>;
  samplingAudits?: Resolver<Array<ResolversTypes['SamplingAudit']>, ParentType, ContextType, Partial<QuerySamplingAuditsArgs>>;
  validateTaxId?: Resolver<ResolversTypes['TaxIdValidation'], ParentType, ContextType, RequireFields<QueryValidateTaxIdArgs, 'kind' | 'value'>>;
};

export type ReconciliationGapResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['ReconciliationGap'] = ResolversParentTypes['ReconciliationGap']> = {
  balances?: Resolver<Array<ResolversTypes['SystemBalance']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  missingFrom?: Resolver<Array<ResolversTypes['LedgerSystem']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReconciliationReportResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['ReconciliationReport'] = ResolversParentTypes['ReconciliationReport']> = {
  balanced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  differences?: Resolver<Array<ResolversTypes['SystemDifference']>, ParentType, ContextType>;
  explainingCustomers?: Resolver<Array<ResolversTypes['ReconciliationGap']>, ParentType, ContextType>;
  systems?: Resolver<Array<ResolversTypes['SystemTotals']>, ParentType, ContextType>;
};

export type SamplingAuditResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['SamplingAudit'] = ResolversParentTypes['SamplingAudit']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  errorRate?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  errors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['SamplingFinding']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lower?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  margin?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ranAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sampleSize?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seed?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  upper?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SamplingFindingResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['SamplingFinding'] = ResolversParentTypes['SamplingFinding']> = {
  contractId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SystemBalanceResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['SystemBalance'] = ResolversParentTypes['SystemBalance']> = {
  amount?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  system?: Resolver<ResolversTypes['LedgerSystem'], ParentType, ContextType>;
};

export type SystemDifferenceResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['SystemDifference'] = ResolversParentTypes['SystemDifference']> = {
  against?: Resolver<ResolversTypes['LedgerSystem'], ParentType, ContextType>;
  customerCountDifference?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['LedgerSystem'], ParentType, ContextType>;
  totals?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
};

export type SystemExtractReceiptResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['SystemExtractReceipt'] = ResolversParentTypes['SystemExtractReceipt']> = {
  alerts?: Resolver<Array<ResolversTypes['QualityAlert']>, ParentType, ContextType>;
  correctionCasesOpened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  extractId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['LedgerSystem'], ParentType, ContextType>;
};

export type SystemTotalsResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['SystemTotals'] = ResolversParentTypes['SystemTotals']> = {
  customerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  system?: Resolver<ResolversTypes['LedgerSystem'], ParentType, ContextType>;
  totals?: Resolver<Maybe<Array<ResolversTypes['Money']>>, ParentType, ContextType>;
};

export type TaxIdValidationResolvers<ContextType = QualityContext, ParentType extends ResolversParentTypes['TaxIdValidation'] = ResolversParentTypes['TaxIdValidation']> = {
  kind?: Resolver<ResolversTypes['TaxIdKind'], ParentType, ContextType>;
  normalized?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reasonCode?: Resolver<Maybe<ResolversTypes['ValidationReasonCode']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = QualityContext> = {
  CorrectionCase?: CorrectionCaseResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DataQuality?: DataQualityResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DriftFinding?: DriftFindingResolvers<ContextType>;
  DriftReport?: DriftReportResolvers<ContextType>;
  KpiPoint?: KpiPointResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PaymentAnomaly?: PaymentAnomalyResolvers<ContextType>;
  PaymentProfile?: PaymentProfileResolvers<ContextType>;
  QualityAlert?: QualityAlertResolvers<ContextType>;
  QualityIssue?: QualityIssueResolvers<ContextType>;
  QualityKpi?: QualityKpiResolvers<ContextType>;
  QualityKpiReport?: QualityKpiReportResolvers<ContextType>;
  QualityOffender?: QualityOffenderResolvers<ContextType>;
  QualityRule?: QualityRuleResolvers<ContextType>;
  QualityRun?: QualityRunResolvers<ContextType>;
  QualityScore?: QualityScoreResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReconciliationGap?: ReconciliationGapResolvers<ContextType>;
  ReconciliationReport?: ReconciliationReportResolvers<ContextType>;
  SamplingAudit?: SamplingAuditResolvers<ContextType>;
  SamplingFinding?: SamplingFindingResolvers<ContextType>;
  SystemBalance?: SystemBalanceResolvers<ContextType>;
  SystemDifference?: SystemDifferenceResolvers<ContextType>;
  SystemExtractReceipt?: SystemExtractReceiptResolvers<ContextType>;
  SystemTotals?: SystemTotalsResolvers<ContextType>;
  TaxIdValidation?: TaxIdValidationResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = QualityContext> = {
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
};
