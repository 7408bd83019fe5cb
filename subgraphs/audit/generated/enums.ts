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

export type ExceptionStatus =
  /** An operator closed it with a reason. */
  | 'DISMISSED'
  /** Failed, and retried by itself until its retries run out; then waiting for an operator. */
  | 'OPEN'
  /** A retry succeeded. */
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
