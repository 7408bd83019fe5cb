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

export type JobRunStatus =
  | 'FAILED'
  /** Waiting for a runner. */
  | 'QUEUED'
  /** Held by a runner under a lease it renews; a run whose lease runs out is taken over by another runner. */
  | 'RUNNING'
  | 'SUCCEEDED';

export type JobTrigger =
  | 'MANUAL'
  | 'SCHEDULE';
