import type { Principal } from '../lib/principal';
import { REGIONS, type Region } from '../lib/regions';
import type { FieldPlan, PolicyPlan } from './compile';
import type { Effective } from './decisions';
import { mostPermissive } from './permissiveness';

/**
 * Decides, from the compiled plan, what one principal gets for one field of one record. A
 * principal with several roles gets the most permissive of their decisions; a record of unknown
 * jurisdiction counts as out of everyone's region, and a principal without a known role gets
 * nothing.
 */

function inRegion(principal: Principal, recordRegion: string | undefined): boolean {
  return recordRegion !== undefined && principal.regions.includes(recordRegion as Region);
}

function forRole(byRole: FieldPlan['byRole'], principal: Principal, recordRegion: string | undefined): Effective[] {
  return principal.roles.map((role) => {
    const grant = byRole[role];
    if (!inRegion(principal, recordRegion)) return grant.outOfRegion;
    if (grant.purposes && !(principal.purpose && grant.purposes.includes(principal.purpose)))
      return grant.withoutPurpose ?? { effect: 'DENY' };
    return grant.inRegion;
  });
}

/** The decision for one field of one record; undefined when the field is not classified. */
export function decide(
  plan: PolicyPlan,
  principal: Principal,
  coordinate: string,
  recordRegion: string | undefined,
): Effective | undefined {
  const field = plan.fields[coordinate];
  return field && decideField(field, principal, recordRegion);
}

/** The decision for one compiled field (or attribute) of one record. */
export function decideField(field: FieldPlan, principal: Principal, recordRegion: string | undefined): Effective {
  return mostPermissive(forRole(field.byRole, principal, recordRegion));
}

/**
 * Before execution the records are unknown: the best the principal could get anywhere. Used by the
 * gateway to refuse early an operation that can only ever be denied.
 */
export function bestCase(plan: PolicyPlan, principal: Principal, coordinate: string): Effective | undefined {
  const field = plan.fields[coordinate];
  if (!field) return undefined;
  const anyInRegion = principal.regions[0];
  return mostPermissive([
    ...forRole(field.byRole, principal, anyInRegion),
    ...forRole(field.byRole, principal, undefined),
  ]);
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

/** Whether the principal may run the bulk export `name` (policy `exports`); Custos services export nothing. */
export function mayExport(plan: PolicyPlan, principal: Principal, name: string): boolean {
  const grant = Object.hasOwn(plan.exports, name) ? plan.exports[name] : undefined;
  if (!grant || principal.service) return false;
  return principal.roles.some((role) => grant.roles?.includes(role));
}

/** The decision for a copy of a value whose attribute nobody has classified yet: the strictest there is. */
export function decideUnclassified(
  plan: PolicyPlan,
  principal: Principal,
  recordRegion: string | undefined,
): Effective {
  return mostPermissive(forRole(plan.unclassified, principal, recordRegion));
}

function holdsLookupGrant(plan: PolicyPlan, principal: Principal, coordinate: string): boolean {
  const grant = plan.lookups[coordinate];
  if (!grant) return false;
  if (principal.service) return grant.services?.includes(principal.service) ?? false;
  return principal.roles.some((role) => grant.roles?.includes(role));
}

function usable(plan: PolicyPlan, principal: Principal, coordinate: string, decision: Effective | undefined): boolean {
  if (decision === undefined || decision.effect === 'ALLOW') return true;
  return decision.effect === 'MASK' && holdsLookupGrant(plan, principal, coordinate);
}

/**
 * Whether the principal may find records by a value of `coordinate` (a lookup, filter or match).
 * Using a value is reading it: this needs the right to read the value raw, or a lookup grant for
 * the attribute and at least a masked view of it, for every record the principal may see rows of.
 * Deciding it before looking means a refusal never depends on whether the value exists.
 */
export function mayLookUp(plan: PolicyPlan, principal: Principal, coordinate: string): boolean {
  const scope = rowScope(plan, principal);
  const jurisdictions: (string | undefined)[] = scope === 'ALL' ? [...REGIONS, undefined] : [...scope];
  return jurisdictions.every((region) =>
    usable(plan, principal, coordinate, decide(plan, principal, coordinate, region)),
  );
}
