import type { CompiledGrant, PolicyPlan } from './compile';
import type { Effective } from './decisions';
import type { OperationGrant } from './policy';
import { ROLES } from '../lib/roles';

/**
 * The effective access matrix for access reviews: one row per classified field, one column per
 * role. A cell reads `in-region / out-of-region` when the two differ, e.g. `ALLOW / ROUND`; a purpose
 * condition reads `ALLOW if purpose support, else EMAIL`. The last rows say which customers each role
 * may list, who holds a grant to find records by a classified value it may not read raw, and who
 * may run each mutation and each query that needs more than a known role (internal ones name the
 * services instead).
 */

function operationRows(kind: string, grants: Record<string, OperationGrant>): string[][] {
  return Object.entries(grants)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([coordinate, grant]) => [
      `(${kind} ${coordinate})`,
      grant.services ? `internal: ${grant.services.join(', ')}` : kind,
      ...ROLES.map((role) => (grant.roles?.includes(role) ? 'granted' : '-')),
    ]);
}

function cell(decision: Effective): string {
  return decision.effect === 'MASK' ? decision.strategy : decision.effect;
}

export function describeGrant(grant: CompiledGrant): string {
  const inRegion = grant.purposes
    ? `${cell(grant.inRegion)} if purpose ${grant.purposes.join('|')}, else ${cell(grant.withoutPurpose ?? { effect: 'DENY' })}`
    : cell(grant.inRegion);
  const outOfRegion = cell(grant.outOfRegion);
  return !grant.purposes && inRegion === outOfRegion ? inRegion : `${inRegion} / ${outOfRegion}`;
}

export function accessMatrix(plan: PolicyPlan): { header: string[]; rows: string[][] } {
  const fields = Object.values(plan.fields).sort(
    (a, b) => a.classification.localeCompare(b.classification) || a.coordinate.localeCompare(b.coordinate),
  );
  return {
    header: ['field', 'class', ...ROLES],
    rows: [
      ...fields.map((field) => [
        field.coordinate,
        field.classification,
        ...ROLES.map((role) => describeGrant(field.byRole[role])),
      ]),
      ['(customer rows)', '', ...ROLES.map((role) => (plan.rows[role] === 'ALL' ? 'all' : 'own regions'))],
      // Finding records by a classified value is otherwise only for those who may read it raw.
      ...Object.entries(plan.lookups).map(([coordinate, grant]) => [
        `(find by ${coordinate})`,
        'lookup',
        ...ROLES.map((role) => (grant.roles?.includes(role) ? 'granted' : '-')),
      ]),
      ...operationRows('run', plan.mutations),
      ...operationRows('query', plan.queries),
    ],
  };
}
