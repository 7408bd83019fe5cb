import type { RoleHolding } from '../../../lib/identity/roleHoldings';

/**
 * What a refresh changes in the stored assignments: the open ones the directory no longer grants
 * end, the holdings no open one covers begin; an assignment still granted is left as it was, so
 * its history stays one row from when it began.
 */

export interface OpenAssignment {
  id: string;
  principal: string;
  role: string;
}

export interface AssignmentChanges {
  /** Ids of the open assignments to end. */
  end: string[];
  begin: RoleHolding[];
}

const key = (principal: string, role: string) => `${principal}\u0000${role}`;

export function assignmentChanges(
  open: readonly OpenAssignment[],
  holdings: readonly RoleHolding[],
): AssignmentChanges {
  const granted = new Set(holdings.map((holding) => key(holding.principal, holding.role)));
  const held = new Set(open.map((assignment) => key(assignment.principal, assignment.role)));
  return {
    end: open.filter((assignment) => !granted.has(key(assignment.principal, assignment.role))).map(({ id }) => id),
    begin: holdings.filter((holding) => !held.has(key(holding.principal, holding.role))),
  };
}
