import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Customer as CustomerModel } from '../entities/Customer';
import type { TaxIdentifier as TaxIdentifierModel } from '../entities/TaxIdentifier';
import type { ContactParent as ContactParentModel, BankAccountParent as BankAccountParentModel, PaymentCardParent as PaymentCardParentModel, SourceRecordParent as SourceRecordParentModel, AttributeLineageParent as AttributeLineageParentModel, CustomerJurisdictionParent as CustomerJurisdictionParentModel, CustomerConnectionParent as CustomerConnectionParentModel } from '../parents';
import type { MatchReview as MatchReviewModel } from '../entities/MatchReview';
import type { CustomerMerge as CustomerMergeModel } from '../entities/CustomerMerge';
import type { CreditLimitChange as CreditLimitChangeModel } from '../entities/CreditLimitChange';
import type { MinorMoney as MinorMoneyModel } from '../../../lib/money';
import type { CustomerContext } from '../context';
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
  /** An instant, ISO 8601 in UTC, e.g. 2026-11-28T10:15:00.000Z. */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type Address = {
  __typename?: 'Address';
  city: Scalars['String']['output'];
  country: Scalars['String']['output'];
  /** The street line. Null where the country lets a business address go without one (e.g. AE, HK, IE). */
  line1?: Maybe<Scalars['String']['output']>;
  line2?: Maybe<Scalars['String']['output']>;
  postalCode?: Maybe<Scalars['String']['output']>;
  region?: Maybe<Scalars['String']['output']>;
};

export type AddressInput = {
  city: Scalars['String']['input'];
  country: Scalars['String']['input'];
  /** Required or optional by the country's address rule, like the postal code and its shape. */
  line1?: InputMaybe<Scalars['String']['input']>;
  line2?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
};

/** Where the current value of a golden attribute came from. */
export type AttributeLineage = {
  __typename?: 'AttributeLineage';
  /** The steward who set the value by hand (source STEWARD); null otherwise. */
  actor?: Maybe<Scalars['String']['output']>;
  batchId?: Maybe<Scalars['ID']['output']>;
  /** The customer attribute, e.g. legalName, billingAddress, taxId. */
  field: Scalars['String']['output'];
  /** Who owns the attribute (its RACI), as the audit subgraph's stewardship records say; null, with an error, when the audit service cannot answer. */
  owners?: Maybe<Stewardship>;
  /**
   * How the value won: MOST_RECENTLY_VERIFIED, SOURCE_PRIORITY (same verification time, the attribute's
   * preferred source) or ONLY_SOURCE for a source record's value; STEWARD_EDIT for a steward's edit and
   * CHANGE_EVENT for a change event, each of which won as the most recently verified value.
   */
  rule: Scalars['String']['output'];
  /** The source system the value came from (by a source record or a change event), or STEWARD. */
  source: LineageSource;
  /** The source record the value came from; null for a steward's edit or a change event. */
  sourceRecordId?: Maybe<Scalars['ID']['output']>;
  /**
   * The value as JSON text. It is a copy of the attribute, governed as the attribute's own field:
   * masked as that field would be masked, and null with FORBIDDEN where the field would be denied.
   */
  value?: Maybe<Scalars['String']['output']>;
  /** When the source verified the value, the change event happened, or the steward made the edit. */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type AttributeValue = {
  __typename?: 'AttributeValue';
  field: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

export type BankAccount = {
  __typename?: 'BankAccount';
  accountHolder?: Maybe<Scalars['String']['output']>;
  /** 8 or 11 characters, e.g. COBADEFFXXX. */
  bic?: Maybe<Scalars['String']['output']>;
  /** ISO 4217, e.g. EUR. */
  currency?: Maybe<Scalars['String']['output']>;
  /** The full IBAN, e.g. DE89370400440532013000, for whoever the policy lets read it; masked for everyone else. */
  iban?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
};

/** A bank account to put on file. The IBAN may be written with spaces between groups. */
export type BankAccountInput = {
  accountHolder?: InputMaybe<Scalars['String']['input']>;
  bic?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217, e.g. EUR. */
  currency?: InputMaybe<Scalars['String']['input']>;
  iban: Scalars['String']['input'];
};

export type ChangeEventInput = {
  at: Scalars['DateTime']['input'];
  /** creditLimit, creditHold, creditScore, paymentTermsCode or status. */
  attribute: Scalars['String']['input'];
  customerId: Scalars['ID']['input'];
  /** Increases with every change of this attribute at its source; older and repeated events are ignored. */
  sequence: Scalars['Int']['input'];
  source: SourceSystem;
  /** The new value as JSON, e.g. {"minor": 5000000, "currency": "EUR"}, true or "NET45". */
  value: Scalars['String']['input'];
};

export type ChangeEventRejection = {
  __typename?: 'ChangeEventRejection';
  /** Position of the event in the list sent. */
  index: Scalars['Int']['output'];
  reasons: Array<Scalars['String']['output']>;
};

export type ChangeEventsResult = {
  __typename?: 'ChangeEventsResult';
  applied: Scalars['Int']['output'];
  /** Valid but not newer than what was applied before (duplicates, late arrivals). */
  ignored: Scalars['Int']['output'];
  rejected: Scalars['Int']['output'];
  rejections: Array<ChangeEventRejection>;
};

/** Whether one person may be contacted for a purpose through a channel, and why. */
export type CommunicationPreference = {
  __typename?: 'CommunicationPreference';
  allowed: Scalars['Boolean']['output'];
  basis: ContactBasis;
  channel: ContactChannel;
  /** The person, as the caller may see them. */
  contact: Contact;
  /** The decision of the signal in force; null when the rule decides. */
  decision?: Maybe<ConsentDecision>;
  /** The rule's legal basis, when the rule decides. */
  legalBasis?: Maybe<Scalars['String']['output']>;
  purpose: ContactPurpose;
  /** Whether the customer holds the means for the channel: an e-mail address, a phone number, a billing address. */
  reachable: Scalars['Boolean']['output'];
  /** The signal (id, time, platform) or the rule (and its basis) that decided; never a contact's value. */
  reason: Scalars['String']['output'];
  signalId?: Maybe<Scalars['ID']['output']>;
  /** When the signal in force was given; null when the rule decides. */
  since?: Maybe<Scalars['DateTime']['output']>;
  /** The consent platform the signal in force came from. */
  source?: Maybe<Scalars['String']['output']>;
};

export type ConsentDecision =
  | 'GRANTED'
  | 'WITHDRAWN';

export type ConsentIngestResult = {
  __typename?: 'ConsentIngestResult';
  /** Signals stored, those that changed nothing now included. */
  accepted: Scalars['Int']['output'];
  batchId: Scalars['ID']['output'];
  /** Signals whose id had been received before: ignored. */
  duplicates: Scalars['Int']['output'];
  /** Signals not stored, for the reasons given; the platform may send them again under the same id. */
  rejected: Scalars['Int']['output'];
  rejections: Array<ConsentSignalRejection>;
  /** True when this batch id had been received before: nothing was changed. */
  replayed: Scalars['Boolean']['output'];
  /** Accepted signals given before the one in force for their person, purpose and channel: history only. */
  superseded: Scalars['Int']['output'];
};

/** A consent signal as received, for the history of a person's choices. */
export type ConsentSignal = {
  __typename?: 'ConsentSignal';
  batchId: Scalars['String']['output'];
  channel: ContactChannel;
  /** The person, as the caller may see them; null when they are no longer on file. */
  contact?: Maybe<Contact>;
  contactId: Scalars['ID']['output'];
  customerId: Scalars['ID']['output'];
  decision: ConsentDecision;
  givenAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Whether this signal decides the person's state for its purpose and channel now. */
  inForce: Scalars['Boolean']['output'];
  purpose: ContactPurpose;
  receivedAt: Scalars['DateTime']['output'];
  receivedBy: Scalars['String']['output'];
  source: Scalars['String']['output'];
};

export type ConsentSignalBatchInput = {
  /** 1 to 128 characters: the batch sent again returns its first result and changes nothing. */
  batchId: Scalars['String']['input'];
  /** 1 to 1000 signals. */
  signals: Array<ConsentSignalInput>;
  /** The consent platform that captured the signals, e.g. onetrust (1 to 64 characters). */
  source: Scalars['String']['input'];
};

/** One person's grant or withdrawal, as the consent platform captured it. */
export type ConsentSignalInput = {
  channel: ContactChannel;
  /**
   * The contact by its e-mail address (exact, any case), among the customer's contacts. Finding a contact
   * by it is reading it: this needs the right to read Contact.email raw, or the policy's lookup grant for
   * it; without either the signal is rejected as one naming an unknown address.
   */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** The contact by its id; give this or contactEmail. */
  contactId?: InputMaybe<Scalars['ID']['input']>;
  customerId: Scalars['ID']['input'];
  decision: ConsentDecision;
  /** When the person gave it; not in the future. Newest given wins, whatever the order signals arrive in. */
  givenAt: Scalars['DateTime']['input'];
  purpose: ContactPurpose;
  /** The consent platform's id of the signal (1 to 128 characters): sent again, in any batch, it changes nothing. */
  signalId: Scalars['String']['input'];
};

export type ConsentSignalRejection = {
  __typename?: 'ConsentSignalRejection';
  reasons: Array<Scalars['String']['output']>;
  signalId: Scalars['String']['output'];
};

export type Contact = {
  __typename?: 'Contact';
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  jobTitle?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
};

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

/** Whether collections tooling may contact a customer for a purpose through a channel. */
export type ContactPermission = {
  __typename?: 'ContactPermission';
  /** True when at least one person may be contacted and is reachable by the channel. */
  allowed: Scalars['Boolean']['output'];
  channel: ContactChannel;
  /** The decision for each person. */
  contacts: Array<CommunicationPreference>;
  customerId: Scalars['ID']['output'];
  purpose: ContactPurpose;
  reason: Scalars['String']['output'];
  /** The people who may be contacted, as the caller may see them. */
  usableContacts: Array<Contact>;
};

/** Why a person is contacted; each has its contact rules (policies/contactRules.ts). */
export type ContactPurpose =
  /** Reminders and collection of overdue invoices. */
  | 'DUNNING'
  /** Offers, newsletters and invitations. */
  | 'MARKETING'
  /** Messages about the customer's account, orders and the service it buys. */
  | 'SERVICE';

/**
 * A raise of a customer's credit limit by more than the credit-limit policy allows one person
 * (policies/creditLimits.ts). It is not applied until another person approves it; approval applies it
 * through the change log, naming both. Its amounts are copies of Customer.creditLimit, governed as it is.
 */
export type CreditLimitChange = {
  __typename?: 'CreditLimitChange';
  /** The customer's limit when the change was asked for; null when it had none. */
  currentLimit?: Maybe<Money>;
  customer?: Maybe<Customer>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  origin: CreditLimitChangeOrigin;
  /** The version of the credit-limit policy that sent it for approval. */
  policyVersion: Scalars['String']['output'];
  proposedLimit?: Maybe<Money>;
  /** Why: the requester's reason, or the score refresh that proposed it. */
  reason: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy: Scalars['String']['output'];
  status: CreditLimitChangeStatus;
};

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

/** What a credit score refresh did with one delivery of the risk vendor. */
export type CreditScoreDelivery = {
  __typename?: 'CreditScoreDelivery';
  /** Raises by the score band above the approval threshold, now waiting for a person (CreditLimitChange). */
  limitChangesRequested: Scalars['Int']['output'];
  /** Limits changed at once by the score band (moved into another band; no raise above the approval threshold). */
  limitsChanged: Scalars['Int']['output'];
  /** Rows scored earlier than the score already on file: skipped. */
  olderThanOnFile: Scalars['Int']['output'];
  problems: Array<CreditScoreProblem>;
  /** The delivery's name at the vendor's adapter: the file's name for the file drop. */
  reference: Scalars['String']['output'];
  rows: Scalars['Int']['output'];
  /** Customers whose score changed. */
  scoresChanged: Scalars['Int']['output'];
  status: CreditScoreDeliveryStatus;
  /** Customers that moved into another band but whose limit currency has no limits in the policy. */
  withoutBandLimit: Scalars['Int']['output'];
};

export type CreditScoreDeliveryStatus =
  /** Every row checked and applied; the delivery was moved aside (the file drop: to processed/). */
  | 'APPLIED'
  /** A row failed a check: nothing of the delivery was applied, and it stays where it is to be corrected. */
  | 'REFUSED';

/** A line of a credit score delivery that failed a check. The reason names the rule, never the line's values. */
export type CreditScoreProblem = {
  __typename?: 'CreditScoreProblem';
  /** The line in the delivery (the header is line 1). */
  line: Scalars['Int']['output'];
  reason: Scalars['String']['output'];
};

export type CreditScoreRefresh = {
  __typename?: 'CreditScoreRefresh';
  /** Each delivery that was waiting, oldest first; empty when none was. */
  deliveries: Array<CreditScoreDelivery>;
  /** The risk vendor's adapter read, e.g. file-drop. */
  source: Scalars['String']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  /** Bank accounts on file. IBANs are stored encrypted and read masked. */
  bankAccounts: Array<BankAccount>;
  billingAddress?: Maybe<Address>;
  children: Array<Customer>;
  /** Per person, purpose and channel: whether contact is allowed now, since when, and by which signal or rule. */
  communicationPreferences: Array<CommunicationPreference>;
  /** People at the customer: names, e-mail addresses and phone numbers are personal data. */
  contacts: Array<Contact>;
  /** ISO 3166-1 alpha-2. */
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Deliveries and new orders are blocked while true. */
  creditHold?: Maybe<Scalars['Boolean']['output']>;
  creditLimit?: Maybe<Money>;
  /** 1 (worst) to 100 (best), from the credit bureau. */
  creditScore?: Maybe<Scalars['Int']['output']>;
  /** D-U-N-S number (9 digits). */
  duns?: Maybe<Scalars['String']['output']>;
  /** Stable Custos id, e.g. cus_000042. */
  id: Scalars['ID']['output'];
  /** Registered legal name in Latin script, with its legal form. */
  legalName?: Maybe<Scalars['String']['output']>;
  /** Provenance of every golden attribute: which source record, batch and rule it survived from. */
  lineage: Array<AttributeLineage>;
  /** Customers merged into this one; what other subgraphs hold for them counts here. */
  mergedCustomerIds: Array<Scalars['ID']['output']>;
  /** Set when this customer was merged into another (the survivor). */
  mergedInto?: Maybe<Scalars['ID']['output']>;
  /** Trading name in Latin script. */
  name: Scalars['String']['output'];
  /** Registered name in its original script (e.g. Japanese, Cyrillic), when that is not Latin. */
  nativeName?: Maybe<Scalars['String']['output']>;
  /** ISO 15924 code of the original script, e.g. Jpan, Cyrl, Latn. */
  nativeScript?: Maybe<Scalars['String']['output']>;
  /** The parent account in a hierarchy (e.g. after an acquisition). */
  parent?: Maybe<Customer>;
  /** Payment cards on file, as tokens: the card number itself is never stored. */
  paymentCards: Array<PaymentCard>;
  paymentTerms?: Maybe<PaymentTerms>;
  /** A raise of creditLimit waiting for a second person's approval; null when none waits. */
  pendingCreditLimitChange?: Maybe<CreditLimitChange>;
  /** The jurisdiction whose rules govern this customer's data. */
  region: Region;
  /** How finance slices revenue and quality: by size of the relationship. */
  segment?: Maybe<CustomerSegment>;
  /**
   * The classified fields of this customer that hold a value (e.g. "duns", "taxIds") — names only,
   * never values — so checks such as data quality run without seeing what the caller may not see.
   */
  sensitiveFieldsOnFile: Array<Scalars['String']['output']>;
  shippingAddress?: Maybe<Address>;
  /** The records in CRM, ERP, billing, collections and risk that this customer was built from. */
  sourceRecords: Array<SourceRecord>;
  status: CustomerStatus;
  taxIds: Array<TaxId>;
  updatedAt: Scalars['DateTime']['output'];
  /** When a source last confirmed the master data. */
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  /** Customers matching the filter, over all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerFilter = {
  /** ISO 3166-1 alpha-2. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive substring of the name or legal name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Region>;
  segment?: InputMaybe<CustomerSegment>;
  status?: InputMaybe<CustomerStatus>;
};

export type CustomerJurisdiction = {
  __typename?: 'CustomerJurisdiction';
  /**
   * Where the customer is billed, which decides the tax treatment of its invoices (the contract
   * subgraph applies tax exemption certificates by it): the ISO 3166-1 country of its billing address
   * (its own country when it has none), and the state, province or prefecture that address names, as
   * recorded (e.g. TX).
   */
  billingCountry: Scalars['String']['output'];
  billingSubdivision?: Maybe<Scalars['String']['output']>;
  /**
   * Whether the customer is on credit hold, and its credit limit (null when none is set): the contract
   * subgraph refuses contracts and invoices by them. Copies of Customer.creditHold and creditLimit,
   * for that check only; what a refusal says of them is governed as those fields.
   */
  creditHold: Scalars['Boolean']['output'];
  creditLimit?: Maybe<Money>;
  id: Scalars['ID']['output'];
  /** Customers merged into this one: their records count for it. */
  mergedCustomerIds: Array<Scalars['ID']['output']>;
  /** The surviving customer, when this one was merged into it. */
  mergedInto?: Maybe<Scalars['ID']['output']>;
  /** The customer's payment terms, e.g. NET30: invoices fall due by them. */
  paymentTermsCode?: Maybe<Scalars['String']['output']>;
  region: Region;
};

/** A merge of one customer into another; unmergeCustomers undoes it. */
export type CustomerMerge = {
  __typename?: 'CustomerMerge';
  id: Scalars['ID']['output'];
  mergedAt: Scalars['DateTime']['output'];
  mergedBy: Scalars['String']['output'];
  mergedId: Scalars['ID']['output'];
  reason: Scalars['String']['output'];
  /** The source records that moved to the survivor. */
  sourceRecordIds: Array<Scalars['ID']['output']>;
  survivor?: Maybe<Customer>;
  unmergedAt?: Maybe<Scalars['DateTime']['output']>;
};

/**
 * Internal, for the quality service: what its rules need to know of a customer, without classified
 * values (a tax id is reported as its kind and whether it is valid, never its digits).
 */
export type CustomerQualityFacts = {
  __typename?: 'CustomerQualityFacts';
  bankAccountsOnFile: Scalars['Int']['output'];
  billingAddressComplete: Scalars['Boolean']['output'];
  country: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  creditLimitPresent: Scalars['Boolean']['output'];
  dunsPresent: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  legalNamePresent: Scalars['Boolean']['output'];
  /** Customers merged into this one: their invoices and balances are this customer's now. */
  mergedCustomerIds: Array<Scalars['ID']['output']>;
  paymentTermsPresent: Scalars['Boolean']['output'];
  region: Region;
  segment?: Maybe<CustomerSegment>;
  shippingAddressPresent: Scalars['Boolean']['output'];
  status: CustomerStatus;
  /** In a match review that waits for a data steward: a suspected duplicate. */
  suspectedDuplicate: Scalars['Boolean']['output'];
  taxIds: Array<TaxIdFact>;
};

export type CustomerSegment =
  | 'ENTERPRISE'
  | 'MID_MARKET'
  | 'SMB';

/** Internal, for the quality service's drift check: keyed fingerprints of a customer's golden values and each source's (equal when the values are, nothing more). */
export type CustomerSourceObservations = {
  __typename?: 'CustomerSourceObservations';
  customerId: Scalars['ID']['output'];
  golden: Array<AttributeValue>;
  sources: Array<SourceAttributes>;
};

export type CustomerStatus =
  | 'ACTIVE'
  | 'INACTIVE'
  | 'ON_HOLD'
  | 'PROSPECT';

/** Fields to change; those left out stay as they are. */
export type CustomerUpdateInput = {
  billingAddress?: InputMaybe<AddressInput>;
  creditHold?: InputMaybe<Scalars['Boolean']['input']>;
  creditLimit?: InputMaybe<MoneyInput>;
  duns?: InputMaybe<Scalars['String']['input']>;
  legalName?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  /** e.g. NET30, NET45, NET60, DUE_ON_RECEIPT. */
  paymentTermsCode?: InputMaybe<Scalars['String']['input']>;
  shippingAddress?: InputMaybe<AddressInput>;
  status?: InputMaybe<CustomerStatus>;
};

/** What a retry of failed source records and change events did (retryFailedInputs). */
export type FailedInputRetry = {
  __typename?: 'FailedInputRetry';
  /** Failed inputs the exception queue had due. */
  due: Scalars['Int']['output'];
  /** Rejected again (or the retry was refused): one more attempt each, retried after a longer wait. */
  failed: Scalars['Int']['output'];
  /** Accepted or applied this time, or made moot by newer data: their exception items are resolved. */
  resolved: Scalars['Int']['output'];
  /** Due references this subgraph holds no input for. */
  unknown: Scalars['Int']['output'];
};

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

/** One record of a batch: where it went and why. */
export type IngestRecordResult = {
  __typename?: 'IngestRecordResult';
  /** The customer the record belongs to now; null when it was rejected. */
  customerId?: Maybe<Scalars['ID']['output']>;
  /** How the record was linked: TAX_ID, DUNS, NAME, NEW_CUSTOMER, ... */
  matchRule?: Maybe<Scalars['String']['output']>;
  matchScore?: Maybe<Scalars['Float']['output']>;
  outcome: IngestOutcome;
  /** Why it was rejected, or what was left undone (e.g. a tax id Custos cannot validate). */
  reasons: Array<Scalars['String']['output']>;
  /** The match review waiting for a steward, when the record or its change was queued. */
  reviewId?: Maybe<Scalars['ID']['output']>;
  sourceId: Scalars['String']['output'];
};

export type IngestRejection = {
  __typename?: 'IngestRejection';
  reasons: Array<Scalars['String']['output']>;
  sourceId: Scalars['String']['output'];
};

export type IngestResult = {
  __typename?: 'IngestResult';
  accepted: Scalars['Int']['output'];
  batchId: Scalars['ID']['output'];
  created: Scalars['Int']['output'];
  /** Parent/child account links added or moved (e.g. after an acquisition). */
  hierarchyLinksChanged: Scalars['Int']['output'];
  merged: Scalars['Int']['output'];
  queuedForReview: Scalars['Int']['output'];
  /** What became of each record, in the order sent. */
  records: Array<IngestRecordResult>;
  rejected: Scalars['Int']['output'];
  rejections: Array<IngestRejection>;
  /** True when this batch id had been ingested before: nothing was changed. */
  replayed: Scalars['Boolean']['output'];
  /** Accepted but not newer than what was stored. */
  unchanged: Scalars['Int']['output'];
  /** Accepted records with something left undone, such as a parent account not known yet. */
  warnings: Array<IngestRejection>;
};

/** Who a golden attribute's value came from: a source system, or a data steward editing the customer. */
export type LineageSource =
  | 'BILLING'
  | 'COLLECTIONS'
  | 'CRM'
  | 'ERP'
  | 'RISK'
  | 'STEWARD';

/** A customer an incoming record could be, with how sure and why. */
export type MatchCandidate = {
  __typename?: 'MatchCandidate';
  customer?: Maybe<Customer>;
  /** What ingestion would do with this candidate under the configuration in force: MATCH, REVIEW or NONE. */
  decision: Scalars['String']['output'];
  reasons: Array<Scalars['String']['output']>;
  /** TAX_ID, DUNS, NAME_CONFLICTING_TAX_ID or NAME: the rule ingestion would record. */
  rule: Scalars['String']['output'];
  /** 0 to 1; 1 for a shared tax id or D-U-N-S. */
  score: Scalars['Float']['output'];
};

/**
 * How records are matched (the linkage engine's comparisons and blocking rules) and the thresholds that
 * decide what merges, what a steward reviews, and what stays apart, signed off together.
 */
export type MatchConfiguration = {
  __typename?: 'MatchConfiguration';
  approvedAt?: Maybe<Scalars['DateTime']['output']>;
  approvedBy?: Maybe<Scalars['String']['output']>;
  /** Score (0 to 1 evidence) at or above which records merge. */
  autoMerge: Scalars['Float']['output'];
  /** SHA-256 of the whole configuration's canonical JSON: what a reviewer signs off and a decision cites. */
  digest: Scalars['String']['output'];
  /** The comparisons (levels, weights) and blocking rules, as canonical JSON. */
  linkage: Scalars['String']['output'];
  notes?: Maybe<Scalars['String']['output']>;
  proposedBy?: Maybe<Scalars['String']['output']>;
  /** Score at or above which (and below autoMerge) a match is queued for review. */
  review: Scalars['Float']['output'];
  /** PROPOSED, ACTIVE or RETIRED; only an approved configuration is ever applied. */
  status: Scalars['String']['output'];
  version: Scalars['String']['output'];
};

export type MatchConfigurationInput = {
  autoMerge: Scalars['Float']['input'];
  /**
   * Comparisons and blocking rules as JSON text ({ "comparisons": [...], "blocking": [...] }, as
   * MatchConfiguration.linkage shows them); absent: those in force are kept.
   */
  linkage?: InputMaybe<Scalars['String']['input']>;
  notes: Scalars['String']['input'];
  review: Scalars['Float']['input'];
  version: Scalars['String']['input'];
};

/** A possible match too uncertain to merge automatically, waiting for a data steward. */
export type MatchReview = {
  __typename?: 'MatchReview';
  /** The existing customer it may be. */
  candidate?: Maybe<Customer>;
  createdAt: Scalars['DateTime']['output'];
  /** The customer the incoming record was provisionally kept as. */
  customer?: Maybe<Customer>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reasons: Array<Scalars['String']['output']>;
  rule: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  /** PENDING, APPROVED or REJECTED. */
  status: Scalars['String']['output'];
};

/** What proposed thresholds would decide differently over the match scores already recorded. */
export type MatchSandboxReport = {
  __typename?: 'MatchSandboxReport';
  /** The configuration in force that the proposal was compared with. */
  comparedWith: Scalars['String']['output'];
  mergesGained: Scalars['Int']['output'];
  mergesLost: Scalars['Int']['output'];
  reviewsGained: Scalars['Int']['output'];
  reviewsLost: Scalars['Int']['output'];
  scored: Scalars['Int']['output'];
  unchanged: Scalars['Int']['output'];
};

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

export type MoneyInput = {
  /** Decimal string in the currency's major unit, e.g. "50000.00". */
  amount: Scalars['String']['input'];
  currency: Scalars['String']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Puts a bank account on file (the IBAN encrypted); the addition is written to the audit change log with the reason. */
  addBankAccount: BankAccount;
  /** Puts a payment card on file as a token; the card number is validated and then dropped. */
  addPaymentCard: PaymentCard;
  /** Applies attribute changes streamed from a source (change data capture), newest per attribute wins. */
  applyChanges: ChangeEventsResult;
  /** Applies a waiting credit-limit change; never by the one who asked for it, nor by a job. */
  approveCreditLimitChange: CreditLimitChange;
  /** Puts a proposed configuration in force; the proposer can never approve their own. */
  approveMatchConfiguration: MatchConfiguration;
  /** A steward's decision on a queued match: approving merges the provisional customer into the candidate. */
  decideMatchReview: MatchReview;
  /** Records consent signals from a consent platform: idempotent on the batch id and each signal's id; a signal that names no known person is rejected, the rest land. */
  ingestConsentSignals: ConsentIngestResult;
  /** Loads a batch of source records: matched to customers, golden attributes recomputed, idempotent on the batch id. */
  ingestSourceRecords: IngestResult;
  mergeCustomers: CustomerMerge;
  proposeMatchConfiguration: MatchConfiguration;
  /** Deletes what the synthetic transaction marked `marker` created here (admin; the audit trail keeps its entries). */
  purgeSyntheticCustomers: Scalars['Int']['output'];
  /**
   * Reads the risk vendor's waiting credit score deliveries and applies each whole or not at all: scores
   * and, for customers that moved into another score band, the band's limit, through the change log.
   */
  refreshCreditScores: CreditScoreRefresh;
  rejectCreditLimitChange: CreditLimitChange;
  /**
   * Retries the rejected source records and change events the exception queue has due (first: how
   * many at most), each as the caller sends it: a record as a batch of its own, an event as sent. The
   * failed-inputs job runs it; retryException makes an item due now.
   */
  retryFailedInputs: FailedInputRetry;
  /** Puts back exactly what a merge moved and recomputes both golden records. */
  unmergeCustomers: CustomerMerge;
  /**
   * Changes master data. Every changed field is written to the audit change log with the reason. A raise
   * of creditLimit above the credit-limit policy's threshold is not applied: it waits as the customer's
   * pendingCreditLimitChange for another person's approval.
   */
  updateCustomer: Customer;
};


export type MutationAddBankAccountArgs = {
  customerId: Scalars['ID']['input'];
  input: BankAccountInput;
  reason: Scalars['String']['input'];
};


export type MutationAddPaymentCardArgs = {
  customerId: Scalars['ID']['input'];
  input: PaymentCardInput;
};


export type MutationApplyChangesArgs = {
  events: Array<ChangeEventInput>;
};


export type MutationApproveCreditLimitChangeArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApproveMatchConfigurationArgs = {
  version: Scalars['String']['input'];
};


export type MutationDecideMatchReviewArgs = {
  approve: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationIngestConsentSignalsArgs = {
  batch: ConsentSignalBatchInput;
};


export type MutationIngestSourceRecordsArgs = {
  batch: SourceBatchInput;
};


export type MutationMergeCustomersArgs = {
  mergedId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  survivorId: Scalars['ID']['input'];
};


export type MutationProposeMatchConfigurationArgs = {
  input: MatchConfigurationInput;
};


export type MutationPurgeSyntheticCustomersArgs = {
  marker: Scalars['String']['input'];
};


export type MutationRejectCreditLimitChangeArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRetryFailedInputsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUnmergeCustomersArgs = {
  mergeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateCustomerArgs = {
  id: Scalars['ID']['input'];
  input: CustomerUpdateInput;
  reason: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PaymentCard = {
  __typename?: 'PaymentCard';
  /** VISA, MASTERCARD, AMEX, DISCOVER, JCB, DINERS, UNIONPAY or UNKNOWN. */
  brand: Scalars['String']['output'];
  /** 1 to 12. Card data: classified with the rest of what is stored about the card. */
  expiryMonth?: Maybe<Scalars['Int']['output']>;
  expiryYear?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** The last four digits: the form of a card number that PCI DSS allows to be shown. */
  lastFour: Scalars['String']['output'];
  /** Stands for the card number: the same card always has the same token. */
  token: Scalars['String']['output'];
};

/** A payment card to put on file. Only a token, the brand and the last four digits are kept. */
export type PaymentCardInput = {
  /** 1 to 12. */
  expiryMonth: Scalars['Int']['input'];
  /** Four digits, e.g. 2029. A card is valid through the end of its expiry month. */
  expiryYear: Scalars['Int']['input'];
  /** The card number (PAN), 12 to 19 digits; spaces or dashes between groups are allowed. */
  number: Scalars['String']['input'];
};

export type PaymentTerms = {
  __typename?: 'PaymentTerms';
  /** e.g. NET30. */
  code: Scalars['String']['output'];
  /** Days after the invoice date that payment is due. */
  dueDays: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A customer's consent signals as received, newest given first; pass the last one's id as `after` for the next page. */
  consentSignals: Array<ConsentSignal>;
  /** Credit-limit changes by status, oldest first; `customerId` keeps one customer's; pass the last one's id as `after` for the next page. */
  creditLimitChanges: Array<CreditLimitChange>;
  customer?: Maybe<Customer>;
  /**
   * The customer holding a bank account with this IBAN (written with or without spaces), found by
   * exact match; null if none among the customers the caller may see. Finding by a classified value
   * is reading it: this needs the right to read IBANs raw, or the policy's lookup grant for them.
   */
  customerByIban?: Maybe<Customer>;
  /** Internal, for the Custos services: where customers belong and whether they were merged away. */
  customerJurisdictions: Array<CustomerJurisdiction>;
  /** Internal, for the quality service: customers in id order after `after`, merged ones left out. */
  customerQualityFacts: Array<CustomerQualityFacts>;
  /** Internal, for the quality service: golden and source values of the customers named. */
  customerSourceObservations: Array<CustomerSourceObservations>;
  /** Customers ordered by id. `first` defaults to 20; its maximum is MAX_PAGE_SIZE. */
  customers: CustomerConnection;
  /** Customers a source record could be, best first, without ingesting it. Matching on a tax id or D-U-N-S number needs the right to read it. */
  findMatches: Array<MatchCandidate>;
  /** The match configuration in force, and those proposed or retired. */
  matchConfigurations: Array<MatchConfiguration>;
  /**
   * Matches waiting for (or decided by) data stewards, oldest first; `customerId` keeps those where the
   * customer is either side; pass the last review's id as `after` for the next page.
   */
  matchReviews: Array<MatchReview>;
  /**
   * Whether a customer may be contacted for a purpose through a channel, by
   * the people's consent signals and the contact rules, with the reason and the people who may be used.
   */
  mayContact: ContactPermission;
  /**
   * Re-decides the pairs ingestion decided under proposed thresholds (and comparisons and blocking rules,
   * as JSON text like MatchConfigurationInput.linkage) with the same engine, without changing anything.
   */
  sandboxMatchConfiguration: MatchSandboxReport;
  /** A source record by the system it came from and its id there; null if none the caller may see. */
  sourceRecord?: Maybe<SourceRecord>;
};


export type QueryConsentSignalsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  customerId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCreditLimitChangesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<CreditLimitChangeStatus>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerByIbanArgs = {
  iban: Scalars['String']['input'];
};


export type QueryCustomerJurisdictionsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryCustomerQualityFactsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerSourceObservationsArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFindMatchesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  record: SourceRecordInput;
  sourceSystem?: SourceSystem;
};


export type QueryMatchReviewsArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
};


export type QueryMayContactArgs = {
  channel: ContactChannel;
  customerId: Scalars['ID']['input'];
  purpose: ContactPurpose;
};


export type QuerySandboxMatchConfigurationArgs = {
  autoMerge: Scalars['Float']['input'];
  linkage?: InputMaybe<Scalars['String']['input']>;
  review: Scalars['Float']['input'];
};


export type QuerySourceRecordArgs = {
  sourceId: Scalars['String']['input'];
  sourceSystem: SourceSystem;
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

export type SourceAttributes = {
  __typename?: 'SourceAttributes';
  attributes: Array<AttributeValue>;
  observedAt: Scalars['DateTime']['output'];
  sourceId: Scalars['String']['output'];
  sourceSystem: SourceSystem;
};

export type SourceBatchInput = {
  /** Unique per batch: replaying a batch id changes nothing and answers the first result again. */
  batchId: Scalars['ID']['input'];
  records: Array<SourceRecordInput>;
  sourceSystem: SourceSystem;
};

export type SourceRecord = {
  __typename?: 'SourceRecord';
  batchId?: Maybe<Scalars['ID']['output']>;
  /** The customer this record belongs to. */
  customer?: Maybe<Customer>;
  id: Scalars['ID']['output'];
  ingestedAt: Scalars['DateTime']['output'];
  /** TAX_ID, DUNS, NAME, NEW_CUSTOMER, ... */
  matchRule?: Maybe<Scalars['String']['output']>;
  /** How sure the link of this record to its customer is (1 for a shared tax id or D-U-N-S). */
  matchScore?: Maybe<Scalars['Float']['output']>;
  /**
   * The record as the source sent it, as JSON text, governed key by key as the customer attribute each
   * key holds (through the source's mapping): a key is masked as that attribute's field would be, or
   * left out with a FORBIDDEN error naming it where the field would be denied. A key the mapping does
   * not know is treated as the strictest class.
   */
  payload: Scalars['String']['output'];
  /** The record's id in its source system. */
  sourceId: Scalars['String']['output'];
  sourceSystem: SourceSystem;
  /** The record's version in its source. */
  sourceVersion: Scalars['Int']['output'];
  verifiedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type SourceRecordInput = {
  /** The record's fields as a JSON object, read through the source's mapping. */
  attributes: Scalars['String']['input'];
  /** The record's id in its source system. */
  sourceId: Scalars['String']['input'];
  /** When the source last confirmed these values; the most recently verified value wins. */
  verifiedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The record's version in its source; a version not newer than the one stored is ignored. */
  version: Scalars['Int']['input'];
};

export type SourceSystem =
  | 'BILLING'
  | 'COLLECTIONS'
  | 'CRM'
  | 'ERP'
  | 'RISK';

/** An attribute's ownership, resolved by the audit subgraph from the coordinate of the field showing it. */
export type Stewardship = {
  __typename?: 'Stewardship';
  coordinate: Scalars['String']['output'];
};

export type TaxId = {
  __typename?: 'TaxId';
  /** ISO 3166-1 alpha-2 country that issued it. */
  country: Scalars['String']['output'];
  kind: TaxIdKind;
  /** Normalised, e.g. DE123456789. */
  value?: Maybe<Scalars['String']['output']>;
};

export type TaxIdFact = {
  __typename?: 'TaxIdFact';
  kind: TaxIdKind;
  /** FORMAT, LENGTH, CHECK_DIGIT or UNKNOWN_PREFIX when invalid. */
  reasonCode?: Maybe<Scalars['String']['output']>;
  valid: Scalars['Boolean']['output'];
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
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  AttributeLineage: ResolverTypeWrapper<AttributeLineageParentModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AttributeValue: ResolverTypeWrapper<AttributeValue>;
  BankAccount: ResolverTypeWrapper<BankAccountParentModel>;
  BankAccountInput: BankAccountInput;
  ChangeEventInput: ChangeEventInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ChangeEventRejection: ResolverTypeWrapper<ChangeEventRejection>;
  ChangeEventsResult: ResolverTypeWrapper<ChangeEventsResult>;
  CommunicationPreference: ResolverTypeWrapper<Omit<CommunicationPreference, 'contact'> & { contact: ResolversTypes['Contact'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConsentDecision: ConsentDecision;
  ConsentIngestResult: ResolverTypeWrapper<ConsentIngestResult>;
  ConsentSignal: ResolverTypeWrapper<Omit<ConsentSignal, 'contact'> & { contact?: Maybe<ResolversTypes['Contact']> }>;
  ConsentSignalBatchInput: ConsentSignalBatchInput;
  ConsentSignalInput: ConsentSignalInput;
  ConsentSignalRejection: ResolverTypeWrapper<ConsentSignalRejection>;
  Contact: ResolverTypeWrapper<ContactParentModel>;
  ContactBasis: ContactBasis;
  ContactChannel: ContactChannel;
  ContactPermission: ResolverTypeWrapper<Omit<ContactPermission, 'contacts' | 'usableContacts'> & { contacts: Array<ResolversTypes['CommunicationPreference']>, usableContacts: Array<ResolversTypes['Contact']> }>;
  ContactPurpose: ContactPurpose;
  CreditLimitChange: ResolverTypeWrapper<CreditLimitChangeModel>;
  CreditLimitChangeOrigin: CreditLimitChangeOrigin;
  CreditLimitChangeStatus: CreditLimitChangeStatus;
  CreditScoreDelivery: ResolverTypeWrapper<CreditScoreDelivery>;
  CreditScoreDeliveryStatus: CreditScoreDeliveryStatus;
  CreditScoreProblem: ResolverTypeWrapper<CreditScoreProblem>;
  CreditScoreRefresh: ResolverTypeWrapper<CreditScoreRefresh>;
  Customer: ResolverTypeWrapper<CustomerModel>;
  CustomerConnection: ResolverTypeWrapper<CustomerConnectionParentModel>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerJurisdiction: ResolverTypeWrapper<CustomerJurisdictionParentModel>;
  CustomerMerge: ResolverTypeWrapper<CustomerMergeModel>;
  CustomerQualityFacts: ResolverTypeWrapper<CustomerQualityFacts>;
  CustomerSegment: CustomerSegment;
  CustomerSourceObservations: ResolverTypeWrapper<CustomerSourceObservations>;
  CustomerStatus: CustomerStatus;
  CustomerUpdateInput: CustomerUpdateInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FailedInputRetry: ResolverTypeWrapper<FailedInputRetry>;
  IngestOutcome: IngestOutcome;
  IngestRecordResult: ResolverTypeWrapper<IngestRecordResult>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  IngestRejection: ResolverTypeWrapper<IngestRejection>;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  LineageSource: LineageSource;
  MatchCandidate: ResolverTypeWrapper<Omit<MatchCandidate, 'customer'> & { customer?: Maybe<ResolversTypes['Customer']> }>;
  MatchConfiguration: ResolverTypeWrapper<MatchConfiguration>;
  MatchConfigurationInput: MatchConfigurationInput;
  MatchReview: ResolverTypeWrapper<MatchReviewModel>;
  MatchSandboxReport: ResolverTypeWrapper<MatchSandboxReport>;
  Money: ResolverTypeWrapper<MinorMoneyModel>;
  MoneyInput: MoneyInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentCard: ResolverTypeWrapper<PaymentCardParentModel>;
  PaymentCardInput: PaymentCardInput;
  PaymentTerms: ResolverTypeWrapper<PaymentTerms>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Region: Region;
  SourceAttributes: ResolverTypeWrapper<SourceAttributes>;
  SourceBatchInput: SourceBatchInput;
  SourceRecord: ResolverTypeWrapper<SourceRecordParentModel>;
  SourceRecordInput: SourceRecordInput;
  SourceSystem: SourceSystem;
  Stewardship: ResolverTypeWrapper<Stewardship>;
  TaxId: ResolverTypeWrapper<TaxIdentifierModel>;
  TaxIdFact: ResolverTypeWrapper<TaxIdFact>;
  TaxIdKind: TaxIdKind;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Address: Address;
  AddressInput: AddressInput;
  AttributeLineage: AttributeLineageParentModel;
  ID: Scalars['ID']['output'];
  AttributeValue: AttributeValue;
  BankAccount: BankAccountParentModel;
  BankAccountInput: BankAccountInput;
  ChangeEventInput: ChangeEventInput;
  Int: Scalars['Int']['output'];
  ChangeEventRejection: ChangeEventRejection;
  ChangeEventsResult: ChangeEventsResult;
  CommunicationPreference: Omit<CommunicationPreference, 'contact'> & { contact: ResolversParentTypes['Contact'] };
  Boolean: Scalars['Boolean']['output'];
  ConsentIngestResult: ConsentIngestResult;
  ConsentSignal: Omit<ConsentSignal, 'contact'> & { contact?: Maybe<ResolversParentTypes['Contact']> };
  ConsentSignalBatchInput: ConsentSignalBatchInput;
  ConsentSignalInput: ConsentSignalInput;
  ConsentSignalRejection: ConsentSignalRejection;
  Contact: ContactParentModel;
  ContactPermission: Omit<ContactPermission, 'contacts' | 'usableContacts'> & { contacts: Array<ResolversParentTypes['CommunicationPreference']>, usableContacts: Array<ResolversParentTypes['Contact']> };
  CreditLimitChange: CreditLimitChangeModel;
  CreditScoreDelivery: CreditScoreDelivery;
  CreditScoreProblem: CreditScoreProblem;
  CreditScoreRefresh: CreditScoreRefresh;
  Customer: CustomerModel;
  CustomerConnection: CustomerConnectionParentModel;
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  CustomerJurisdiction: CustomerJurisdictionParentModel;
  CustomerMerge: CustomerMergeModel;
  CustomerQualityFacts: CustomerQualityFacts;
  CustomerSourceObservations: CustomerSourceObservations;
  CustomerUpdateInput: CustomerUpdateInput;
  DateTime: Scalars['DateTime']['output'];
  FailedInputRetry: FailedInputRetry;
  IngestRecordResult: IngestRecordResult;
  Float: Scalars['Float']['output'];
  IngestRejection: IngestRejection;
  IngestResult: IngestResult;
  MatchCandidate: Omit<MatchCandidate, 'customer'> & { customer?: Maybe<ResolversParentTypes['Customer']> };
  MatchConfiguration: MatchConfiguration;
  MatchConfigurationInput: MatchConfigurationInput;
  MatchReview: MatchReviewModel;
  MatchSandboxReport: MatchSandboxReport;
  Money: MinorMoneyModel;
  MoneyInput: MoneyInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PaymentCard: PaymentCardParentModel;
  PaymentCardInput: PaymentCardInput;
  PaymentTerms: PaymentTerms;
  Query: Record<PropertyKey, never>;
  SourceAttributes: SourceAttributes;
  SourceBatchInput: SourceBatchInput;
  SourceRecord: SourceRecordParentModel;
  SourceRecordInput: SourceRecordInput;
  Stewardship: Stewardship;
  TaxId: TaxIdentifierModel;
  TaxIdFact: TaxIdFact;
  String: Scalars['String']['output'];
};

export type SensitiveDirectiveArgs = {
  class: Scalars['String']['input'];
  mask?: Maybe<Scalars['String']['input']>;
};

export type SensitiveDirectiveResolver<Result, Parent, ContextType = CustomerContext, Args = SensitiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AttributeLineageResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['AttributeLineage'] = ResolversParentTypes['AttributeLineage']> = {
  actor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  batchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owners?: Resolver<Maybe<ResolversTypes['Stewardship']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LineageSource'], ParentType, ContextType>;
  sourceRecordId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type AttributeValueResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['AttributeValue'] = ResolversParentTypes['AttributeValue']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type BankAccountResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['BankAccount'] = ResolversParentTypes['BankAccount']> = {
  accountHolder?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  bic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  iban?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ChangeEventRejectionResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['ChangeEventRejection'] = ResolversParentTypes['ChangeEventRejection']> = {
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChangeEventsResultResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['ChangeEventsResult'] = ResolversParentTypes['ChangeEventsResult']> = {
  applied?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ignored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejections?: Resolver<Array<ResolversTypes['ChangeEventRejection']>, ParentType, ContextType>;
};

export type CommunicationPreferenceResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['CommunicationPreference'] = ResolversParentTypes['CommunicationPreference']> = {
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['ContactBasis'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  contact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['ConsentDecision']>, ParentType, ContextType>;
  legalBasis?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ContactPurpose'], ParentType, ContextType>;
  reachable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  signalId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ConsentIngestResultResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['ConsentIngestResult'] = ResolversParentTypes['ConsentIngestResult']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  batchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejections?: Resolver<Array<ResolversTypes['ConsentSignalRejection']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  superseded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ConsentSignalResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['ConsentSignal'] = ResolversParentTypes['ConsentSignal']> = {
  batchId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['Contact']>, ParentType, ContextType>;
  contactId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['ConsentDecision'], ParentType, ContextType>;
  givenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ContactPurpose'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receivedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConsentSignalRejectionResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['ConsentSignalRejection'] = ResolversParentTypes['ConsentSignalRejection']> = {
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  signalId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContactResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = {
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ContactPermissionResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['ContactPermission'] = ResolversParentTypes['ContactPermission']> = {
  allowed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['CommunicationPreference']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ContactPurpose'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usableContacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
};

export type CreditLimitChangeResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['CreditLimitChange'] = ResolversParentTypes['CreditLimitChange']> = {
  currentLimit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  origin?: Resolver<ResolversTypes['CreditLimitChangeOrigin'], ParentType, ContextType>;
  policyVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposedLimit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CreditLimitChangeStatus'], ParentType, ContextType>;
};

export type CreditScoreDeliveryResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['CreditScoreDelivery'] = ResolversParentTypes['CreditScoreDelivery']> = {
  limitChangesRequested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  limitsChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  olderThanOnFile?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  problems?: Resolver<Array<ResolversTypes['CreditScoreProblem']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scoresChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CreditScoreDeliveryStatus'], ParentType, ContextType>;
  withoutBandLimit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CreditScoreProblemResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['CreditScoreProblem'] = ResolversParentTypes['CreditScoreProblem']> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CreditScoreRefreshResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['CreditScoreRefresh'] = ResolversParentTypes['CreditScoreRefresh']> = {
  deliveries?: Resolver<Array<ResolversTypes['CreditScoreDelivery']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bankAccounts?: Resolver<Array<ResolversTypes['BankAccount']>, ParentType, ContextType>;
  billingAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Customer']>, ParentType, ContextType>;
  communicationPreferences?: Resolver<Array<ResolversTypes['CommunicationPreference']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['Contact']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditHold?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  creditLimit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  creditScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  duns?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineage?: Resolver<Array<ResolversTypes['AttributeLineage']>, ParentType, ContextType>;
  mergedCustomerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nativeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nativeScript?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  paymentCards?: Resolver<Array<ResolversTypes['PaymentCard']>, ParentType, ContextType>;
  paymentTerms?: Resolver<Maybe<ResolversTypes['PaymentTerms']>, ParentType, ContextType>;
  pendingCreditLimitChange?: Resolver<Maybe<ResolversTypes['CreditLimitChange']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['CustomerSegment']>, ParentType, ContextType>;
  sensitiveFieldsOnFile?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  shippingAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  sourceRecords?: Resolver<Array<ResolversTypes['SourceRecord']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CustomerStatus'], ParentType, ContextType>;
  taxIds?: Resolver<Array<ResolversTypes['TaxId']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CustomerConnectionResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerEdgeResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
};

export type CustomerJurisdictionResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['CustomerJurisdiction'] = ResolversParentTypes['CustomerJurisdiction']> = {
  billingCountry?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  billingSubdivision?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  creditHold?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  creditLimit?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedCustomerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  mergedInto?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  paymentTermsCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
};

export type CustomerMergeResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['CustomerMerge'] = ResolversParentTypes['CustomerMerge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mergedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mergedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mergedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceRecordIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  survivor?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  unmergedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type CustomerQualityFactsResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['CustomerQualityFacts'] = ResolversParentTypes['CustomerQualityFacts']> = {
  bankAccountsOnFile?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  billingAddressComplete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditLimitPresent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  dunsPresent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalNamePresent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mergedCustomerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  paymentTermsPresent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['Region'], ParentType, ContextType>;
  segment?: Resolver<Maybe<ResolversTypes['CustomerSegment']>, ParentType, ContextType>;
  shippingAddressPresent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CustomerStatus'], ParentType, ContextType>;
  suspectedDuplicate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  taxIds?: Resolver<Array<ResolversTypes['TaxIdFact']>, ParentType, ContextType>;
};

export type CustomerSourceObservationsResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['CustomerSourceObservations'] = ResolversParentTypes['CustomerSourceObservations']> = {
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  golden?: Resolver<Array<ResolversTypes['AttributeValue']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['SourceAttributes']>, ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FailedInputRetryResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['FailedInputRetry'] = ResolversParentTypes['FailedInputRetry']> = {
  due?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  failed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unknown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IngestRecordResultResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['IngestRecordResult'] = ResolversParentTypes['IngestRecordResult']> = {
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  matchRule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  matchScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['IngestOutcome'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reviewId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestRejectionResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['IngestRejection'] = ResolversParentTypes['IngestRejection']> = {
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IngestResultResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = {
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  batchId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hierarchyLinksChanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queuedForReview?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['IngestRecordResult']>, ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejections?: Resolver<Array<ResolversTypes['IngestRejection']>, ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['IngestRejection']>, ParentType, ContextType>;
};

export type MatchCandidateResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['MatchCandidate'] = ResolversParentTypes['MatchCandidate']> = {
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MatchConfigurationResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['MatchConfiguration'] = ResolversParentTypes['MatchConfiguration']> = {
  approvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  approvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  autoMerge?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  digest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  linkage?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchReviewResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['MatchReview'] = ResolversParentTypes['MatchReview']> = {
  candidate?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchSandboxReportResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['MatchSandboxReport'] = ResolversParentTypes['MatchSandboxReport']> = {
  comparedWith?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mergesGained?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mergesLost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewsGained?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewsLost?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  scored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bucket?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addBankAccount?: Resolver<ResolversTypes['BankAccount'], ParentType, ContextType, RequireFields<MutationAddBankAccountArgs, 'customerId' | 'input' | 'reason'>>;
  addPaymentCard?: Resolver<ResolversTypes['PaymentCard'], ParentType, ContextType, RequireFields<MutationAddPaymentCardArgs, 'customerId' | 'input'>>;
  applyChanges?: Resolver<ResolversTypes['ChangeEventsResult'], ParentType, ContextType, RequireFields<MutationApplyChangesArgs, 'events'>>;
  approveCreditLimitChange?: Resolver<ResolversTypes['CreditLimitChange'], ParentType, ContextType, RequireFields<MutationApproveCreditLimitChangeArgs, 'id'>>;
  approveMatchConfiguration?: Resolver<ResolversTypes['MatchConfiguration'], ParentType, ContextType, RequireFields<MutationApproveMatchConfigurationArgs, 'version'>>;
  decideMatchReview?: Resolver<ResolversTypes['MatchReview'], ParentType, ContextType, RequireFields<MutationDecideMatchReviewArgs, 'approve' | 'id'>>;
  ingestConsentSignals?: Resolver<ResolversTypes['ConsentIngestResult'], ParentType, ContextType, RequireFields<MutationIngestConsentSignalsArgs, 'batch'>>;
  ingestSourceRecords?: Resolver<ResolversTypes['IngestResult'], ParentType, ContextType, RequireFields<MutationIngestSourceRecordsArgs, 'batch'>>;
  mergeCustomers?: Resolver<ResolversTypes['CustomerMerge'], ParentType, ContextType, RequireFields<MutationMergeCustomersArgs, 'mergedId' | 'reason' | 'survivorId'>>;
  proposeMatchConfiguration?: Resolver<ResolversTypes['MatchConfiguration'], ParentType, ContextType, RequireFields<MutationProposeMatchConfigurationArgs, 'input'>>;
  purgeSyntheticCustomers?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationPurgeSyntheticCustomersArgs, 'marker'>>;
  refreshCreditScores?: Resolver<ResolversTypes['CreditScoreRefresh'], ParentType, ContextType>;
  rejectCreditLimitChange?: Resolver<ResolversTypes['CreditLimitChange'], ParentType, ContextType, RequireFields<MutationRejectCreditLimitChangeArgs, 'id' | 'reason'>>;
  retryFailedInputs?: Resolver<ResolversTypes['FailedInputRetry'], ParentType, ContextType, Partial<MutationRetryFailedInputsArgs>>;
  unmergeCustomers?: Resolver<ResolversTypes['CustomerMerge'], ParentType, ContextType, RequireFields<MutationUnmergeCustomersArgs, 'mergeId' | 'reason'>>;
  updateCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'id' | 'input' | 'reason'>>;
};

export type PageInfoResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PaymentCardResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['PaymentCard'] = ResolversParentTypes['PaymentCard']> = {
  brand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiryMonth?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  expiryYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastFour?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PaymentTermsResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['PaymentTerms'] = ResolversParentTypes['PaymentTerms']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  consentSignals?: Resolver<Array<ResolversTypes['ConsentSignal']>, ParentType, ContextType, RequireFields<QueryConsentSignalsArgs, 'customerId'>>;
  creditLimitChanges?: Resolver<Array<ResolversTypes['CreditLimitChange']>, ParentType, ContextType, Partial<QueryCreditLimitChangesArgs>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerByIban?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerByIbanArgs, 'iban'>>;
  customerJurisdictions?: Resolver<Array<ResolversTypes['CustomerJurisdiction']>, ParentType, ContextType, RequireFields<QueryCustomerJurisdictionsArgs, 'ids'>>;
  customerQualityFacts?: Resolver<Array<ResolversTypes['CustomerQualityFacts']>, ParentType, ContextType, Partial<QueryCustomerQualityFactsArgs>>;
  customerSourceObservations?: Resolver<Array<ResolversTypes['CustomerSourceObservations']>, ParentType, ContextType, RequireFields<QueryCustomerSourceObservationsArgs, 'ids'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, Partial<QueryCustomersArgs>>;
  findMatches?: Resolver<Array<ResolversTypes['MatchCandidate']>, ParentType, ContextType, RequireFields<QueryFindMatchesArgs, 'record' | 'sourceSystem'>>;
  matchConfigurations?: Resolver<Array<ResolversTypes['MatchConfiguration']>, ParentType, ContextType>;
  matchReviews?: Resolver<Array<ResolversTypes['MatchReview']>, ParentType, ContextType, Partial<QueryMatchReviewsArgs>>;
  mayContact?: Resolver<ResolversTypes['ContactPermission'], ParentType, ContextType, RequireFields<QueryMayContactArgs, 'channel' | 'customerId' | 'purpose'>>;
  sandboxMatchConfiguration?: Resolver<ResolversTypes['MatchSandboxReport'], ParentType, ContextType, RequireFields<QuerySandboxMatchConfigurationArgs, 'autoMerge' | 'review'>>;
  sourceRecord?: Resolver<Maybe<ResolversTypes['SourceRecord']>, ParentType, ContextType, RequireFields<QuerySourceRecordArgs, 'sourceId' | 'sourceSystem'>>;
};

export type SourceAttributesResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['SourceAttributes'] = ResolversParentTypes['SourceAttributes']> = {
  attributes?: Resolver<Array<ResolversTypes['AttributeValue']>, ParentType, ContextType>;
  observedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
};

export type SourceRecordResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['SourceRecord'] = ResolversParentTypes['SourceRecord']> = {
  batchId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  ingestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  matchRule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  matchScore?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceSystem?: Resolver<ResolversTypes['SourceSystem'], ParentType, ContextType>;
  sourceVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  verifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
};

export type StewardshipResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['Stewardship'] = ResolversParentTypes['Stewardship']> = {
  coordinate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TaxIdResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['TaxId'] = ResolversParentTypes['TaxId']> = {
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TaxIdKind'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TaxIdFactResolvers<ContextType = CustomerContext, ParentType extends ResolversParentTypes['TaxIdFact'] = ResolversParentTypes['TaxIdFact']> = {
  kind?: Resolver<ResolversTypes['TaxIdKind'], ParentType, ContextType>;
  reasonCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  valid?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CustomerContext> = {
  Address?: AddressResolvers<ContextType>;
  AttributeLineage?: AttributeLineageResolvers<ContextType>;
  AttributeValue?: AttributeValueResolvers<ContextType>;
  BankAccount?: BankAccountResolvers<ContextType>;
  ChangeEventRejection?: ChangeEventRejectionResolvers<ContextType>;
  ChangeEventsResult?: ChangeEventsResultResolvers<ContextType>;
  CommunicationPreference?: CommunicationPreferenceResolvers<ContextType>;
  ConsentIngestResult?: ConsentIngestResultResolvers<ContextType>;
  ConsentSignal?: ConsentSignalResolvers<ContextType>;
  ConsentSignalRejection?: ConsentSignalRejectionResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  ContactPermission?: ContactPermissionResolvers<ContextType>;
  CreditLimitChange?: CreditLimitChangeResolvers<ContextType>;
  CreditScoreDelivery?: CreditScoreDeliveryResolvers<ContextType>;
  CreditScoreProblem?: CreditScoreProblemResolvers<ContextType>;
  CreditScoreRefresh?: CreditScoreRefreshResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerJurisdiction?: CustomerJurisdictionResolvers<ContextType>;
  CustomerMerge?: CustomerMergeResolvers<ContextType>;
  CustomerQualityFacts?: CustomerQualityFactsResolvers<ContextType>;
  CustomerSourceObservations?: CustomerSourceObservationsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  FailedInputRetry?: FailedInputRetryResolvers<ContextType>;
  IngestRecordResult?: IngestRecordResultResolvers<ContextType>;
  IngestRejection?: IngestRejectionResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  MatchCandidate?: MatchCandidateResolvers<ContextType>;
  MatchConfiguration?: MatchConfigurationResolvers<ContextType>;
  MatchReview?: MatchReviewResolvers<ContextType>;
  MatchSandboxReport?: MatchSandboxReportResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentCard?: PaymentCardResolvers<ContextType>;
  PaymentTerms?: PaymentTermsResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SourceAttributes?: SourceAttributesResolvers<ContextType>;
  SourceRecord?: SourceRecordResolvers<ContextType>;
  Stewardship?: StewardshipResolvers<ContextType>;
  TaxId?: TaxIdResolvers<ContextType>;
  TaxIdFact?: TaxIdFactResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = CustomerContext> = {
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
};
