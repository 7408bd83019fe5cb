import { forbidden } from '../lib/errors';
import type { Principal } from '../lib/principal';
import type { Role } from '../lib/roles';
import type { Parties } from './dataDomains';

/**
 * Routing by ownership: a decision the RACI routes to certain people (a pricing-tier change to the
 * accountable steward of pricing, a dispute to its level's assignees) is theirs alone, besides any
 * roles the policy data names as able to decide anything of the kind. Teams route too, but a token
 * does not say which team its holder is in, so only the people named can decide.
 */

/** Who a decision is routed to, for the refusal: people and teams by name, never anything else. */
export function describeParties(parties: Parties): string {
  const named = [...parties.people, ...parties.teams.map((team) => `team ${team}`)];
  return named.length > 0 ? named.join(', ') : 'nobody yet (no one is assigned)';
}

export function isRoutedTo(principal: Principal, parties: Parties, alsoRoles: readonly Role[] = []): boolean {
  return parties.people.includes(principal.sub) || principal.roles.some((role) => alsoRoles.includes(role));
}

export function assertRoutedTo(
  principal: Principal,
  parties: Parties,
  what: string,
  alsoRoles: readonly Role[] = [],
): void {
  if (!isRoutedTo(principal, parties, alsoRoles))
    throw forbidden(`${what} is routed to ${describeParties(parties)}; you are not one of them`);
}
