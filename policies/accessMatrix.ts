import type { CompiledGrant, Effective, PolicyPlan } from './compile';
import { ROLES } from './roles';

/**
 * The effective access matrix for access reviews: one row per classified field, one column per
 * role. A cell reads `in-region / out-of-region` when the two differ, e.g. `ALLOW / ROUND`; a purpose
 * condition reads `ALLOW if purpose support, else EMAIL`. The last rows say which customers each role
 * may list, and who holds a grant to find records by a classified value it may not read raw.
 */

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
    ],
  };
}

export function renderMarkdownTable({ header, rows }: { header: string[]; rows: string[][] }): string {
  const widths = header.map((title, i) => Math.max(title.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
