export type AccessReviewStatus =
  /** Every principal in scope has a decision. */
  | 'COMPLETE'
  /** Some principal in scope has no decision yet. */
  | 'OPEN';

export type AccessReviewVerdict =
  | 'KEEP'
  | 'REVOKE';

/** What an audit event records. */
export type AuditEventKind =
  /** A raised alert, e.g. a bulk export. */
  | 'ALERT'
  /** A refused internal call. */
  | 'ATTEMPT'
  /** A sensitive operation, served or refused. */
  | 'OPERATION';

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

export type ComplianceAlertKind =
  /** An active agreement expires within the threshold. */
  | 'AGREEMENT_EXPIRY'
  /** An approved DPIA is due for review within the threshold. */
  | 'DPIA_REVIEW';

export type DisputeDecision =
  /** The value was changed (resultingChangeId names the change). */
  | 'VALUE_CHANGED'
  /** The value stands as it was. */
  | 'VALUE_KEPT'
  /** The raising team withdrew the dispute. */
  | 'WITHDRAWN';

export type DisputeEventKind =
  | 'COMMENTED'
  | 'ESCALATED'
  | 'OPENED'
  | 'RESOLVED';

export type DisputeStatus =
  | 'OPEN'
  | 'RESOLVED';

/** Where the disputed value came from: read by the server from the record, given by the opener, or none. */
export type DisputedValueSource =
  | 'CAPTURED'
  | 'GIVEN'
  | 'NONE';

/** Where a DPIA stands: being written, waiting for a second person's decision, approved (its purpose is honoured), rejected, or retired. */
export type DpiaStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'REJECTED'
  | 'RETIRED'
  | 'SUBMITTED';

export type ExceptionStatus =
  /** An operator closed it with a reason. */
  | 'DISMISSED'
  /** Failed, and retried by itself until its retries run out; then waiting for an operator. */
  | 'OPEN'
  /** A retry succeeded. */
  | 'RESOLVED';

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

export type JobRunStatus =
  | 'FAILED'
  /** Waiting for a runner. */
  | 'QUEUED'
  /** Held by a runner under a lease it renews; a run whose lease runs out is taken over by another runner. */
  | 'RUNNING'
  | 'SUCCEEDED';

export type JobTrigger =
  | 'MANUAL'
  /** A retry of a failed run, by itself after a backoff or asked for by an operator (retryException). */
  | 'RETRY'
  | 'SCHEDULE';

export type LegalHoldStatus =
  | 'ACTIVE'
  | 'RELEASED';

export type ProcessingAgreementKind =
  /** A data processing agreement with a processor of personal data. */
  | 'DPA'
  /** A SaaS vendor contract. */
  | 'SAAS_CONTRACT';

export type ProcessingAgreementStatus =
  | 'ACTIVE'
  | 'TERMINATED';

/** A class of records the retention schedule covers. */
export type RecordClass =
  /** The change log of customer master data (audit), dated by the change. */
  | 'CUSTOMER_CHANGE_LOG'
  /** Invoices with their payments and write-offs (contract), dated by issue date. */
  | 'INVOICE_HISTORY'
  /** Source records and their payloads as received (customer), dated by arrival. */
  | 'SOURCE_RECORD';

export type RetentionPurgeStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'REMOVING';

/** END_OF_YEAR: the period runs from the end of the calendar year of the record's date; RECORD_DATE: from the date itself. */
export type RetentionStart =
  | 'END_OF_YEAR'
  | 'RECORD_DATE';

/** Whether an attribute has a RACI entry of its own, inherits its domain's, or has no owner yet. */
export type StewardshipSource =
  | 'ATTRIBUTE'
  | 'DOMAIN'
  | 'NONE';

export type StewardshipStatus =
  | 'APPROVED'
  | 'PROPOSED'
  | 'REJECTED';
