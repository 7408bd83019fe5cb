import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { GovernedCustomer as GovernedCustomerModel } from '../../kit/customerDirectory';
import type { ChangeLogEntryParent as ChangeLogEntryParentModel } from '../parents';
import type { ScheduledJob as ScheduledJobModel } from '../entities/ScheduledJob';
import type { JobRun as JobRunModel } from '../entities/JobRun';
import type { ExceptionItem as ExceptionItemModel } from '../entities/ExceptionItem';
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
  /** An instant, ISO 8601 in UTC, e.g. 2026-11-28T10:15:00.000Z. */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

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

export type Mutation = {
  __typename?: 'Mutation';
  /** Appends events to the audit trail (the gateway before it answers, a service reporting a refused call); the trail assigns time and sequence; resolves once they are committed. */
  appendAuditEvents: Array<AuditReceipt>;
  /** A gateway runner turning due slots into runs and taking the runs that wait for one. Not part of the public API. */
  claimJobRuns: Array<JobRun>;
  /** A gateway's dispatcher taking the subscriptions with changes due, under a lease. Not part of the public API. */
  claimWebhookDeliveries: Array<WebhookDelivery>;
  /** Subscribes a receiver to customer changes from now on; answers the signing secret, once. */
  createWebhookSubscription: NewWebhookSubscription;
  /** Ends one of your webhook subscriptions; changes are no longer sent to it. */
  deleteWebhookSubscription: WebhookSubscription;
  /** Closes a failed item that will not be retried, with why (admin). */
  dismissException: ExceptionItem;
  /** Records field changes reported by the customer subgraph; idempotent on changeId. Not part of the public API. */
  recordChanges: Scalars['Int']['output'];
  /** A gateway runner starting: its jobs as it will run them, answered with where each job's due slots start. Not part of the public API. */
  registerJobs: Array<JobCursor>;
  /** A gateway runner extending the leases of the runs it works on; answers those it still holds. Not part of the public API. */
  renewJobRuns: Array<Scalars['ID']['output']>;
  /**
   * The customer subgraph reporting rejected source records and change events (source INGESTION or
   * CDC) and their resolutions; idempotent on each report's failedAt. Not part of the public API.
   */
  reportFailures: Scalars['Int']['output'];
  /** Retries a failed item of the exception queue now (admin): for a job, a run of it that resolves the item when it succeeds. */
  retryException: ExceptionItem;
  /** Ends anyone's webhook subscription, with why (an operator's: its owner left, or the receiver misbehaves). */
  revokeWebhookSubscription: WebhookSubscription;
  /** Queues a run of a job now, for the next gateway runner that looks (JOB_POLL_MS); poll jobRuns for its outcome. */
  runJobNow: JobRun;
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
};


export type MutationAppendAuditEventsArgs = {
  events: Array<AuditEventInput>;
};


export type MutationClaimJobRunsArgs = {
  claim: JobClaimInput;
};


export type MutationClaimWebhookDeliveriesArgs = {
  leaseMs: Scalars['Int']['input'];
  max: Scalars['Int']['input'];
  runner: Scalars['String']['input'];
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


export type MutationRecordChangesArgs = {
  changes: Array<ChangeInput>;
};


export type MutationRegisterJobsArgs = {
  jobs: Array<JobRegistrationInput>;
};


export type MutationRenewJobRunsArgs = {
  leaseMs: Scalars['Int']['input'];
  runIds: Array<Scalars['ID']['input']>;
  runner: Scalars['String']['input'];
};


export type MutationReportFailuresArgs = {
  reports: Array<FailureReportInput>;
};


export type MutationRetryExceptionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRunJobNowArgs = {
  job: Scalars['String']['input'];
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

export type Query = {
  __typename?: 'Query';
  /** Every live webhook subscription, whoever made it: for operators and auditors to review what reads the feed. */
  allWebhookSubscriptions: Array<WebhookSubscription>;
  /** Verifies the whole chain and its signed checkpoints. */
  auditChain: AuditChainStatus;
  /** The audit trail, oldest first. Reading it is itself audited. */
  auditEvents: AuditEventConnection;
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
  /** The references of open INGESTION and CDC items whose next retry is due, for the customer subgraph to retry. Not part of the public API. */
  dueFailures: Array<Scalars['String']['output']>;
  /** The exception queue, latest failure first. */
  exceptions: Array<ExceptionItem>;
  /** Runs of one job or of all, newest first. */
  jobRuns: Array<JobRun>;
  /** The jobs Custos runs by itself, with when each comes due next. */
  jobs: Array<Job>;
  /** Your webhook subscriptions to customer changes. */
  webhookSubscriptions: Array<WebhookSubscription>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCustomerChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDueFailuresArgs = {
  first: Scalars['Int']['input'];
};


export type QueryExceptionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  source?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ExceptionStatus>;
};


export type QueryJobRunsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  job?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<JobRunStatus>;
};

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
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AuditChainStatus: ResolverTypeWrapper<AuditChainStatus>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
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
  ChangeLogEntry: ResolverTypeWrapper<ChangeLogEntryParentModel>;
  Customer: ResolverTypeWrapper<GovernedCustomerModel>;
  CustomerChangeConnection: ResolverTypeWrapper<Omit<CustomerChangeConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerChangeEdge']> }>;
  CustomerChangeEdge: ResolverTypeWrapper<Omit<CustomerChangeEdge, 'node'> & { node: ResolversTypes['ChangeLogEntry'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExceptionItem: ResolverTypeWrapper<ExceptionItemModel>;
  ExceptionStatus: ExceptionStatus;
  FailureReportInput: FailureReportInput;
  Job: ResolverTypeWrapper<ScheduledJobModel>;
  JobClaimInput: JobClaimInput;
  JobCursor: ResolverTypeWrapper<JobCursor>;
  JobRegistrationInput: JobRegistrationInput;
  JobRun: ResolverTypeWrapper<JobRunModel>;
  JobRunStatus: JobRunStatus;
  JobSlotInput: JobSlotInput;
  JobTrigger: JobTrigger;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NewWebhookSubscription: ResolverTypeWrapper<NewWebhookSubscription>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDelivery>;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscription>;
  WebhookSubscriptionInput: WebhookSubscriptionInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AuditChainStatus: AuditChainStatus;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
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
  ChangeLogEntry: ChangeLogEntryParentModel;
  Customer: GovernedCustomerModel;
  CustomerChangeConnection: Omit<CustomerChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerChangeEdge']> };
  CustomerChangeEdge: Omit<CustomerChangeEdge, 'node'> & { node: ResolversParentTypes['ChangeLogEntry'] };
  DateTime: Scalars['DateTime']['output'];
  ExceptionItem: ExceptionItemModel;
  FailureReportInput: FailureReportInput;
  Job: ScheduledJobModel;
  JobClaimInput: JobClaimInput;
  JobCursor: JobCursor;
  JobRegistrationInput: JobRegistrationInput;
  JobRun: JobRunModel;
  JobSlotInput: JobSlotInput;
  Mutation: Record<PropertyKey, never>;
  NewWebhookSubscription: NewWebhookSubscription;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
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

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

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

export type MutationResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  appendAuditEvents?: Resolver<Array<ResolversTypes['AuditReceipt']>, ParentType, ContextType, RequireFields<MutationAppendAuditEventsArgs, 'events'>>;
  claimJobRuns?: Resolver<Array<ResolversTypes['JobRun']>, ParentType, ContextType, RequireFields<MutationClaimJobRunsArgs, 'claim'>>;
  claimWebhookDeliveries?: Resolver<Array<ResolversTypes['WebhookDelivery']>, ParentType, ContextType, RequireFields<MutationClaimWebhookDeliveriesArgs, 'leaseMs' | 'max' | 'runner'>>;
  createWebhookSubscription?: Resolver<ResolversTypes['NewWebhookSubscription'], ParentType, ContextType, RequireFields<MutationCreateWebhookSubscriptionArgs, 'input'>>;
  deleteWebhookSubscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationDeleteWebhookSubscriptionArgs, 'id'>>;
  dismissException?: Resolver<ResolversTypes['ExceptionItem'], ParentType, ContextType, RequireFields<MutationDismissExceptionArgs, 'id' | 'reason'>>;
  recordChanges?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRecordChangesArgs, 'changes'>>;
  registerJobs?: Resolver<Array<ResolversTypes['JobCursor']>, ParentType, ContextType, RequireFields<MutationRegisterJobsArgs, 'jobs'>>;
  renewJobRuns?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType, RequireFields<MutationRenewJobRunsArgs, 'leaseMs' | 'runIds' | 'runner'>>;
  reportFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationReportFailuresArgs, 'reports'>>;
  retryException?: Resolver<ResolversTypes['ExceptionItem'], ParentType, ContextType, RequireFields<MutationRetryExceptionArgs, 'id'>>;
  revokeWebhookSubscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationRevokeWebhookSubscriptionArgs, 'id' | 'reason'>>;
  runJobNow?: Resolver<ResolversTypes['JobRun'], ParentType, ContextType, RequireFields<MutationRunJobNowArgs, 'job'>>;
  settleJobRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSettleJobRunArgs, 'outcome' | 'runId' | 'runner' | 'succeeded'>>;
  settleWebhookDelivery?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationSettleWebhookDeliveryArgs, 'retryBaseMs' | 'runner' | 'subscriptionId'>>;
};

export type NewWebhookSubscriptionResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['NewWebhookSubscription'] = ResolversParentTypes['NewWebhookSubscription']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = AuditContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  allWebhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  auditChain?: Resolver<ResolversTypes['AuditChainStatus'], ParentType, ContextType>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAuditEventsArgs>>;
  customerChangeHead?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customerChanges?: Resolver<ResolversTypes['CustomerChangeConnection'], ParentType, ContextType, Partial<QueryCustomerChangesArgs>>;
  dueFailures?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryDueFailuresArgs, 'first'>>;
  exceptions?: Resolver<Array<ResolversTypes['ExceptionItem']>, ParentType, ContextType, Partial<QueryExceptionsArgs>>;
  jobRuns?: Resolver<Array<ResolversTypes['JobRun']>, ParentType, ContextType, Partial<QueryJobRunsArgs>>;
  jobs?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  webhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
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
  ChangeLogEntry?: ChangeLogEntryResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerChangeConnection?: CustomerChangeConnectionResolvers<ContextType>;
  CustomerChangeEdge?: CustomerChangeEdgeResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  ExceptionItem?: ExceptionItemResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  JobCursor?: JobCursorResolvers<ContextType>;
  JobRun?: JobRunResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NewWebhookSubscription?: NewWebhookSubscriptionResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = AuditContext> = {
  sensitive?: SensitiveDirectiveResolver<any, any, ContextType>;
};
