import type { AccessDecision, AccessedRecord, AccessLookup } from './accessReport';

/**
 * An audit event as Custos processes write it and the audit trail stores it: an id, a kind, and a
 * body whose shape the kind decides. The gateway writes OPERATION and ALERT events, any process an
 * ATTEMPT (lib/crypto/origin.ts says who may write what); the trail keeps the body as JSON text,
 * exactly as it was signed, and reads it back through lib/readAuditEvent.ts. `kind` and `outcome`
 * are the enums AuditEventKind and AuditOutcome of schema/audit.graphql, with the same values.
 *
 * Bodies are type aliases, not interfaces, so that they stay plain JSON records to the hash chain.
 */

export const AUDIT_EVENT_KINDS = ['OPERATION', 'ALERT', 'ATTEMPT'] as const;
export type AuditEventKind = (typeof AUDIT_EVENT_KINDS)[number];

/** SERVED in full, PARTIAL (some fields refused or failed), DENIED before execution, FAILED without data. */
export const AUDIT_OUTCOMES = ['SERVED', 'PARTIAL', 'DENIED', 'FAILED'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export type AuditPrincipal = {
  sub: string;
  roles: string[];
  regions: string[];
  purpose?: string;
  /** A purpose the token stated that was not honoured: no approved DPIA covered it (policies/purposeGating.ts). */
  purposeNotHonoured?: string;
};

/** A sensitive operation, served or refused. Fields marked optional are absent on events written before they were added. */
export type OperationEventBody = {
  principal: AuditPrincipal;
  /** From the `apollographql-client-name` and `-version` headers. */
  client: { name: string | null; version: string | null };
  requestId: string;
  operation: {
    name: string | null;
    type?: 'query' | 'mutation' | 'subscription';
    /** SHA-256 hex of `text`. */
    hash: string;
    /** The document with its literals redacted (gateway/governance/redactLiterals.ts). */
    text: string;
    /** Redacted as gateway/governance/redactVariables.ts says. */
    variables: Record<string, unknown>;
  };
  /** Every classified coordinate touched, with the caller's decision; copies name the field they came through (`via`). */
  coordinates: AccessDecision[];
  /** Records whose classified values were shown, per type. */
  records: Record<string, number>;
  touched?: AccessedRecord[];
  touchedOmitted?: number;
  lookups?: AccessLookup[];
  outcome: AuditOutcome;
  durationMs: number;
  /**
   * Set when the operation ran as a bulk export (GET /export/<name>.<format>): the one event of the
   * export, written before its first row leaves, naming its scope (the operation and its
   * parameters) rather than each record, so `records` and `touched` stay empty; the bulk-export
   * monitor counts the records as the pages pass, and its alerts are events of their own.
   */
  export?: { name: string; format: string };
};

/** A bulk-export alert raised by an operation. */
export type AlertEventBody = {
  principal: AuditPrincipal;
  requestId: string;
  alert: string;
  /** The records the operation showed, per type. */
  records: Record<string, number>;
};

/** A call a process refused (no valid internal token, or an append it may not make), with what the caller claimed to be. */
export type AttemptEventBody = {
  /** The process that refused it. */
  service: string;
  requestId: string;
  reason: string;
  /** What the caller's unverified token said, as evidence; null without a token. */
  claimed: Record<string, unknown> | null;
  remoteAddress?: string | null;
  operation?: { name: string | null; hash: string };
  /** Refusals in the same second that were counted into this one instead of recorded. */
  alsoRefused?: number;
};

export type OperationEvent = { id: string; kind: 'OPERATION'; body: OperationEventBody };
export type AlertEvent = { id: string; kind: 'ALERT'; body: AlertEventBody };
export type AttemptEvent = { id: string; kind: 'ATTEMPT'; body: AttemptEventBody };

/** One audit event before the trail gives it its time and place in the chain. */
export type AuditEvent = OperationEvent | AlertEvent | AttemptEvent;
