import type { Principal } from '../lib/principal';
import type { Region } from './regions';
import type { Effective, FieldPlan, PolicyPlan } from './compile';
import type { MaskingStrategy } from './masking';

/**
 * Decides, from the compiled plan, what one principal gets for one field of one record. A
 * principal with several roles gets the most permissive of their decisions; a record of unknown
 * jurisdiction counts as out of everyone's region, and a principal without a known role gets
 * nothing.
 */

/** How much of the value a strategy lets through: more is more permissive. */
const STRATEGY_RANK: Record<MaskingStrategy, number> = {
  ROUND: 9, DATE_YEAR: 8, LAST_FOUR: 7, FIRST_FOUR: 7, EMAIL: 7, BUCKET: 6, HASH: 5, DEFAULT: 2, NULLIFY: 1,
};

function rank(decision: Effective): number {
  if (decision.effect === 'ALLOW') return 100;
  if (decision.effect === 'DENY') return 0;
  return 10 + STRATEGY_RANK[decision.strategy];
}

export function mostPermissive(decisions: readonly Effective[]): Effective {
  return decisions.reduce<Effective>((best, next) => (rank(next) > rank(best) ? next : best), { effect: 'DENY' });
}

function inRegion(principal: Principal, recordRegion: string | undefined): boolean {
  return recordRegion !== undefined && principal.regions.includes(recordRegion as Region);
}

function forRole(field: FieldPlan, principal: Principal, recordRegion: string | undefined): Effective[] {
  return principal.roles.map((role) => {
    const grant = field.byRole[role];
    if (!inRegion(principal, recordRegion)) return grant.outOfRegion;
    if (grant.purposes && !(principal.purpose && grant.purposes.includes(principal.purpose))) return grant.withoutPurpose ?? { effect: 'DENY' };
    return grant.inRegion;
  });
}

/** The decision for one field of one record; undefined when the field is not classified. */
export function decide(plan: PolicyPlan, principal: Principal, coordinate: string, recordRegion: string | undefined): Effective | undefined {
  const field = plan.fields[coordinate];
  if (!field) return undefined;
  return mostPermissive(forRole(field, principal, recordRegion));
}

/**
 * Before execution the records are unknown: the best the principal could get anywhere. Used by the
 * gateway to refuse early an operation that can only ever be denied.
 */
export function bestCase(plan: PolicyPlan, principal: Principal, coordinate: string): Effective | undefined {
  const field = plan.fields[coordinate];
  if (!field) return undefined;
  const anyInRegion = principal.regions[0];
  return mostPermissive([...forRole(field, principal, anyInRegion), ...forRole(field, principal, undefined)]);
}

/** Which customers' rows a principal may list: all, or those of its regions. */
export function rowScope(plan: PolicyPlan, principal: Principal): 'ALL' | readonly Region[] {
  return principal.roles.some((role) => plan.rows[role] === 'ALL') ? 'ALL' : principal.regions;
}

/** Whether the principal may run the mutation or restricted query at `coordinate` (e.g. `Mutation.updateCustomer`). */
export function mayRun(plan: PolicyPlan, principal: Principal, coordinate: string): boolean {
  const grant = plan.mutations[coordinate] ?? plan.queries[coordinate];
  if (!grant) return false;
  if (principal.service) return grant.services?.includes(principal.service) ?? false;
  return principal.roles.some((role) => grant.roles?.includes(role));
}
