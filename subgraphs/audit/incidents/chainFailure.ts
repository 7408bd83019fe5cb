import type { ChainVerdict } from '../chain';
import type { ChangeLogVerdict } from '../chain/changeLog';
import type { SecurityEvent } from './incidentLedger';

/**
 * A verification that finds the audit trail or the change log broken is a security event: about the
 * first record that is not what its chain says (or the chain as a whole, when only its end or a
 * checkpoint is wrong), so that verifying again while it stays broken counts into one incident.
 */
export function chainFailureEvent(verdict: ChainVerdict, at: Date): SecurityEvent | undefined {
  if (verdict.intact) return undefined;
  return brokenChain(
    `the audit chain of ${verdict.length} events`,
    verdict.firstBrokenEventId ? `event:${verdict.firstBrokenEventId}` : 'audit-trail',
    verdict.firstBrokenSequence,
    verdict.reason,
    at,
  );
}

export function changeLogFailureEvent(verdict: ChangeLogVerdict, at: Date): SecurityEvent | undefined {
  if (verdict.intact) return undefined;
  return brokenChain(
    `the change log of ${verdict.length} entries`,
    verdict.firstBrokenEntryId ? `change:${verdict.firstBrokenEntryId}` : 'change-log',
    verdict.firstBrokenSequence,
    verdict.reason,
    at,
  );
}

function brokenChain(
  what: string,
  subject: string,
  sequence: number | null,
  reason: string | null,
  at: Date,
): SecurityEvent {
  const where = sequence === null ? '' : ` at sequence ${sequence}`;
  return {
    kind: 'AUDIT_CHAIN_FAILURE',
    subject,
    detail: `${what} is broken${where}: ${reason ?? 'no reason given'}`,
    occurrences: 1,
    firstAt: at,
    lastAt: at,
  };
}
