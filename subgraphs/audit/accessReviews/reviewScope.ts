/**
 * Who an access review covers: every principal who held a reviewed role at any moment of the
 * period, with the reviewed roles they held in it.
 */

export interface HeldRole {
  principal: string;
  displayName?: string | null;
  role: string;
  heldFrom: Date;
  /** Null or absent while it holds. */
  heldUntil?: Date | null;
}

export interface ReviewedPrincipal {
  principal: string;
  displayName: string | null;
  roles: string[];
}

/** Whether an assignment held at some moment of [from, until). */
export function heldDuring(assignment: Pick<HeldRole, 'heldFrom' | 'heldUntil'>, from: Date, until: Date): boolean {
  return assignment.heldFrom < until && (assignment.heldUntil == null || assignment.heldUntil > from);
}

/** The principals in scope, by subject, each with its reviewed roles sorted; the latest display name wins. */
export function reviewScope(
  assignments: readonly HeldRole[],
  reviewedRoles: readonly string[],
  from: Date,
  until: Date,
): ReviewedPrincipal[] {
  const byPrincipal = new Map<string, { displayName: string | null; since: Date; roles: Set<string> }>();
  for (const assignment of assignments) {
    if (!reviewedRoles.includes(assignment.role) || !heldDuring(assignment, from, until)) continue;
    const entry = byPrincipal.get(assignment.principal) ?? { displayName: null, since: new Date(0), roles: new Set() };
    entry.roles.add(assignment.role);
    if (assignment.heldFrom >= entry.since) {
      entry.since = assignment.heldFrom;
      entry.displayName = assignment.displayName ?? entry.displayName;
    }
    byPrincipal.set(assignment.principal, entry);
  }
  return [...byPrincipal]
    .map(([principal, { displayName, roles }]) => ({ principal, displayName, roles: [...roles].sort() }))
    .sort((a, b) => a.principal.localeCompare(b.principal));
}
