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
