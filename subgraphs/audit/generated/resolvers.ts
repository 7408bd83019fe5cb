import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { GovernedCustomer as GovernedCustomerModel } from '../../kit/customerDirectory';
import type { ChangeLogEntryParent as ChangeLogEntryParentModel } from '../parents';
import type { ScheduledJob as ScheduledJobModel } from '../entities/ScheduledJob';
import type { JobRun as JobRunModel } from '../entities/JobRun';
import type { ExceptionItem as ExceptionItemModel } from '../entities/ExceptionItem';
import type { SecurityIncident as SecurityIncidentModel } from '../entities/SecurityIncident';
import type { SecurityIncidentEntry as SecurityIncidentEntryModel } from '../entities/SecurityIncidentEntry';
import type { EffectiveStewardship as EffectiveStewardshipModel } from '../stewardship/raci';
import type { StewardshipAssignment as StewardshipAssignmentModel } from '../entities/StewardshipAssignment';
import type { Dispute as DisputeModel } from '../entities/Dispute';
import type { DisputeEvent as DisputeEventModel } from '../entities/DisputeEvent';
import type { LegalHold as LegalHoldModel } from '../entities/LegalHold';
import type { RetentionPurgeRun as RetentionPurgeRunModel } from '../entities/RetentionPurgeRun';
import type { Dpia as DpiaModel } from '../entities/Dpia';
import type { ProcessingAgreement as ProcessingAgreementModel } from '../entities/ProcessingAgreement';
import type { ComplianceAlert as ComplianceAlertModel } from '../entities/ComplianceAlert';
import type { RoleAssignment as RoleAssignmentModel } from '../entities/RoleAssignment';
import type { AccessReviewView as AccessReviewViewModel } from '../accessReviews/reviewRecords';
import type { AccessReviewDecision as AccessReviewDecisionModel } from '../entities/AccessReviewDecision';
import type { AuditContext } from '../context';
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
  /** A calendar day, ISO 8601, e.g. 2026-11-28. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 in UTC, e.g. 2026-11-28T10:15:00.000Z. */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * The access review of a quarter: every principal who held a role that can change customers' payment
 * terms or credit limits at any moment of it (the roles follow the policy's grants of the mutations
 * that write those attributes), what each did in it, and a reviewer's decision on each. Also as CSV:
 * GET /export/access-review.csv?period=2026-Q3.
 */
export type AccessReview = {
  __typename?: 'AccessReview';
  /** Principals in scope with a decision. */
  decided: Scalars['Int']['output'];
  /** The last day the review is on time: 30 days after the quarter. */
  dueOn: Scalars['String']['output'];
  /** Its first day (ISO date). */
  from: Scalars['String']['output'];
  /** The mutations that write payment terms or credit limits, whose runs are counted. */
  mutations: Array<Scalars['String']['output']>;
  /** When it was opened (by the access-review job or a first decision); null while it has not been. */
  openedAt?: Maybe<Scalars['DateTime']['output']>;
  openedBy?: Maybe<Scalars['String']['output']>;
  /** Not complete after its due day. */
  overdue: Scalars['Boolean']['output'];
  /** The quarter, e.g. 2026-Q3. */
  period: Scalars['String']['output'];
  /** Principals in scope. */
  principalCount: Scalars['Int']['output'];
  /** Every principal in scope with what they did in the period (counts and ids, never values) and the decision on them. */
  principals: Array<AccessReviewPrincipal>;
  /** The roles under review, derived from the policy. */
  roles: Array<Scalars['String']['output']>;
  status: AccessReviewStatus;
  /** The day after its last. */
  until: Scalars['String']['output'];
};

export type AccessReviewDecision = {
  __typename?: 'AccessReviewDecision';
  decidedAt: Scalars['DateTime']['output'];
  decision: AccessReviewVerdict;
  note?: Maybe<Scalars['String']['output']>;
  period: Scalars['String']['output'];
  principal: Scalars['String']['output'];
  reviewer: Scalars['String']['output'];
};

export type AccessReviewMutationCount = {
  __typename?: 'AccessReviewMutationCount';
  count: Scalars['Int']['output'];
  /** e.g. Mutation.updateCustomer. */
  mutation: Scalars['String']['output'];
};

export type AccessReviewPrincipal = {
  __typename?: 'AccessReviewPrincipal';
  /** The change log ids of those changes, oldest first (at most 100). */
  changeIds: Array<Scalars['ID']['output']>;
  /** Changes they made to customers' payment terms and credit limits in the period. */
  changes: Scalars['Int']['output'];
  /** Null while undecided. */
  decision?: Maybe<AccessReviewDecision>;
  /** Of those, the ones refused by policy. */
  deniedOperations: Scalars['Int']['output'];
  displayName?: Maybe<Scalars['String']['output']>;
  /** The reviewed mutations they ran (answered), with how often. */
  mutations: Array<AccessReviewMutationCount>;
  /** Audited operations they ran in the period. */
  operations: Scalars['Int']['output'];
  principal: Scalars['String']['output'];
  /** The reviewed roles they held in the period. */
  roles: Array<Scalars['String']['output']>;
};

export type AccessReviewStatus =
  /** Every principal in scope has a decision. */
  | 'COMPLETE'
  /** Some principal in scope has no decision yet. */
  | 'OPEN';

export type AccessReviewVerdict =
  | 'KEEP'
  | 'REVOKE';

/** The verdict on the audit trail: is every event where the chain and the signed checkpoints say it must be? */
export type AuditChainStatus = {
  __typename?: 'AuditChainStatus';
  checkpointsVerified: Scalars['Int']['output'];
  firstBrokenEventId?: Maybe<Scalars['ID']['output']>;
  firstBrokenSequence?: Maybe<Scalars['Int']['output']>;
  intact: Scalars['Boolean']['output'];
  length: Scalars['Int']['output'];
  /** Events whose origin signature verified. */
  originsVerified: Scalars['Int']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type AuditCoordinate = {
  __typename?: 'AuditCoordinate';
  classification: Scalars['String']['output'];
  coordinate: Scalars['String']['output'];
  /** ALLOW, MASK or DENY: the best the caller could get for it (for a copy, what it got). */
  decision: Scalars['String']['output'];
  strategy?: Maybe<Scalars['String']['output']>;
  /** For a copy of a classified value: the field it travelled through, e.g. SourceRecord.payload. */
  via?: Maybe<Scalars['String']['output']>;
};

/** One event of the audit trail: a sensitive operation, or an alert. Events are chained by hash. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** For alerts: why it was raised. */
  alert?: Maybe<Scalars['String']['output']>;
  at: Scalars['DateTime']['output'];
  clientName?: Maybe<Scalars['String']['output']>;
  clientVersion?: Maybe<Scalars['String']['output']>;
  /** Every classified field the operation touched, with what the caller got; copies of classified values (payloads, change logs, lineage) name the attribute and the field they came through. */
  coordinates: Array<AuditCoordinate>;
  durationMs?: Maybe<Scalars['Int']['output']>;
  /** For a bulk export (GET /export/<name>.<format>), which one, e.g. customer-revenue.csv; its event names the operation and parameters, not each record. Null for GraphQL operations. */
  export?: Maybe<Scalars['String']['output']>;
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** OPERATION for a sensitive operation, ALERT for a raised alert, ATTEMPT for a refused internal call. */
  kind: AuditEventKind;
  /** Lookups by a classified value (e.g. finding a customer by IBAN), allowed or refused. */
  lookups: Array<AuditLookup>;
  /** SHA-256 of the operation text. */
  operationHash?: Maybe<Scalars['String']['output']>;
  operationName?: Maybe<Scalars['String']['output']>;
  operationText?: Maybe<Scalars['String']['output']>;
  /** query or mutation. */
  operationType?: Maybe<Scalars['String']['output']>;
  /** The process that produced the event and signed it (gateway, or a service); null on events from before origins were signed. */
  origin?: Maybe<Scalars['String']['output']>;
  /** SERVED, PARTIAL (some fields refused or failed), DENIED (refused before execution) or FAILED; null on alerts and attempts. */
  outcome?: Maybe<AuditOutcome>;
  previousHash: Scalars['String']['output'];
  principal: AuditPrincipal;
  /** Records whose classified values the operation showed (raw or masked), per type. */
  records: Array<AuditRecordCount>;
  requestId?: Maybe<Scalars['String']['output']>;
  /** Position in the chain, from 1, without gaps. */
  sequence: Scalars['Int']['output'];
  /** The records the operation read classified values of, was refused them, or changed: at most AUDIT_NAMED_RECORDS of them. */
  touched: Array<AuditTouchedRecord>;
  /** Records touched beyond that bound: counted, not named. */
  touchedOmitted: Scalars['Int']['output'];
  /** Variables as JSON, with every value that could carry personal or financial data redacted. */
  variables?: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  edges: Array<AuditEventEdge>;
  pageInfo: PageInfo;
};

export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  cursor: Scalars['String']['output'];
  node: AuditEvent;
};

export type AuditEventFilter = {
  /** With customerId or recordId: events that read data of this classification there (e.g. CREDIT); alone: of any record. */
  classification?: InputMaybe<Scalars['String']['input']>;
  /** Client name from the apollographql-client-name header. */
  client?: InputMaybe<Scalars['String']['input']>;
  /** A field coordinate such as Customer.creditLimit. */
  coordinate?: InputMaybe<Scalars['String']['input']>;
  /** Events that touched this customer's data (its own record, or a contract, invoice or other record of it). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** OPERATION, ALERT or ATTEMPT (text, so that filters written before AuditEventKind keep working). */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** Events that touched this record (a customer, contract, invoice, ... id). */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
  sub?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditEventInput = {
  /** The event's content as JSON text (principal, operation, coordinates, records, outcome ...). */
  body: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  kind: AuditEventKind;
  /** Who produced it, signed: the trail keeps only what the process it names signed and may report. */
  origin: AuditOriginInput;
};

/** What an audit event records. */
export type AuditEventKind =
  /** A raised alert, e.g. a bulk export. */
  | 'ALERT'
  /** A refused internal call. */
  | 'ATTEMPT'
  /** A sensitive operation, served or refused. */
  | 'OPERATION';

export type AuditLookup = {
  __typename?: 'AuditLookup';
  /** The attribute whose value was used to find records, e.g. BankAccount.iban. */
  coordinate: Scalars['String']['output'];
  /** ALLOWED or REFUSED. */
  outcome: Scalars['String']['output'];
};

export type AuditOriginInput = {
  /** gateway, or a service's name. */
  by: Scalars['String']['input'];
  keyId: Scalars['String']['input'];
  /** Base64 Ed25519 signature over the canonical form of {id, kind, body, by}. */
  signature: Scalars['String']['input'];
};

/** How an audited operation ended. */
export type AuditOutcome =
  /** Refused before execution. */
  | 'DENIED'
  /** Answered without data. */
  | 'FAILED'
  /** Answered, with some fields refused or failed. */
  | 'PARTIAL'
  /** Answered in full. */
  | 'SERVED';

export type AuditPrincipal = {
  __typename?: 'AuditPrincipal';
  purpose?: Maybe<Scalars['String']['output']>;
  /** A purpose the token stated that was not honoured: no approved DPIA covered it, so the policy decided as without one. */
  purposeNotHonoured?: Maybe<Scalars['String']['output']>;
  regions: Array<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
  sub: Scalars['String']['output'];
};

/** Receipt of an appended event. */
export type AuditReceipt = {
  __typename?: 'AuditReceipt';
  hash: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  sequence: Scalars['Int']['output'];
};

export type AuditRecordCount = {
  __typename?: 'AuditRecordCount';
  count: Scalars['Int']['output'];
  type: Scalars['String']['output'];
};

/** One record an audited operation touched, and what it did with its classified data. */
export type AuditTouchedRecord = {
  __typename?: 'AuditTouchedRecord';
  /** Attributes changed, by field coordinate. */
  changed: Array<Scalars['String']['output']>;
  /** Objects of this record touched (more than one only for records without an id of their own, e.g. revenue periods). */
  count: Scalars['Int']['output'];
  /** The customer the record belongs to. */
  customerId?: Maybe<Scalars['ID']['output']>;
  id?: Maybe<Scalars['ID']['output']>;
  /** Classifications shown, with the decision, e.g. CREDIT:ALLOW, TAX:MASK. */
  read: Array<Scalars['String']['output']>;
  /** The type the values were shown on, e.g. Customer, Invoice, SourceRecord. */
  type: Scalars['String']['output'];
  /** Classifications asked for and withheld. */
  withheld: Array<Scalars['String']['output']>;
};

export type ChangeInput = {
  actor: Scalars['String']['input'];
  at: Scalars['DateTime']['input'];
  /** Unique per change, so that a retried delivery is recorded once. */
  changeId: Scalars['ID']['input'];
  /** The attribute's @sensitive label when it is classified: class, kind of value and mask. */
  classification?: InputMaybe<Scalars['String']['input']>;
  /** The field showing the attribute that changed, e.g. Customer.creditLimit; absent when the attribute is not known. */
  coordinate?: InputMaybe<Scalars['String']['input']>;
  entity: Scalars['String']['input'];
  entityId: Scalars['ID']['input'];
  field: Scalars['String']['input'];
  kind?: InputMaybe<Scalars['String']['input']>;
  mask?: InputMaybe<Scalars['String']['input']>;
  newValue?: InputMaybe<Scalars['String']['input']>;
  oldValue?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The verdict on the customer change log: is every entry where its hash chain and the signed
 * checkpoints say it must be, and every removed entry accounted for by a retention purge's tombstone?
 */
export type ChangeLogChainStatus = {
  __typename?: 'ChangeLogChainStatus';
  checkpointsVerified: Scalars['Int']['output'];
  /** The first entry that is not what the chain says it must be (modified, inserted, or the first after a deletion). */
  firstBrokenEntryId?: Maybe<Scalars['ID']['output']>;
  firstBrokenSequence?: Maybe<Scalars['Int']['output']>;
  intact: Scalars['Boolean']['output'];
  /** Entries and tombstones examined. */
  length: Scalars['Int']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  /** Entries the retention purge removed, whose links remain as tombstones. */
  removed: Scalars['Int']['output'];
};

export type ChangeLogEntry = {
  __typename?: 'ChangeLogEntry';
  /** Who made the change: a user's subject or a source system. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** The kind of record that changed, e.g. Customer. */
  entity: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  newValue?: Maybe<Scalars['String']['output']>;
  /**
   * Old and new values as JSON text; null where the field was empty. A value is a copy of the
   * attribute that changed, governed as the attribute's own field: masked as it would be masked, and
   * null with FORBIDDEN where the field would be denied.
   */
  oldValue?: Maybe<Scalars['String']['output']>;
  reason?: Maybe<Scalars['String']['output']>;
};

/**
 * Raised by the register-expiry job once per agreement (or DPIA), due date and threshold; cleared when
 * the agreement is renewed or terminated, or the DPIA reviewed or retired.
 */
export type ComplianceAlert = {
  __typename?: 'ComplianceAlert';
  clearance?: Maybe<Scalars['String']['output']>;
  clearedAt?: Maybe<Scalars['DateTime']['output']>;
  clearedBy?: Maybe<Scalars['String']['output']>;
  /** The expiry or review date the alert is for. */
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  kind: ComplianceAlertKind;
  raisedAt: Scalars['DateTime']['output'];
  /** The partner or the initiative. */
  subject: Scalars['String']['output'];
  /** The agreement's or DPIA's id. */
  subjectId: Scalars['ID']['output'];
  /** How many days before dueOn it was raised at the latest (REGISTER_EXPIRY_ALERT_DAYS). */
  thresholdDays: Scalars['Int']['output'];
};

export type ComplianceAlertKind =
  /** An active agreement expires within the threshold. */
  | 'AGREEMENT_EXPIRY'
  /** An approved DPIA is due for review within the threshold. */
  | 'DPIA_REVIEW';

/** What one pass of the register-expiry job did. */
export type ComplianceAlertPass = {
  __typename?: 'ComplianceAlertPass';
  asOf: Scalars['Date']['output'];
  open: Scalars['Int']['output'];
  raised: Scalars['Int']['output'];
  thresholdDays: Scalars['Int']['output'];
};

export type Customer = {
  __typename?: 'Customer';
  /** Field changes to this customer, newest first; null, with an error, when the audit service cannot answer. */
  changeHistory?: Maybe<Array<ChangeLogEntry>>;
  id: Scalars['ID']['output'];
};


export type CustomerChangeHistoryArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CustomerChangeConnection = {
  __typename?: 'CustomerChangeConnection';
  edges: Array<CustomerChangeEdge>;
  /** The cursor of the latest change recorded: `after` it, only changes from now on. */
  latestCursor?: Maybe<Scalars['String']['output']>;
  /** endCursor is past every change read for this page, shown or left out: pass it as `after`. */
  pageInfo: PageInfo;
};

export type CustomerChangeEdge = {
  __typename?: 'CustomerChangeEdge';
  cursor: Scalars['String']['output'];
  node: ChangeLogEntry;
};

/** A disagreement between two teams about the value of one field of one record. */
export type Dispute = {
  __typename?: 'Dispute';
  /** The named body at its level, if any. */
  assignedBody?: Maybe<Scalars['String']['output']>;
  /** Who the dispute is assigned to at its level: the field's accountable by the RACI, or a named body. */
  assignedTo: StewardParties;
  /** The disputed field, e.g. Customer.creditLimit. */
  coordinate: Scalars['String']['output'];
  counterpartyTeam: Scalars['String']['output'];
  customerId: Scalars['ID']['output'];
  decision?: Maybe<DisputeDecision>;
  description: Scalars['String']['output'];
  /**
   * The value disputed, as JSON text, as it stood when the dispute was opened. It is a copy of the
   * attribute, governed as the attribute's own field: masked as that field would be masked, and null
   * with FORBIDDEN where the field would be denied.
   */
  disputedValue?: Maybe<Scalars['String']['output']>;
  /** When it escalates unless resolved; null at the last level. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  events: Array<DisputeEvent>;
  id: Scalars['ID']['output'];
  /** The escalation level (policies/escalation.ts), from 1. */
  level: Scalars['Int']['output'];
  openedAt: Scalars['DateTime']['output'];
  openedBy: Scalars['String']['output'];
  raisingTeam: Scalars['String']['output'];
  recordId: Scalars['ID']['output'];
  /** The disputed record: its type, id, and the customer it belongs to. */
  recordType: Scalars['String']['output'];
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<Scalars['String']['output']>;
  /** The change-log entry that carried out the decision, when there is one. */
  resultingChangeId?: Maybe<Scalars['ID']['output']>;
  status: DisputeStatus;
  valueSource: DisputedValueSource;
};

export type DisputeDecision =
  /** The value was changed (resultingChangeId names the change). */
  | 'VALUE_CHANGED'
  /** The value stands as it was. */
  | 'VALUE_KEPT'
  /** The raising team withdrew the dispute. */
  | 'WITHDRAWN';

/** What a pass of the dispute-escalation job did. */
export type DisputeEscalationPass = {
  __typename?: 'DisputeEscalationPass';
  /** Their ids. */
  disputeIds: Array<Scalars['ID']['output']>;
  /** Disputes moved up at least one level. */
  escalated: Scalars['Int']['output'];
};

/** A step in a dispute's life. */
export type DisputeEvent = {
  __typename?: 'DisputeEvent';
  /** Who took the step; job:dispute-escalation for an automatic escalation. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  kind: DisputeEventKind;
  /** The escalation level after the step. */
  level: Scalars['Int']['output'];
  note?: Maybe<Scalars['String']['output']>;
};

export type DisputeEventKind =
  | 'COMMENTED'
  | 'ESCALATED'
  | 'OPENED'
  | 'RESOLVED';

export type DisputeInput = {
  coordinate: Scalars['String']['input'];
  counterpartyTeam: Scalars['String']['input'];
  /** The customer the record belongs to; for a Customer record, its own id (may be left out). */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  raisingTeam: Scalars['String']['input'];
  recordId: Scalars['ID']['input'];
  /** The disputed record's type and id, e.g. Customer and its id, or Invoice and its id. */
  recordType: Scalars['String']['input'];
  /** The disputed value as JSON text, where the server cannot read it from the record itself. */
  value?: InputMaybe<Scalars['String']['input']>;
};

export type DisputeResolutionInput = {
  decision: DisputeDecision;
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
  /** The change-log entry that carried out the decision (VALUE_CHANGED). */
  resultingChangeId?: InputMaybe<Scalars['ID']['input']>;
};

export type DisputeStatus =
  | 'OPEN'
  | 'RESOLVED';

/** Where the disputed value came from: read by the server from the record, given by the opener, or none. */
export type DisputedValueSource =
  | 'CAPTURED'
  | 'GIVEN'
  | 'NONE';

/**
 * A data protection impact assessment of an analytics initiative. A token's purpose is honoured only
 * while an APPROVED DPIA covers it; without one the grant's decision without a purpose applies.
 */
export type Dpia = {
  __typename?: 'Dpia';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** The classifications of the data it processes (PII, PCI, FINANCIAL, CREDIT, TAX, CONFIDENTIAL). */
  dataCategories: Array<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who approved or rejected it (never one who wrote or submitted it), when, and why. */
  decidedBy?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  initiative: Scalars['String']['output'];
  lastReviewedAt?: Maybe<Scalars['DateTime']['output']>;
  lastReviewedBy?: Maybe<Scalars['String']['output']>;
  mitigations: Array<Scalars['String']['output']>;
  /** One of the purposes the policy knows (policies/purposes.ts), e.g. support. */
  purpose: Scalars['String']['output'];
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  retiredBy?: Maybe<Scalars['String']['output']>;
  retirementReason?: Maybe<Scalars['String']['output']>;
  /** When it must be reviewed again; an alert is raised REGISTER_EXPIRY_ALERT_DAYS before. */
  reviewOn: Scalars['Date']['output'];
  risks: Array<Scalars['String']['output']>;
  status: DpiaStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  submittedBy?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['String']['output'];
};

export type DpiaInput = {
  dataCategories: Array<Scalars['String']['input']>;
  initiative: Scalars['String']['input'];
  mitigations: Array<Scalars['String']['input']>;
  purpose: Scalars['String']['input'];
  reviewOn: Scalars['Date']['input'];
  risks: Array<Scalars['String']['input']>;
};

/** Where a DPIA stands: being written, waiting for a second person's decision, approved (its purpose is honoured), rejected, or retired. */
export type DpiaStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'REJECTED'
  | 'RETIRED'
  | 'SUBMITTED';

/** Something that failed, kept until a retry succeeds or an operator dismisses it: nothing is dropped silently. */
export type ExceptionItem = {
  __typename?: 'ExceptionItem';
  /** Failures so far. */
  attempts: Scalars['Int']['output'];
  /** Why it failed, the latest time. */
  error: Scalars['String']['output'];
  firstFailedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastFailedAt: Scalars['DateTime']['output'];
  /** When the next automatic retry is due; null when none is. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where its input can be found (never the input itself). */
  payloadRef?: Maybe<Scalars['String']['output']>;
  /** The failed thing, e.g. the job run whose retries these are. */
  reference: Scalars['ID']['output'];
  /** The retry that resolved it, or why it was dismissed. */
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<Scalars['String']['output']>;
  /** Where it failed: JOB, WEBHOOK (a subscription's deliveries), INGESTION (a source record) or CDC (a change event). */
  source: Scalars['String']['output'];
  status: ExceptionStatus;
  /** What failed there, e.g. the job's name. */
  subject: Scalars['String']['output'];
};

export type ExceptionStatus =
  /** An operator closed it with a reason. */
  | 'DISMISSED'
  /** Failed, and retried by itself until its retries run out; then waiting for an operator. */
  | 'OPEN'
  /** A retry succeeded. */
  | 'RESOLVED';

/**
 * A source record or change event the customer subgraph rejected (it keeps the input itself), or its
 * resolution. Not part of the public API.
 */
export type FailureReportInput = {
  /** Why it failed the latest time, without quoted values. */
  error: Scalars['String']['input'];
  /** When it failed the latest time: a report of a failure already recorded adds no attempt. */
  failedAt: Scalars['DateTime']['input'];
  /** INGESTION:<sourceSystem>/<sourceId> or CDC:<source>/<customerId>/<attribute>/<sequence>. */
  reference: Scalars['ID']['input'];
  resolution?: InputMaybe<Scalars['String']['input']>;
  /** When a later record or event made it good; null while none has. */
  resolvedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** INGESTION or CDC. */
  source: Scalars['String']['input'];
  /** The source system that sent it. */
  subject: Scalars['String']['input'];
};

/** A security incident: one kind of security event about one subject, its repeats counted in. */
export type Incident = {
  __typename?: 'Incident';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy?: Maybe<Scalars['String']['output']>;
  /** The latest report's description. */
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: IncidentKind;
  lastSeenAt: Scalars['DateTime']['output'];
  occurrences: Scalars['Int']['output'];
  openedAt: Scalars['DateTime']['output'];
  playbook: IncidentPlaybook;
  /** The process that reported it first: gateway, or a subgraph's name. */
  reportedBy: Scalars['String']['output'];
  resolution?: Maybe<Scalars['String']['output']>;
  resolvedAt?: Maybe<Scalars['DateTime']['output']>;
  resolvedBy?: Maybe<Scalars['String']['output']>;
  severity: IncidentSeverity;
  status: IncidentStatus;
  /** Whom or what it is about: principal:<sub>, service:<name> or event:<id>; never a classified value. */
  subject: Scalars['String']['output'];
  timeline: Array<IncidentTimelineEntry>;
};

export type IncidentEntryKind =
  | 'ACKNOWLEDGED'
  /** The incident webhook did not accept it; the note says whether and when it is tried again. */
  | 'NOTIFICATION_FAILED'
  /** The incident webhook accepted the incident's state. */
  | 'NOTIFIED'
  /** More occurrences of the same kind and subject within the dedupe window. */
  | 'OCCURRED'
  | 'OPENED'
  | 'RESOLVED';

export type IncidentKind =
  /** Verifying the audit trail found its chain broken. */
  | 'AUDIT_CHAIN_FAILURE'
  /** A principal read many sensitive records in one operation or within a window (the bulk export monitor). */
  | 'BULK_EXPORT'
  /** A subgraph refused a request without a valid internal token: a caller bypassing the gateway. */
  | 'FORGED_INTERNAL_REQUEST'
  /** A principal was refused (FORBIDDEN) many times within a window at a gateway. */
  | 'REPEATED_DENIALS';

/** What the responder follows for an incident of this kind. */
export type IncidentPlaybook = {
  __typename?: 'IncidentPlaybook';
  id: Scalars['ID']['output'];
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type IncidentSeverity =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type IncidentStatus =
  /** A responder has taken it. */
  | 'ACKNOWLEDGED'
  /** Opened, nobody has taken it yet. */
  | 'OPEN'
  /** Closed with how it was resolved; the same event again opens a new incident. */
  | 'RESOLVED';

/** A step in an incident's life, in order. */
export type IncidentTimelineEntry = {
  __typename?: 'IncidentTimelineEntry';
  /** Who acted: a person, the reporting process, or incident-webhook. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  kind: IncidentEntryKind;
  note?: Maybe<Scalars['String']['output']>;
  /** Occurrences the step added (the opening report and repeats). */
  occurrences: Scalars['Int']['output'];
  position: Scalars['Int']['output'];
};

/** A job Custos runs by itself (lib/jobs/catalogue.ts), as the gateways' runners registered it. */
export type Job = {
  __typename?: 'Job';
  description: Scalars['String']['output'];
  name: Scalars['ID']['output'];
  /** When its schedule next comes due; null when the job is off. */
  nextRunAt?: Maybe<Scalars['DateTime']['output']>;
  /** Its runs, newest first. */
  runs: Array<JobRun>;
  /** The roles the job runs as. Its operations go through the policy and are audited as job:<name>. */
  runsAs: Array<Scalars['String']['output']>;
  /** Cron pattern in UTC; null while this deployment has the job turned off (JOB_SCHEDULES). */
  schedule?: Maybe<Scalars['String']['output']>;
};


/** A job Custos runs by itself (lib/jobs/catalogue.ts), as the gateways' runners registered it. */
export type JobRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type JobClaimInput = {
  due: Array<JobSlotInput>;
  jobs: Array<Scalars['String']['input']>;
  leaseMs: Scalars['Int']['input'];
  runner: Scalars['String']['input'];
};

export type JobCursor = {
  __typename?: 'JobCursor';
  name: Scalars['String']['output'];
  /** Slots after this instant are due. */
  since: Scalars['DateTime']['output'];
};

export type JobRegistrationInput = {
  description: Scalars['String']['input'];
  name: Scalars['String']['input'];
  runsAs: Array<Scalars['String']['input']>;
  schedule?: InputMaybe<Scalars['String']['input']>;
};

export type JobRun = {
  __typename?: 'JobRun';
  /** How many times a runner started it: more than once when a runner stopped answering. */
  attempt: Scalars['Int']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  job: Scalars['String']['output'];
  /** A retry waits for its backoff until then. */
  notBefore?: Maybe<Scalars['DateTime']['output']>;
  /** What the run did, or why it failed. */
  outcome?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked for a manual run. */
  requestedBy?: Maybe<Scalars['String']['output']>;
  /** For a retry: the failed run it retries (the exception item's reference). */
  retryOf?: Maybe<Scalars['ID']['output']>;
  /** The schedule slot the run is for; null for a manual run. */
  scheduledFor?: Maybe<Scalars['DateTime']['output']>;
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  status: JobRunStatus;
  trigger: JobTrigger;
};

export type JobRunStatus =
  | 'FAILED'
  /** Waiting for a runner. */
  | 'QUEUED'
  /** Held by a runner under a lease it renews; a run whose lease runs out is taken over by another runner. */
  | 'RUNNING'
  | 'SUCCEEDED';

export type JobSlotInput = {
  job: Scalars['String']['input'];
  slot: Scalars['DateTime']['input'];
};

export type JobTrigger =
  | 'MANUAL'
  /** A retry of a failed run, by itself after a backoff or asked for by an operator (retryException). */
  | 'RETRY'
  | 'SCHEDULE';

/**
 * Records kept for a matter whatever their retention says: the retention purge holds them back and
 * destructive changes (unmerge, synthetic purges) are refused with LEGAL_HOLD. Each part of the scope
 * narrows it (empty or null: any); at least one is given.
 */
export type LegalHold = {
  __typename?: 'LegalHold';
  customerIds: Array<Scalars['ID']['output']>;
  description: Scalars['String']['output'];
  /** First and last day of the records' dates it covers, inclusive. */
  from?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  matter: Scalars['String']['output'];
  placedAt: Scalars['DateTime']['output'];
  placedBy: Scalars['String']['output'];
  recordClasses: Array<RecordClass>;
  releaseReason?: Maybe<Scalars['String']['output']>;
  releasedAt?: Maybe<Scalars['DateTime']['output']>;
  releasedBy?: Maybe<Scalars['String']['output']>;
  status: LegalHoldStatus;
  to?: Maybe<Scalars['Date']['output']>;
};

export type LegalHoldInput = {
  customerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description: Scalars['String']['input'];
  from?: InputMaybe<Scalars['Date']['input']>;
  /** The matter, e.g. a case number (1 to 200 characters). */
  matter: Scalars['String']['input'];
  recordClasses?: InputMaybe<Array<RecordClass>>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A legal hold's scope, as the audit subgraph tells another subgraph. Not part of the public API. */
export type LegalHoldScope = {
  __typename?: 'LegalHoldScope';
  id: Scalars['ID']['output'];
  matter: Scalars['String']['output'];
};

export type LegalHoldStatus =
  | 'ACTIVE'
  | 'RELEASED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Takes an open incident (admin), with an optional note. */
  acknowledgeIncident: Incident;
  /** Appends events to the audit trail (the gateway before it answers, a service reporting a refused call); the trail assigns time and sequence; resolves once they are committed. */
  appendAuditEvents: Array<AuditReceipt>;
  /** Approves a SUBMITTED DPIA: from now on the gateway honours its purpose. */
  approveDpia: Dpia;
  /** Approves a proposed RACI entry: the accountable of its domain, or an admin, never its proposer. */
  approveStewardship: StewardshipAssignment;
  /** A gateway runner turning due slots into runs and taking the runs that wait for one. Not part of the public API. */
  claimJobRuns: Array<JobRun>;
  /** A gateway's dispatcher taking the subscriptions with changes due, under a lease. Not part of the public API. */
  claimWebhookDeliveries: Array<WebhookDelivery>;
  /** Adds a note to an open dispute's timeline. */
  commentOnDispute: Dispute;
  /** Writes a DPIA as a DRAFT. */
  createDpia: Dpia;
  createProcessingAgreement: ProcessingAgreement;
  /** Subscribes a receiver to customer changes from now on; answers the signing secret, once. */
  createWebhookSubscription: NewWebhookSubscription;
  /** Ends one of your webhook subscriptions; changes are no longer sent to it. */
  deleteWebhookSubscription: WebhookSubscription;
  /** Closes a failed item that will not be retried, with why (admin). */
  dismissException: ExceptionItem;
  /** Escalates every open dispute whose level's time has passed as of asOf (default now, never later); the dispute-escalation job's. */
  escalateDueDisputes: DisputeEscalationPass;
  /** Opens the access review of a quarter that has begun, e.g. 2026-Q3 (the access-review job opens the one just ended); opening it again changes nothing. */
  openAccessReview: AccessReview;
  /** Opens a dispute; the server captures the disputed value where it can read the record. */
  openDispute: Dispute;
  /** Places a legal hold (admin, auditor). */
  placeLegalHold: LegalHold;
  /** Proposes a change to the RACI of a data domain or attribute; in force once another person approves it. */
  proposeStewardship: StewardshipAssignment;
  /** Raises the alerts due as of asOf (default today); the register-expiry job runs it daily. */
  raiseComplianceAlerts: ComplianceAlertPass;
  /** Records a reviewer's decision on a principal in a quarter's review (opening the review if needed); nobody reviews themself, and a decision is final. */
  recordAccessReviewDecision: AccessReviewDecision;
  /** Records field changes reported by the customer subgraph; idempotent on changeId. Not part of the public API. */
  recordChanges: Scalars['Int']['output'];
  /** Loads the role assignments the identity provider's export grants now (IDENTITY_ASSIGNMENTS_FILE); a malformed export is refused whole and changes nothing. */
  refreshRoleAssignments: RoleAssignmentRefresh;
  /** A gateway runner starting: its jobs as it will run them, answered with where each job's due slots start. Not part of the public API. */
  registerJobs: Array<JobCursor>;
  /** Rejects a SUBMITTED DPIA, with why. */
  rejectDpia: Dpia;
  /** Rejects a proposed RACI entry, with why (as approveStewardship). */
  rejectStewardship: StewardshipAssignment;
  /** Releases an active legal hold, with why (admin, auditor); the next purge may remove what it kept. */
  releaseLegalHold: LegalHold;
  /** A gateway runner extending the leases of the runs it works on; answers those it still holds. Not part of the public API. */
  renewJobRuns: Array<Scalars['ID']['output']>;
  /**
   * The customer subgraph reporting rejected source records and change events (source INGESTION or
   * CDC) and their resolutions; idempotent on each report's failedAt. Not part of the public API.
   */
  reportFailures: Scalars['Int']['output'];
  /** A gateway or subgraph reporting security events; answers how many were recorded. Not part of the public API. */
  reportSecurityEvent: Scalars['Int']['output'];
  /** Resolves an open dispute: its assignees at its level, or an admin. */
  resolveDispute: Dispute;
  /** Closes an incident with how it was resolved (admin). */
  resolveIncident: Incident;
  /** Retires a DPIA, with why: its purpose is no longer honoured unless another approved DPIA covers it. */
  retireDpia: Dpia;
  /** Retries a failed item of the exception queue now (admin): for a job, a run of it that resolves the item when it succeeds. */
  retryException: ExceptionItem;
  /** Records that an APPROVED DPIA still holds, and when it is to be reviewed next; clears its review alert. */
  reviewDpia: Dpia;
  /** Ends anyone's webhook subscription, with why (an operator's: its owner left, or the receiver misbehaves). */
  revokeWebhookSubscription: WebhookSubscription;
  /** Queues a run of a job now, for the next gateway runner that looks (JOB_POLL_MS); poll jobRuns for its outcome. */
  runJobNow: JobRun;
  /**
   * Runs the retention purge (admin): every record class, removing what is past retention and not
   * under a legal hold, in a transaction per subgraph. A dry run (the default) removes nothing and may
   * judge retention as of another day (asOf) to preview; a real run judges as of today.
   */
  runRetentionPurge: RetentionPurgeRun;
  /**
   * A gateway runner recording how a run ended; a failed run goes to the exception queue and, with
   * retryBaseMs, is retried after that long (doubled each time). Not part of the public API.
   */
  settleJobRun: Scalars['Boolean']['output'];
  /**
   * A gateway's dispatcher recording a delivery: delivered through a cursor, or failed with why, to be
   * tried again after retryBaseMs (doubled after each failure in a row). Not part of the public API.
   */
  settleWebhookDelivery: Scalars['Boolean']['output'];
  /** Submits a DRAFT for a decision by someone who neither wrote nor submitted it. */
  submitDpia: Dpia;
  terminateProcessingAgreement: ProcessingAgreement;
  /** Rewrites a DRAFT or REJECTED DPIA, which becomes a DRAFT again. */
  updateDpia: Dpia;
  /** Changes an active agreement; a later expiry (a renewal) clears its expiry alert. */
  updateProcessingAgreement: ProcessingAgreement;
};


export type MutationAcknowledgeIncidentArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationAppendAuditEventsArgs = {
  events: Array<AuditEventInput>;
};


export type MutationApproveDpiaArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationApproveStewardshipArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationClaimJobRunsArgs = {
  claim: JobClaimInput;
};


export type MutationClaimWebhookDeliveriesArgs = {
  leaseMs: Scalars['Int']['input'];
  max: Scalars['Int']['input'];
  runner: Scalars['String']['input'];
};


export type MutationCommentOnDisputeArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationCreateDpiaArgs = {
  input: DpiaInput;
};


export type MutationCreateProcessingAgreementArgs = {
  input: ProcessingAgreementInput;
};


export type MutationCreateWebhookSubscriptionArgs = {
  input: WebhookSubscriptionInput;
};


export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDismissExceptionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationEscalateDueDisputesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
};


export type MutationOpenAccessReviewArgs = {
  period: Scalars['String']['input'];
};


export type MutationOpenDisputeArgs = {
  input: DisputeInput;
};


export type MutationPlaceLegalHoldArgs = {
  input: LegalHoldInput;
};


export type MutationProposeStewardshipArgs = {
  input: StewardshipProposalInput;
};


export type MutationRaiseComplianceAlertsArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
};


export type MutationRecordAccessReviewDecisionArgs = {
  decision: AccessReviewVerdict;
  note?: InputMaybe<Scalars['String']['input']>;
  period: Scalars['String']['input'];
  principal: Scalars['String']['input'];
};


export type MutationRecordChangesArgs = {
  changes: Array<ChangeInput>;
};


export type MutationRegisterJobsArgs = {
  jobs: Array<JobRegistrationInput>;
};


export type MutationRejectDpiaArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectStewardshipArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationReleaseLegalHoldArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRenewJobRunsArgs = {
  leaseMs: Scalars['Int']['input'];
  runIds: Array<Scalars['ID']['input']>;
  runner: Scalars['String']['input'];
};


export type MutationReportFailuresArgs = {
  reports: Array<FailureReportInput>;
};


export type MutationReportSecurityEventArgs = {
  events: Array<SecurityEventInput>;
};


export type MutationResolveDisputeArgs = {
  input: DisputeResolutionInput;
};


export type MutationResolveIncidentArgs = {
  id: Scalars['ID']['input'];
  note: Scalars['String']['input'];
};


export type MutationRetireDpiaArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRetryExceptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReviewDpiaArgs = {
  id: Scalars['ID']['input'];
  nextReviewOn: Scalars['Date']['input'];
  note: Scalars['String']['input'];
};


export type MutationRevokeWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRunJobNowArgs = {
  job: Scalars['String']['input'];
};


export type MutationRunRetentionPurgeArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSettleJobRunArgs = {
  outcome: Scalars['String']['input'];
  retryBaseMs?: InputMaybe<Scalars['Int']['input']>;
  runId: Scalars['ID']['input'];
  runner: Scalars['String']['input'];
  succeeded: Scalars['Boolean']['input'];
};


export type MutationSettleWebhookDeliveryArgs = {
  deliveredThrough?: InputMaybe<Scalars['String']['input']>;
  error?: InputMaybe<Scalars['String']['input']>;
  retryBaseMs: Scalars['Int']['input'];
  runner: Scalars['String']['input'];
  subscriptionId: Scalars['ID']['input'];
};


export type MutationSubmitDpiaArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTerminateProcessingAgreementArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateDpiaArgs = {
  id: Scalars['ID']['input'];
  input: DpiaInput;
};


export type MutationUpdateProcessingAgreementArgs = {
  id: Scalars['ID']['input'];
  input: ProcessingAgreementInput;
};

export type NewWebhookSubscription = {
  __typename?: 'NewWebhookSubscription';
  /** The signing secret (whsec_...), to verify webhook-signature with. Shown once: keep it. */
  secret: Scalars['String']['output'];
  subscription: WebhookSubscription;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A data processing agreement or SaaS vendor contract with a third party. */
export type ProcessingAgreement = {
  __typename?: 'ProcessingAgreement';
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  /** The classifications of the data the partner receives. */
  dataCategories: Array<Scalars['String']['output']>;
  /** Days from today until it expires; negative once expired. */
  expiresInDays: Scalars['Int']['output'];
  expiresOn: Scalars['Date']['output'];
  exportClause: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kind: ProcessingAgreementKind;
  /** Who answers for it (a person or team). */
  owner: Scalars['String']['output'];
  partner: Scalars['String']['output'];
  /** The regions (as the policy names them, e.g. EU, US) where the partner processes or stores the data. */
  regions: Array<Scalars['String']['output']>;
  retentionClause: Scalars['String']['output'];
  startsOn: Scalars['Date']['output'];
  status: ProcessingAgreementStatus;
  terminatedAt?: Maybe<Scalars['DateTime']['output']>;
  terminatedBy?: Maybe<Scalars['String']['output']>;
  terminationReason?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: Scalars['String']['output'];
};

export type ProcessingAgreementInput = {
  dataCategories: Array<Scalars['String']['input']>;
  expiresOn: Scalars['Date']['input'];
  exportClause: Scalars['String']['input'];
  kind: ProcessingAgreementKind;
  owner: Scalars['String']['input'];
  partner: Scalars['String']['input'];
  regions: Array<Scalars['String']['input']>;
  retentionClause: Scalars['String']['input'];
  startsOn: Scalars['Date']['input'];
};

export type ProcessingAgreementKind =
  /** A data processing agreement with a processor of personal data. */
  | 'DPA'
  /** A SaaS vendor contract. */
  | 'SAAS_CONTRACT';

export type ProcessingAgreementStatus =
  | 'ACTIVE'
  | 'TERMINATED';

/** A purpose the policy knows, who its grants depend on it, and the approved DPIA that lets the gateway honour it. */
export type PurposeCoverage = {
  __typename?: 'PurposeCoverage';
  approvedDpia?: Maybe<Dpia>;
  description: Scalars['String']['output'];
  /** The grants that depend on it, as role / classification. */
  grants: Array<Scalars['String']['output']>;
  purpose: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The access review of a quarter that has begun, e.g. 2026-Q3, as it stands (whether or not it was opened). */
  accessReview: AccessReview;
  /** The access reviews opened, newest quarter first, with their status and whether they are overdue. */
  accessReviews: Array<AccessReview>;
  /** Every live webhook subscription, whoever made it: for operators and auditors to review what reads the feed. */
  allWebhookSubscriptions: Array<WebhookSubscription>;
  /** The purposes an APPROVED DPIA covers, for the gateway's purpose gating. Not part of the public API. */
  approvedPurposes: Array<Scalars['String']['output']>;
  /** Verifies the whole chain and its signed checkpoints. */
  auditChain: AuditChainStatus;
  /** The audit trail, oldest first. Reading it is itself audited. */
  auditEvents: AuditEventConnection;
  /** Verifies the customer change log's hash chain, its signed checkpoints and the tombstones of entries the retention purge removed. */
  changeLogChain: ChangeLogChainStatus;
  /** Alerts of expiring agreements and DPIAs due for review, latest first; open ones only unless open is false. */
  complianceAlerts: Array<ComplianceAlert>;
  /** The cursor of the latest customer change, for the gateways' SSE streams to know when to read. Not part of the public API. */
  customerChangeHead?: Maybe<Scalars['String']['output']>;
  /**
   * Changes to customers, in the order they were recorded (credit limit and hold, payment terms,
   * addresses, merges and every other field), for systems that keep in sync: pass pageInfo.endCursor
   * as `after` for the changes since. Each value is governed as its field, and changes of customers
   * outside the caller's regions are left out. The SSE stream (/events/customer-changes) and the
   * webhooks read this.
   */
  customerChanges: CustomerChangeConnection;
  dispute?: Maybe<Dispute>;
  /** Disputes, newest first; by status and customer when given. */
  disputes: Array<Dispute>;
  /** DPIAs, newest first. */
  dpias: Array<Dpia>;
  /** The references of open INGESTION and CDC items whose next retry is due, for the customer subgraph to retry. Not part of the public API. */
  dueFailures: Array<Scalars['String']['output']>;
  /** The exception queue, latest failure first. */
  exceptions: Array<ExceptionItem>;
  /** One incident with its timeline. */
  incident?: Maybe<Incident>;
  /** Security incidents, most recently seen first; by status and kind when given. */
  incidents: Array<Incident>;
  /** Runs of one job or of all, newest first. */
  jobRuns: Array<JobRun>;
  /** The jobs Custos runs by itself, with when each comes due next. */
  jobs: Array<Job>;
  /** Legal holds, newest first; by status when given. */
  legalHolds: Array<LegalHold>;
  /**
   * The active holds that may cover records of these customers in these classes, dated from `from` to
   * `to` (any date when not given): what a destructive change must not touch. Not part of the public API.
   */
  legalHoldsCovering: Array<LegalHoldScope>;
  /** Data processing agreements and vendor contracts, soonest expiry first. */
  processingAgreements: Array<ProcessingAgreement>;
  /** Every purpose the policy knows, with the grants that depend on it and whether an approved DPIA covers it. */
  purposeCoverage: Array<PurposeCoverage>;
  /** Runs of the retention purge with their reports, newest first. */
  retentionPurgeRuns: Array<RetentionPurgeRun>;
  /** The retention schedule: every rule, and each class's default (filter by class). */
  retentionRules: Array<RetentionRule>;
  /** Role assignments from the identity provider, with their history, latest first; `current` only those held now. */
  roleAssignments: Array<RoleAssignment>;
  /** The RACI in force for an attribute (by its field coordinate): its own entry, or its domain's. */
  stewardship: Stewardship;
  /** RACI entries with their history, newest first; of one subject (domain:<name> or a coordinate) or status when given. */
  stewardshipAssignments: Array<StewardshipAssignment>;
  /** Whom decisions on an attribute are routed to, for another Custos service. Not part of the public API. */
  stewardshipRoute: Stewardship;
  /** Your webhook subscriptions to customer changes. */
  webhookSubscriptions: Array<WebhookSubscription>;
};


export type QueryAccessReviewArgs = {
  period: Scalars['String']['input'];
};


export type QueryAccessReviewsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryComplianceAlertsArgs = {
  kind?: InputMaybe<ComplianceAlertKind>;
  open?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryCustomerChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDisputeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDisputesArgs = {
  customerId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DisputeStatus>;
};


export type QueryDpiasArgs = {
  purpose?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<DpiaStatus>;
};


export type QueryDueFailuresArgs = {
  first: Scalars['Int']['input'];
};


export type QueryExceptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ExceptionStatus>;
};


export type QueryIncidentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryIncidentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<IncidentKind>;
  status?: InputMaybe<IncidentStatus>;
};


export type QueryJobRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  job?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<JobRunStatus>;
};


export type QueryLegalHoldsArgs = {
  status?: InputMaybe<LegalHoldStatus>;
};


export type QueryLegalHoldsCoveringArgs = {
  customerIds: Array<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['Date']['input']>;
  recordClasses: Array<RecordClass>;
  to?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryProcessingAgreementsArgs = {
  expiringWithinDays?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ProcessingAgreementKind>;
  status?: InputMaybe<ProcessingAgreementStatus>;
};


export type QueryRetentionPurgeRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRetentionRulesArgs = {
  recordClass?: InputMaybe<RecordClass>;
};


export type QueryRoleAssignmentsArgs = {
  current?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  principal?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStewardshipArgs = {
  coordinate: Scalars['String']['input'];
};


export type QueryStewardshipAssignmentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<StewardshipStatus>;
  subject?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStewardshipRouteArgs = {
  coordinate: Scalars['String']['input'];
};

/** A class of records the retention schedule covers. */
export type RecordClass =
  /** The change log of customer master data (audit), dated by the change. */
  | 'CUSTOMER_CHANGE_LOG'
  /** Invoices with their payments and write-offs (contract), dated by issue date. */
  | 'INVOICE_HISTORY'
  /** Source records and their payloads as received (customer), dated by arrival. */
  | 'SOURCE_RECORD';

/** A legal hold that held back records of a purge report line. */
export type RetentionHeldBack = {
  __typename?: 'RetentionHeldBack';
  holdId: Scalars['ID']['output'];
  matter: Scalars['String']['output'];
  records: Scalars['Int']['output'];
};

/** What the purge found past retention in one class and jurisdiction. */
export type RetentionPurgeLine = {
  __typename?: 'RetentionPurgeLine';
  /** RULE: the jurisdiction's own rule; DEFAULT: the class's default. */
  by: Scalars['String']['output'];
  /** Records past retention. */
  expired: Scalars['Int']['output'];
  /** The first ids removed (or to be), oldest first. */
  firstIds: Array<Scalars['ID']['output']>;
  heldBack: Array<RetentionHeldBack>;
  /** The customer's billing country, or DEFAULT where it is not known. */
  jurisdiction: Scalars['String']['output'];
  /** The latest last day of retention among them. */
  latestKeptUntil: Scalars['Date']['output'];
  recordClass: RecordClass;
  /** Of those, removed (in a dry run: would be removed). */
  removed: Scalars['Int']['output'];
  /** The rule applied and its basis. */
  rule: Scalars['String']['output'];
};

/** A run of the retention purge and its report. */
export type RetentionPurgeRun = {
  __typename?: 'RetentionPurgeRun';
  /** The day retention was judged on. */
  asOf: Scalars['Date']['output'];
  /** A dry run removed nothing; its report says what a real run would remove. */
  dryRun: Scalars['Boolean']['output'];
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  heldBack: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lines: Array<RetentionPurgeLine>;
  removed: Scalars['Int']['output'];
  startedAt: Scalars['DateTime']['output'];
  startedBy: Scalars['String']['output'];
  /** REMOVING while a real run removes, COMPLETED when done (a dry run at once), FAILED when a removal failed. */
  status: RetentionPurgeStatus;
};

export type RetentionPurgeStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'REMOVING';

/** How long a class of records is kept in a jurisdiction, and why. */
export type RetentionRule = {
  __typename?: 'RetentionRule';
  /** The law or decision the period comes from. */
  basis: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country of the customer's billing address; null for the class's default, which covers every other country. */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  recordClass: RecordClass;
  runsFrom: RetentionStart;
  years: Scalars['Int']['output'];
};

/** END_OF_YEAR: the period runs from the end of the calendar year of the record's date; RECORD_DATE: from the date itself. */
export type RetentionStart =
  | 'END_OF_YEAR'
  | 'RECORD_DATE';

/** A principal holding a Custos role, as the identity provider's exports showed it: from the refresh that first saw it until the one that no longer did. */
export type RoleAssignment = {
  __typename?: 'RoleAssignment';
  /** As the directory named the principal when the assignment began. */
  displayName?: Maybe<Scalars['String']['output']>;
  heldFrom: Scalars['DateTime']['output'];
  /** Null while it holds. */
  heldUntil?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The subject the principal's tokens carry. */
  principal: Scalars['String']['output'];
  role: Scalars['String']['output'];
  /** The export that first showed it, e.g. file-drop:assignments.json. */
  source: Scalars['String']['output'];
};

/** What a refresh of the role assignments loaded. */
export type RoleAssignmentRefresh = {
  __typename?: 'RoleAssignmentRefresh';
  activeUsers: Scalars['Int']['output'];
  /** Assignments that began with this refresh. */
  began: Scalars['Int']['output'];
  /** Assignments that ended with it. */
  ended: Scalars['Int']['output'];
  /** Assignments held now. */
  held: Scalars['Int']['output'];
  source: Scalars['String']['output'];
  users: Scalars['Int']['output'];
};

/** Security events of one kind and subject, counted together by the reporter. Not part of the public API. */
export type SecurityEventInput = {
  detail: Scalars['String']['input'];
  firstAt: Scalars['DateTime']['input'];
  kind: IncidentKind;
  lastAt: Scalars['DateTime']['input'];
  occurrences: Scalars['Int']['input'];
  subject: Scalars['String']['input'];
};

/** Teams and people (by their principal's sub) holding one RACI role. */
export type StewardParties = {
  __typename?: 'StewardParties';
  people: Array<Scalars['String']['output']>;
  teams: Array<Scalars['String']['output']>;
};

export type StewardPartiesInput = {
  /** People by their principal's sub. */
  people?: Array<Scalars['String']['input']>;
  /** Teams as policies/dataDomains.ts names them, e.g. pricing-governance. */
  teams?: Array<Scalars['String']['input']>;
};

/**
 * Who owns an attribute, by the coordinate of the field showing it: the RACI in force for it. Teams
 * and people (by their principal's sub) are lists of their own, so that showing owners on every
 * lineage row of every customer stays cheap.
 */
export type Stewardship = {
  __typename?: 'Stewardship';
  accountablePeople: Array<Scalars['String']['output']>;
  accountableTeams: Array<Scalars['String']['output']>;
  /** The RACI entry in force that says so; null when nobody owns it yet. */
  assignment?: Maybe<StewardshipAssignment>;
  consultedPeople: Array<Scalars['String']['output']>;
  consultedTeams: Array<Scalars['String']['output']>;
  /** The field showing the attribute, e.g. Customer.creditLimit. */
  coordinate: Scalars['String']['output'];
  /** The data domain it belongs to, e.g. credit; null when it belongs to none. */
  domain?: Maybe<Scalars['String']['output']>;
  informedPeople: Array<Scalars['String']['output']>;
  informedTeams: Array<Scalars['String']['output']>;
  responsiblePeople: Array<Scalars['String']['output']>;
  responsibleTeams: Array<Scalars['String']['output']>;
  source: StewardshipSource;
};

/**
 * One version of the RACI of a data domain or an attribute: proposed by a steward, approved or
 * rejected by another person (the domain's accountable, or an admin). The approved version decided
 * last is in force; the others are its history.
 */
export type StewardshipAssignment = {
  __typename?: 'StewardshipAssignment';
  accountable: StewardParties;
  consulted: StewardParties;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<Scalars['String']['output']>;
  decisionNote?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  informed: StewardParties;
  proposedAt: Scalars['DateTime']['output'];
  proposedBy: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  responsible: StewardParties;
  status: StewardshipStatus;
  /** domain:<name> for a data domain, or an attribute's coordinate. */
  subject: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A change to the RACI of a data domain or of one attribute: give exactly one of domain or coordinate. */
export type StewardshipProposalInput = {
  accountable: StewardPartiesInput;
  consulted: StewardPartiesInput;
  coordinate?: InputMaybe<Scalars['String']['input']>;
  domain?: InputMaybe<Scalars['String']['input']>;
  informed: StewardPartiesInput;
  reason: Scalars['String']['input'];
  responsible: StewardPartiesInput;
};

/** Whether an attribute has a RACI entry of its own, inherits its domain's, or has no owner yet. */
export type StewardshipSource =
  | 'ATTRIBUTE'
  | 'DOMAIN'
  | 'NONE';

export type StewardshipStatus =
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED';

/** A batch of customer changes a gateway's dispatcher is to deliver. Not part of the public API. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** The changes after this cursor are due. */
  after: Scalars['String']['output'];
  regions: Array<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
  subscriptionId: Scalars['ID']['output'];
  url: Scalars['String']['output'];
};

/**
 * A receiver of customer changes over signed webhooks (Standard Webhooks: webhook-id,
 * webhook-timestamp and webhook-signature headers). It reads the changes as its own principal,
 * webhook:<id>, with the roles and regions its owner gave it (never more than the owner holds), so
 * what it receives is governed and audited as the owner's own reads are.
 */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  createdAt: Scalars['DateTime']['output'];
  /** The cursor of the last change it received (as customerChanges' cursors). */
  deliveredThrough: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** Deliveries failed in a row; from the third, each failure is kept in the exception queue. */
  failures: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  lastDeliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the latest delivery failed: an HTTP status or a connection error, never what the receiver answered. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** No delivery is tried before then (the backoff after failures). */
  nextAttemptAt: Scalars['DateTime']['output'];
  /** Who made it. */
  owner: Scalars['String']['output'];
  regions: Array<Scalars['String']['output']>;
  roles: Array<Scalars['String']['output']>;
  url: Scalars['String']['output'];
};

export type WebhookSubscriptionInput = {
  description: Scalars['String']['input'];
  /** The regions it reads; by default all of yours. Each must be one of yours. */
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The roles it reads as; by default all of yours. Each must be one of yours. */
  roles?: InputMaybe<Array<Scalars['String']['input']>>;
  /** https (http only outside production); no user or password in it. */
  url: Scalars['String']['input'];
};



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
  Stewardship: Stewardship;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  Stewardship:
    ( { __typename: 'Stewardship' }
    & GraphQLRecursivePick<FederationTypes['Stewardship'], {"coordinate":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AccessReview: ResolverTypeWrapper<AccessReviewViewModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AccessReviewDecision: ResolverTypeWrapper<AccessReviewDecisionModel>;
  AccessReviewMutationCount: ResolverTypeWrapper<AccessReviewMutationCount>;
  AccessReviewPrincipal: ResolverTypeWrapper<Omit<AccessReviewPrincipal, 'decision'> & { decision?: Maybe<ResolversTypes['AccessReviewDecision']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AccessReviewStatus: AccessReviewStatus;
  AccessReviewVerdict: AccessReviewVerdict;
  AuditChainStatus: ResolverTypeWrapper<AuditChainStatus>;
  AuditCoordinate: ResolverTypeWrapper<AuditCoordinate>;
  AuditEvent: ResolverTypeWrapper<AuditEvent>;
  AuditEventConnection: ResolverTypeWrapper<AuditEventConnection>;
  AuditEventEdge: ResolverTypeWrapper<AuditEventEdge>;
  AuditEventFilter: AuditEventFilter;
  AuditEventInput: AuditEventInput;
  AuditEventKind: AuditEventKind;
  AuditLookup: ResolverTypeWrapper<AuditLookup>;
  AuditOriginInput: AuditOriginInput;
  AuditOutcome: AuditOutcome;
  AuditPrincipal: ResolverTypeWrapper<AuditPrincipal>;
  AuditReceipt: ResolverTypeWrapper<AuditReceipt>;
  AuditRecordCount: ResolverTypeWrapper<AuditRecordCount>;
  AuditTouchedRecord: ResolverTypeWrapper<AuditTouchedRecord>;
  ChangeInput: ChangeInput;
  ChangeLogChainStatus: ResolverTypeWrapper<ChangeLogChainStatus>;
  ChangeLogEntry: ResolverTypeWrapper<ChangeLogEntryParentModel>;
  ComplianceAlert: ResolverTypeWrapper<ComplianceAlertModel>;
  ComplianceAlertKind: ComplianceAlertKind;
  ComplianceAlertPass: ResolverTypeWrapper<ComplianceAlertPass>;
  Customer: ResolverTypeWrapper<GovernedCustomerModel>;
  CustomerChangeConnection: ResolverTypeWrapper<Omit<CustomerChangeConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerChangeEdge']> }>;
  CustomerChangeEdge: ResolverTypeWrapper<Omit<CustomerChangeEdge, 'node'> & { node: ResolversTypes['ChangeLogEntry'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Dispute: ResolverTypeWrapper<DisputeModel>;
  DisputeDecision: DisputeDecision;
  DisputeEscalationPass: ResolverTypeWrapper<DisputeEscalationPass>;
  DisputeEvent: ResolverTypeWrapper<DisputeEventModel>;
  DisputeEventKind: DisputeEventKind;
  DisputeInput: DisputeInput;
  DisputeResolutionInput: DisputeResolutionInput;
  DisputeStatus: DisputeStatus;
  DisputedValueSource: DisputedValueSource;
  Dpia: ResolverTypeWrapper<DpiaModel>;
  DpiaInput: DpiaInput;
  DpiaStatus: DpiaStatus;
  ExceptionItem: ResolverTypeWrapper<ExceptionItemModel>;
  ExceptionStatus: ExceptionStatus;
  FailureReportInput: FailureReportInput;
  Incident: ResolverTypeWrapper<SecurityIncidentModel>;
  IncidentEntryKind: IncidentEntryKind;
  IncidentKind: IncidentKind;
  IncidentPlaybook: ResolverTypeWrapper<IncidentPlaybook>;
  IncidentSeverity: IncidentSeverity;
  IncidentStatus: IncidentStatus;
  IncidentTimelineEntry: ResolverTypeWrapper<SecurityIncidentEntryModel>;
  Job: ResolverTypeWrapper<ScheduledJobModel>;
  JobClaimInput: JobClaimInput;
  JobCursor: ResolverTypeWrapper<JobCursor>;
  JobRegistrationInput: JobRegistrationInput;
  JobRun: ResolverTypeWrapper<JobRunModel>;
  JobRunStatus: JobRunStatus;
  JobSlotInput: JobSlotInput;
  JobTrigger: JobTrigger;
  LegalHold: ResolverTypeWrapper<LegalHoldModel>;
  LegalHoldInput: LegalHoldInput;
  LegalHoldScope: ResolverTypeWrapper<LegalHoldScope>;
  LegalHoldStatus: LegalHoldStatus;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewWebhookSubscription: ResolverTypeWrapper<NewWebhookSubscription>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ProcessingAgreement: ResolverTypeWrapper<ProcessingAgreementModel>;
  ProcessingAgreementInput: ProcessingAgreementInput;
  ProcessingAgreementKind: ProcessingAgreementKind;
  ProcessingAgreementStatus: ProcessingAgreementStatus;
  PurposeCoverage: ResolverTypeWrapper<Omit<PurposeCoverage, 'approvedDpia'> & { approvedDpia?: Maybe<ResolversTypes['Dpia']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordClass: RecordClass;
  RetentionHeldBack: ResolverTypeWrapper<RetentionHeldBack>;
  RetentionPurgeLine: ResolverTypeWrapper<RetentionPurgeLine>;
  RetentionPurgeRun: ResolverTypeWrapper<RetentionPurgeRunModel>;
  RetentionPurgeStatus: RetentionPurgeStatus;
  RetentionRule: ResolverTypeWrapper<RetentionRule>;
  RetentionStart: RetentionStart;
  RoleAssignment: ResolverTypeWrapper<RoleAssignmentModel>;
  RoleAssignmentRefresh: ResolverTypeWrapper<RoleAssignmentRefresh>;
  SecurityEventInput: SecurityEventInput;
  StewardParties: ResolverTypeWrapper<StewardParties>;
  StewardPartiesInput: StewardPartiesInput;
  Stewardship: ResolverTypeWrapper<EffectiveStewardshipModel>;
  StewardshipAssignment: ResolverTypeWrapper<StewardshipAssignmentModel>;
  StewardshipProposalInput: StewardshipProposalInput;
  StewardshipSource: StewardshipSource;
  StewardshipStatus: StewardshipStatus;
  WebhookDelivery: ResolverTypeWrapper<WebhookDelivery>;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscription>;
  WebhookSubscriptionInput: WebhookSubscriptionInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AccessReview: AccessReviewViewModel;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  AccessReviewDecision: AccessReviewDecisionModel;
  AccessReviewMutationCount: AccessReviewMutationCount;
  AccessReviewPrincipal: Omit<AccessReviewPrincipal, 'decision'> & { decision?: Maybe<ResolversParentTypes['AccessReviewDecision']> };
  ID: Scalars['ID']['output'];
  AuditChainStatus: AuditChainStatus;
  AuditCoordinate: AuditCoordinate;
  AuditEvent: AuditEvent;
  AuditEventConnection: AuditEventConnection;
  AuditEventEdge: AuditEventEdge;
  AuditEventFilter: AuditEventFilter;
  AuditEventInput: AuditEventInput;
  AuditLookup: AuditLookup;
  AuditOriginInput: AuditOriginInput;
  AuditPrincipal: AuditPrincipal;
  AuditReceipt: AuditReceipt;
  AuditRecordCount: AuditRecordCount;
  AuditTouchedRecord: AuditTouchedRecord;
  ChangeInput: ChangeInput;
  ChangeLogChainStatus: ChangeLogChainStatus;
  ChangeLogEntry: ChangeLogEntryParentModel;
  ComplianceAlert: ComplianceAlertModel;
  ComplianceAlertPass: ComplianceAlertPass;
  Customer: GovernedCustomerModel;
  CustomerChangeConnection: Omit<CustomerChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerChangeEdge']> };
  CustomerChangeEdge: Omit<CustomerChangeEdge, 'node'> & { node: ResolversParentTypes['ChangeLogEntry'] };
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Dispute: DisputeModel;
  DisputeEscalationPass: DisputeEscalationPass;
  DisputeEvent: DisputeEventModel;
  DisputeInput: DisputeInput;
  DisputeResolutionInput: DisputeResolutionInput;
  Dpia: DpiaModel;
  DpiaInput: DpiaInput;
  ExceptionItem: ExceptionItemModel;
  FailureReportInput: FailureReportInput;
  Incident: SecurityIncidentModel;
  IncidentPlaybook: IncidentPlaybook;
  IncidentTimelineEntry: SecurityIncidentEntryModel;
  Job: ScheduledJobModel;
  JobClaimInput: JobClaimInput;
  JobCursor: JobCursor;
  JobRegistrationInput: JobRegistrationInput;
  JobRun: JobRunModel;
  JobSlotInput: JobSlotInput;
  LegalHold: LegalHoldModel;
  LegalHoldInput: LegalHoldInput;
  LegalHoldScope: LegalHoldScope;
  Mutation: Record<PropertyKey, never>;
  NewWebhookSubscription: NewWebhookSubscription;
  PageInfo: PageInfo;
  ProcessingAgreement: ProcessingAgreementModel;
  ProcessingAgreementInput: ProcessingAgreementInput;
  PurposeCoverage: Omit<PurposeCoverage, 'approvedDpia'> & { approvedDpia?: Maybe<ResolversParentTypes['Dpia']> };
  Query: Record<PropertyKey, never>;
  RetentionHeldBack: RetentionHeldBack;
  RetentionPurgeLine: RetentionPurgeLine;
  RetentionPurgeRun: RetentionPurgeRunModel;
  RetentionRule: RetentionRule;
  RoleAssignment: RoleAssignmentModel;
  RoleAssignmentRefresh: RoleAssignmentRefresh;
  SecurityEventInput: SecurityEventInput;
  StewardParties: StewardParties;
  StewardPartiesInput: StewardPartiesInput;
  Stewardship: EffectiveStewardshipModel;
  StewardshipAssignment: StewardshipAssignmentModel;
  StewardshipProposalInput: StewardshipProposalInput;
  WebhookDelivery: WebhookDelivery;
  WebhookSubscription: WebhookSubscription;
  WebhookSubscriptionInput: WebhookSubscriptionInput;
  String: Scalars['String']['output'];
};

export type SensitiveDirectiveArgs = {
  class: Scalars['String']['input'];
  mask?: Maybe<Scalars['String']['input']>;
};

export type SensitiveDirectiveResolver<Result, Parent, ContextType = AuditContext, Args = SensitiveDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AccessReviewResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AccessReview'] = ResolversParentTypes['AccessReview']> = {
  decided?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mutations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  openedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  principalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  principals?: Resolver<Array<ResolversTypes['AccessReviewPrincipal']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AccessReviewStatus'], ParentType, ContextType>;
  until?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccessReviewDecisionResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AccessReviewDecision'] = ResolversParentTypes['AccessReviewDecision']> = {
  decidedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['AccessReviewVerdict'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccessReviewMutationCountResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AccessReviewMutationCount'] = ResolversParentTypes['AccessReviewMutationCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mutation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AccessReviewPrincipalResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AccessReviewPrincipal'] = ResolversParentTypes['AccessReviewPrincipal']> = {
  changeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['AccessReviewDecision']>, ParentType, ContextType>;
  deniedOperations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mutations?: Resolver<Array<ResolversTypes['AccessReviewMutationCount']>, ParentType, ContextType>;
  operations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditChainStatusResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditChainStatus'] = ResolversParentTypes['AuditChainStatus']> = {
  checkpointsVerified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenEventId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  firstBrokenSequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  intact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  originsVerified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditCoordinateResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditCoordinate'] = ResolversParentTypes['AuditCoordinate']> = {
  classification?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coordinate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  strategy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  via?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEventResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = {
  alert?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  clientName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clientVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coordinates?: Resolver<Array<ResolversTypes['AuditCoordinate']>, ParentType, ContextType>;
  durationMs?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  export?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['AuditEventKind'], ParentType, ContextType>;
  lookups?: Resolver<Array<ResolversTypes['AuditLookup']>, ParentType, ContextType>;
  operationHash?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operationName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operationText?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operationType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  origin?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['AuditOutcome']>, ParentType, ContextType>;
  previousHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['AuditPrincipal'], ParentType, ContextType>;
  records?: Resolver<Array<ResolversTypes['AuditRecordCount']>, ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  touched?: Resolver<Array<ResolversTypes['AuditTouchedRecord']>, ParentType, ContextType>;
  touchedOmitted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variables?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type AuditEventConnectionResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type AuditEventEdgeResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
};

export type AuditLookupResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditLookup'] = ResolversParentTypes['AuditLookup']> = {
  coordinate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditPrincipalResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditPrincipal'] = ResolversParentTypes['AuditPrincipal']> = {
  purpose?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purposeNotHonoured?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  sub?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditReceiptResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditReceipt'] = ResolversParentTypes['AuditReceipt']> = {
  hash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditRecordCountResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditRecordCount'] = ResolversParentTypes['AuditRecordCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditTouchedRecordResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['AuditTouchedRecord'] = ResolversParentTypes['AuditTouchedRecord']> = {
  changed?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  read?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  withheld?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChangeLogChainStatusResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['ChangeLogChainStatus'] = ResolversParentTypes['ChangeLogChainStatus']> = {
  checkpointsVerified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBrokenEntryId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  firstBrokenSequence?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  intact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeLogEntryResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['ChangeLogEntry'] = ResolversParentTypes['ChangeLogEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  oldValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ComplianceAlertResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['ComplianceAlert'] = ResolversParentTypes['ComplianceAlert']> = {
  clearance?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  clearedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  clearedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ComplianceAlertKind'], ParentType, ContextType>;
  raisedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  thresholdDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ComplianceAlertPassResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['ComplianceAlertPass'] = ResolversParentTypes['ComplianceAlertPass']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  raised?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thresholdDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CustomerResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  changeHistory?: Resolver<Maybe<Array<ResolversTypes['ChangeLogEntry']>>, ParentType, ContextType, Partial<CustomerChangeHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type CustomerChangeConnectionResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['CustomerChangeConnection'] = ResolversParentTypes['CustomerChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CustomerChangeEdge']>, ParentType, ContextType>;
  latestCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type CustomerChangeEdgeResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['CustomerChangeEdge'] = ResolversParentTypes['CustomerChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ChangeLogEntry'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DisputeResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Dispute'] = ResolversParentTypes['Dispute']> = {
  assignedBody?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  assignedTo?: Resolver<ResolversTypes['StewardParties'], ParentType, ContextType>;
  coordinate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  counterpartyTeam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['DisputeDecision']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disputedValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['DisputeEvent']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  openedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  raisingTeam?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resultingChangeId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DisputeStatus'], ParentType, ContextType>;
  valueSource?: Resolver<ResolversTypes['DisputedValueSource'], ParentType, ContextType>;
};

export type DisputeEscalationPassResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['DisputeEscalationPass'] = ResolversParentTypes['DisputeEscalationPass']> = {
  disputeIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DisputeEventResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['DisputeEvent'] = ResolversParentTypes['DisputeEvent']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DisputeEventKind'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DpiaResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Dpia'] = ResolversParentTypes['Dpia']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastReviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastReviewedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mitigations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retiredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  retiredBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retirementReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  risks?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DpiaStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submittedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExceptionItemResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['ExceptionItem'] = ResolversParentTypes['ExceptionItem']> = {
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstFailedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastFailedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payloadRef?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ExceptionStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IncidentResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = {
  acknowledgedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acknowledgedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IncidentKind'], ParentType, ContextType>;
  lastSeenAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  occurrences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  playbook?: Resolver<ResolversTypes['IncidentPlaybook'], ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['IncidentSeverity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IncidentStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timeline?: Resolver<Array<ResolversTypes['IncidentTimelineEntry']>, ParentType, ContextType>;
};

export type IncidentPlaybookResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['IncidentPlaybook'] = ResolversParentTypes['IncidentPlaybook']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IncidentTimelineEntryResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['IncidentTimelineEntry'] = ResolversParentTypes['IncidentTimelineEntry']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IncidentEntryKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  occurrences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type JobResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextRunAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  runs?: Resolver<Array<ResolversTypes['JobRun']>, ParentType, ContextType, Partial<JobRunsArgs>>;
  runsAs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  schedule?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type JobCursorResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['JobCursor'] = ResolversParentTypes['JobCursor']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type JobRunResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['JobRun'] = ResolversParentTypes['JobRun']> = {
  attempt?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  job?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  notBefore?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  retryOf?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  scheduledFor?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['JobRunStatus'], ParentType, ContextType>;
  trigger?: Resolver<ResolversTypes['JobTrigger'], ParentType, ContextType>;
};

export type LegalHoldResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['LegalHold'] = ResolversParentTypes['LegalHold']> = {
  customerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  placedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordClasses?: Resolver<Array<ResolversTypes['RecordClass']>, ParentType, ContextType>;
  releaseReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  releasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  releasedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LegalHoldStatus'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type LegalHoldScopeResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['LegalHoldScope'] = ResolversParentTypes['LegalHoldScope']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acknowledgeIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationAcknowledgeIncidentArgs, 'id'>>;
  appendAuditEvents?: Resolver<Array<ResolversTypes['AuditReceipt']>, ParentType, ContextType, RequireFields<MutationAppendAuditEventsArgs, 'events'>>;
  approveDpia?: Resolver<ResolversTypes['Dpia'], ParentType, ContextType, RequireFields<MutationApproveDpiaArgs, 'id'>>;
  approveStewardship?: Resolver<ResolversTypes['StewardshipAssignment'], ParentType, ContextType, RequireFields<MutationApproveStewardshipArgs, 'id'>>;
  claimJobRuns?: Resolver<Array<ResolversTypes['JobRun']>, ParentType, ContextType, RequireFields<MutationClaimJobRunsArgs, 'claim'>>;
  claimWebhookDeliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, RequireFields<MutationClaimWebhookDeliveriesArgs, 'leaseMs' | 'max' | 'runner'>>;
  commentOnDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationCommentOnDisputeArgs, 'id' | 'note'>>;
  createDpia?: Resolver<ResolversTypes['Dpia'], ParentType, ContextType, RequireFields<MutationCreateDpiaArgs, 'input'>>;
  createProcessingAgreement?: Resolver<ResolversTypes['ProcessingAgreement'], ParentType, ContextType, RequireFields<MutationCreateProcessingAgreementArgs, 'input'>>;
  createWebhookSubscription?: Resolver<ResolversTypes['NewWebhookSubscription'], ParentType, ContextType, RequireFields<MutationCreateWebhookSubscriptionArgs, 'input'>>;
  deleteWebhookSubscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationDeleteWebhookSubscriptionArgs, 'id'>>;
  dismissException?: Resolver<ResolversTypes['ExceptionItem'], ParentType, ContextType, RequireFields<MutationDismissExceptionArgs, 'id' | 'reason'>>;
  escalateDueDisputes?: Resolver<ResolversTypes['DisputeEscalationPass'], ParentType, ContextType, Partial<MutationEscalateDueDisputesArgs>>;
  openAccessReview?: Resolver<ResolversTypes['AccessReview'], ParentType, ContextType, RequireFields<MutationOpenAccessReviewArgs, 'period'>>;
  openDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationOpenDisputeArgs, 'input'>>;
  placeLegalHold?: Resolver<ResolversTypes['LegalHold'], ParentType, ContextType, RequireFields<MutationPlaceLegalHoldArgs, 'input'>>;
  proposeStewardship?: Resolver<ResolversTypes['StewardshipAssignment'], ParentType, ContextType, RequireFields<MutationProposeStewardshipArgs, 'input'>>;
  raiseComplianceAlerts?: Resolver<ResolversTypes['ComplianceAlertPass'], ParentType, ContextType, Partial<MutationRaiseComplianceAlertsArgs>>;
  recordAccessReviewDecision?: Resolver<ResolversTypes['AccessReviewDecision'], ParentType, ContextType, RequireFields<MutationRecordAccessReviewDecisionArgs, 'decision' | 'period' | 'principal'>>;
  recordChanges?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRecordChangesArgs, 'changes'>>;
  refreshRoleAssignments?: Resolver<ResolversTypes['RoleAssignmentRefresh'], ParentType, ContextType>;
  registerJobs?: Resolver<Array<ResolversTypes['JobCursor']>, ParentType, ContextType, RequireFields<MutationRegisterJobsArgs, 'jobs'>>;
  rejectDpia?: Resolver<ResolversTypes['Dpia'], ParentType, ContextType, RequireFields<MutationRejectDpiaArgs, 'id' | 'reason'>>;
  rejectStewardship?: Resolver<ResolversTypes['StewardshipAssignment'], ParentType, ContextType, RequireFields<MutationRejectStewardshipArgs, 'id' | 'note'>>;
  releaseLegalHold?: Resolver<ResolversTypes['LegalHold'], ParentType, ContextType, RequireFields<MutationReleaseLegalHoldArgs, 'id' | 'reason'>>;
  renewJobRuns?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationRenewJobRunsArgs, 'leaseMs' | 'runIds' | 'runner'>>;
  reportFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationReportFailuresArgs, 'reports'>>;
  reportSecurityEvent?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationReportSecurityEventArgs, 'events'>>;
  resolveDispute?: Resolver<ResolversTypes['Dispute'], ParentType, ContextType, RequireFields<MutationResolveDisputeArgs, 'input'>>;
  resolveIncident?: Resolver<ResolversTypes['Incident'], ParentType, ContextType, RequireFields<MutationResolveIncidentArgs, 'id' | 'note'>>;
  retireDpia?: Resolver<ResolversTypes['Dpia'], ParentType, ContextType, RequireFields<MutationRetireDpiaArgs, 'id' | 'reason'>>;
  retryException?: Resolver<ResolversTypes['ExceptionItem'], ParentType, ContextType, RequireFields<MutationRetryExceptionArgs, 'id'>>;
  reviewDpia?: Resolver<ResolversTypes['Dpia'], ParentType, ContextType, RequireFields<MutationReviewDpiaArgs, 'id' | 'nextReviewOn' | 'note'>>;
  revokeWebhookSubscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationRevokeWebhookSubscriptionArgs, 'id' | 'reason'>>;
  runJobNow?: Resolver<ResolversTypes['JobRun'], ParentType, ContextType, RequireFields<MutationRunJobNowArgs, 'job'>>;
  runRetentionPurge?: Resolver<ResolversTypes['RetentionPurgeRun'], ParentType, ContextType, RequireFields<MutationRunRetentionPurgeArgs, 'dryRun'>>;
  settleJobRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSettleJobRunArgs, 'outcome' | 'runId' | 'runner' | 'succeeded'>>;
  settleWebhookDelivery?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSettleWebhookDeliveryArgs, 'retryBaseMs' | 'runner' | 'subscriptionId'>>;
  submitDpia?: Resolver<ResolversTypes['Dpia'], ParentType, ContextType, RequireFields<MutationSubmitDpiaArgs, 'id'>>;
  terminateProcessingAgreement?: Resolver<ResolversTypes['ProcessingAgreement'], ParentType, ContextType, RequireFields<MutationTerminateProcessingAgreementArgs, 'id' | 'reason'>>;
  updateDpia?: Resolver<ResolversTypes['Dpia'], ParentType, ContextType, RequireFields<MutationUpdateDpiaArgs, 'id' | 'input'>>;
  updateProcessingAgreement?: Resolver<ResolversTypes['ProcessingAgreement'], ParentType, ContextType, RequireFields<MutationUpdateProcessingAgreementArgs, 'id' | 'input'>>;
};

export type NewWebhookSubscriptionResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['NewWebhookSubscription'] = ResolversParentTypes['NewWebhookSubscription']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProcessingAgreementResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['ProcessingAgreement'] = ResolversParentTypes['ProcessingAgreement']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dataCategories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  expiresInDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  expiresOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  exportClause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProcessingAgreementKind'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  retentionClause?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProcessingAgreementStatus'], ParentType, ContextType>;
  terminatedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  terminatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  terminationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  updatedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PurposeCoverageResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['PurposeCoverage'] = ResolversParentTypes['PurposeCoverage']> = {
  approvedDpia?: Resolver<Maybe<ResolversTypes['Dpia']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  grants?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accessReview?: Resolver<ResolversTypes['AccessReview'], ParentType, ContextType, RequireFields<QueryAccessReviewArgs, 'period'>>;
  accessReviews?: Resolver<Array<ResolversTypes['AccessReview']>, ParentType, ContextType, Partial<QueryAccessReviewsArgs>>;
  allWebhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  approvedPurposes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  auditChain?: Resolver<ResolversTypes['AuditChainStatus'], ParentType, ContextType>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAuditEventsArgs>>;
  changeLogChain?: Resolver<ResolversTypes['ChangeLogChainStatus'], ParentType, ContextType>;
  complianceAlerts?: Resolver<Array<ResolversTypes['ComplianceAlert']>, ParentType, ContextType, Partial<QueryComplianceAlertsArgs>>;
  customerChangeHead?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customerChanges?: Resolver<ResolversTypes['CustomerChangeConnection'], ParentType, ContextType, Partial<QueryCustomerChangesArgs>>;
  dispute?: Resolver<Maybe<ResolversTypes['Dispute']>, ParentType, ContextType, RequireFields<QueryDisputeArgs, 'id'>>;
  disputes?: Resolver<Array<ResolversTypes['Dispute']>, ParentType, ContextType, Partial<QueryDisputesArgs>>;
  dpias?: Resolver<Array<ResolversTypes['Dpia']>, ParentType, ContextType, Partial<QueryDpiasArgs>>;
  dueFailures?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryDueFailuresArgs, 'first'>>;
  exceptions?: Resolver<Array<ResolversTypes['ExceptionItem']>, ParentType, ContextType, Partial<QueryExceptionsArgs>>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryIncidentArgs, 'id'>>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType, Partial<QueryIncidentsArgs>>;
  jobRuns?: Resolver<Array<ResolversTypes['JobRun']>, ParentType, ContextType, Partial<QueryJobRunsArgs>>;
  jobs?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  legalHolds?: Resolver<Array<ResolversTypes['LegalHold']>, ParentType, ContextType, Partial<QueryLegalHoldsArgs>>;
  legalHoldsCovering?: Resolver<Array<ResolversTypes['LegalHoldScope']>, ParentType, ContextType, RequireFields<QueryLegalHoldsCoveringArgs, 'customerIds' | 'recordClasses'>>;
  processingAgreements?: Resolver<Array<ResolversTypes['ProcessingAgreement']>, ParentType, ContextType, Partial<QueryProcessingAgreementsArgs>>;
  purposeCoverage?: Resolver<Array<ResolversTypes['PurposeCoverage']>, ParentType, ContextType>;
  retentionPurgeRuns?: Resolver<Array<ResolversTypes['RetentionPurgeRun']>, ParentType, ContextType, Partial<QueryRetentionPurgeRunsArgs>>;
  retentionRules?: Resolver<Array<ResolversTypes['RetentionRule']>, ParentType, ContextType, Partial<QueryRetentionRulesArgs>>;
  roleAssignments?: Resolver<Array<ResolversTypes['RoleAssignment']>, ParentType, ContextType, Partial<QueryRoleAssignmentsArgs>>;
  stewardship?: Resolver<ResolversTypes['Stewardship'], ParentType, ContextType, RequireFields<QueryStewardshipArgs, 'coordinate'>>;
  stewardshipAssignments?: Resolver<Array<ResolversTypes['StewardshipAssignment']>, ParentType, ContextType, Partial<QueryStewardshipAssignmentsArgs>>;
  stewardshipRoute?: Resolver<ResolversTypes['Stewardship'], ParentType, ContextType, RequireFields<QueryStewardshipRouteArgs, 'coordinate'>>;
  webhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
};

export type RetentionHeldBackResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['RetentionHeldBack'] = ResolversParentTypes['RetentionHeldBack']> = {
  holdId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  matter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  records?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RetentionPurgeLineResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['RetentionPurgeLine'] = ResolversParentTypes['RetentionPurgeLine']> = {
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expired?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  heldBack?: Resolver<Array<ResolversTypes['RetentionHeldBack']>, ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latestKeptUntil?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recordClass?: Resolver<ResolversTypes['RecordClass'], ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RetentionPurgeRunResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['RetentionPurgeRun'] = ResolversParentTypes['RetentionPurgeRun']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  heldBack?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['RetentionPurgeLine']>, ParentType, ContextType>;
  removed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  startedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RetentionPurgeStatus'], ParentType, ContextType>;
};

export type RetentionRuleResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['RetentionRule'] = ResolversParentTypes['RetentionRule']> = {
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordClass?: Resolver<ResolversTypes['RecordClass'], ParentType, ContextType>;
  runsFrom?: Resolver<ResolversTypes['RetentionStart'], ParentType, ContextType>;
  years?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleAssignmentResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['RoleAssignment'] = ResolversParentTypes['RoleAssignment']> = {
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  heldFrom?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  heldUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  principal?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RoleAssignmentRefreshResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['RoleAssignmentRefresh'] = ResolversParentTypes['RoleAssignmentRefresh']> = {
  activeUsers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  began?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ended?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StewardPartiesResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['StewardParties'] = ResolversParentTypes['StewardParties']> = {
  people?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  teams?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StewardshipResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Stewardship'] = ResolversParentTypes['Stewardship'], FederationReferenceType extends FederationReferenceTypes['Stewardship'] = FederationReferenceTypes['Stewardship']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Stewardship']> | FederationReferenceType, FederationReferenceType, ContextType>;
  accountablePeople?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  accountableTeams?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  assignment?: Resolver<Maybe<ResolversTypes['StewardshipAssignment']>, ParentType, ContextType>;
  consultedPeople?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  consultedTeams?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  coordinate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  informedPeople?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  informedTeams?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  responsiblePeople?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  responsibleTeams?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['StewardshipSource'], ParentType, ContextType>;
};

export type StewardshipAssignmentResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['StewardshipAssignment'] = ResolversParentTypes['StewardshipAssignment']> = {
  accountable?: Resolver<ResolversTypes['StewardParties'], ParentType, ContextType>;
  consulted?: Resolver<ResolversTypes['StewardParties'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decidedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  informed?: Resolver<ResolversTypes['StewardParties'], ParentType, ContextType>;
  proposedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  proposedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  responsible?: Resolver<ResolversTypes['StewardParties'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StewardshipStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  subscriptionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookSubscriptionResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredThrough?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDeliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = AuditContext> = {
  AccessReview?: AccessReviewResolvers<ContextType>;
  AccessReviewDecision?: AccessReviewDecisionResolvers<ContextType>;
  AccessReviewMutationCount?: AccessReviewMutationCountResolvers<ContextType>;
  AccessReviewPrincipal?: AccessReviewPrincipalResolvers<ContextType>;
  AuditChainStatus?: AuditChainStatusResolvers<ContextType>;
  AuditCoordinate?: AuditCoordinateResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  AuditLookup?: AuditLookupResolvers<ContextType>;
  AuditPrincipal?: AuditPrincipalResolvers<ContextType>;
  AuditReceipt?: AuditReceiptResolvers<ContextType>;
  AuditRecordCount?: AuditRecordCountResolvers<ContextType>;
  AuditTouchedRecord?: AuditTouchedRecordResolvers<ContextType>;
  ChangeLogChainStatus?: ChangeLogChainStatusResolvers<ContextType>;
  ChangeLogEntry?: ChangeLogEntryResolvers<ContextType>;
  ComplianceAlert?: ComplianceAlertResolvers<ContextType>;
  ComplianceAlertPass?: ComplianceAlertPassResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerChangeConnection?: CustomerChangeConnectionResolvers<ContextType>;
  CustomerChangeEdge?: CustomerChangeEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Dispute?: DisputeResolvers<ContextType>;
  DisputeEscalationPass?: DisputeEscalationPassResolvers<ContextType>;
  DisputeEvent?: DisputeEventResolvers<ContextType>;
  Dpia?: DpiaResolvers<ContextType>;
  ExceptionItem?: ExceptionItemResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  IncidentPlaybook?: IncidentPlaybookResolvers<ContextType>;
  IncidentTimelineEntry?: IncidentTimelineEntryResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  JobCursor?: JobCursorResolvers<ContextType>;
  JobRun?: JobRunResolvers<ContextType>;
  LegalHold?: LegalHoldResolvers<ContextType>;
  LegalHoldScope?: LegalHoldScopeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewWebhookSubscription?: NewWebhookSubscriptionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ProcessingAgreement?: ProcessingAgreementResolvers<ContextType>;
  PurposeCoverage?: PurposeCoverageResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RetentionHeldBack?: RetentionHeldBackResolvers<ContextType>;
  RetentionPurgeLine?: RetentionPurgeLineResolvers<ContextType>;
  RetentionPurgeRun?: RetentionPurgeRunResolvers<ContextType>;
  RetentionRule?: RetentionRuleResolvers<ContextType>;
  RoleAssignment?: RoleAssignmentResolvers<ContextType>;
  RoleAssignmentRefresh?: RoleAssignmentRefreshResolvers<ContextType>;
  StewardParties?: StewardPartiesResolvers<ContextType>;
  Stewardship?: StewardshipResolvers<ContextType>;
  StewardshipAssignment?: StewardshipAssignmentResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = AuditContext> = {
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
};
