import { isClassification, type Classification } from './classifications';
import { DENY, type Decision, type Grant } from './decisions';
import { MASKING_STRATEGIES, supports, type FieldKind, type MaskingStrategy } from './masking';
import type { Policy } from './policy';
import { ROLES, type Role } from './roles';
import type { SensitiveField } from './sensitiveFields';

/**
 * Compiles the policy against the classified fields of a schema into a plan: for every sensitive
 * field coordinate and every role, the exact decision in and out of region, with each mask resolved
 * to a strategy that fits the field. The gateway and every subgraph interpret this one plan. The
 * plan is plain data: it is snapshot-tested and printed for access reviews.
 *
 * A MASK without a strategy, or with one that does not fit the field's kind (ROUND on a phone
 * number), uses the field's own mask from `@sensitive(mask: ...)`.
 */

export type Effective = { effect: 'ALLOW' } | { effect: 'DENY' } | { effect: 'MASK'; strategy: MaskingStrategy };

export interface CompiledGrant {
  inRegion: Effective;
  outOfRegion: Effective;
  purposes?: readonly string[];
  withoutPurpose?: Effective;
}

export interface FieldPlan {
  coordinate: string;
  classification: Classification;
  kind: FieldKind;
  list: boolean;
  mask: MaskingStrategy;
  byRole: Record<Role, CompiledGrant>;
}

export interface PolicyPlan {
  version: string;
  fields: Record<string, FieldPlan>;
  mutations: Policy['mutations'];
  queries: Policy['queries'];
  rows: Record<Role, 'ALL' | 'IN_REGION'>;
  masking: Policy['masking'];
}

export class PolicyError extends Error {
  constructor(readonly problems: string[]) {
    super(`the policy does not compile:\n  - ${problems.join('\n  - ')}`);
  }
}

function isStrategy(value: unknown): value is MaskingStrategy {
  return typeof value === 'string' && (MASKING_STRATEGIES as readonly string[]).includes(value);
}

function resolve(decision: Decision, field: { kind: FieldKind; mask: MaskingStrategy }): Effective {
  if (decision.effect !== 'MASK') return decision;
  const strategy = decision.strategy && supports(decision.strategy, field.kind) ? decision.strategy : field.mask;
  return { effect: 'MASK', strategy };
}

function compileGrant(grant: Grant | undefined, field: { kind: FieldKind; mask: MaskingStrategy }): CompiledGrant {
  if (!grant) return { inRegion: DENY as Effective, outOfRegion: DENY as Effective };
  return {
    inRegion: resolve(grant.inRegion, field),
    outOfRegion: resolve(grant.outOfRegion, field),
    ...(grant.purposes ? { purposes: grant.purposes, withoutPurpose: resolve(grant.withoutPurpose ?? DENY, field) } : {}),
  };
}

export function compilePolicy(policy: Policy, sensitiveFields: readonly SensitiveField[]): PolicyPlan {
  const problems: string[] = [];
  const fields: Record<string, FieldPlan> = {};
  for (const field of sensitiveFields) {
    const where = `@sensitive on ${field.coordinate}`;
    if (!isClassification(field.classification)) problems.push(`${where}: unknown class "${field.classification}"`);
    if (typeof field.kind !== 'string') problems.push(`${where}: only scalar and Money fields can be classified, not ${field.kind.unsupported}`);
    if (!isStrategy(field.mask)) problems.push(`${where}: mask "${field.mask ?? ''}" is not one of ${MASKING_STRATEGIES.join(', ')}`);
    else if (typeof field.kind === 'string' && !supports(field.mask, field.kind)) problems.push(`${where}: mask ${field.mask} does not fit ${field.kind} values`);
    // A denied or masked-to-null value must be able to be null without nulling its parent.
    if (field.nonNull) problems.push(`${where}: a classified field must be nullable`);
    if (!isClassification(field.classification) || typeof field.kind !== 'string' || !isStrategy(field.mask)) continue;
    const shape = { kind: field.kind, mask: field.mask };
    const classification: Classification = field.classification;
    fields[field.coordinate] = {
      coordinate: field.coordinate,
      classification,
      kind: field.kind,
      list: field.list,
      mask: field.mask,
      byRole: Object.fromEntries(ROLES.map((role) => [role, compileGrant(policy.roles[role].grants[classification], shape)])) as Record<Role, CompiledGrant>,
    };
  }
  for (const role of ROLES) {
    for (const [classification, grant] of Object.entries(policy.roles[role].grants)) {
      for (const decision of [grant.inRegion, grant.outOfRegion, grant.withoutPurpose]) {
        if (decision?.effect === 'MASK' && decision.strategy && !isStrategy(decision.strategy)) {
          problems.push(`${role} / ${classification}: unknown masking strategy "${decision.strategy}"`);
        }
      }
      if (grant.purposes && grant.purposes.length === 0) problems.push(`${role} / ${classification}: an empty purpose list can never be met`);
    }
  }
  for (const [coordinate, grant] of [...Object.entries(policy.mutations), ...Object.entries(policy.queries)]) {
    for (const role of grant.roles ?? []) if (!ROLES.includes(role)) problems.push(`${coordinate}: unknown role "${role}"`);
  }
  if (problems.length > 0) throw new PolicyError(problems);
  return {
    version: policy.version,
    fields,
    mutations: policy.mutations,
    queries: policy.queries,
    rows: Object.fromEntries(ROLES.map((role) => [role, policy.roles[role].rows])) as Record<Role, 'ALL' | 'IN_REGION'>,
    masking: policy.masking,
  };
}
