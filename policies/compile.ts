import { CLASSIFICATION_NAMES, isClassification, type Classification } from './classifications';
import { DENY, type Decision, type Effective, type Grant } from './decisions';
import { MASKING_STRATEGIES, supports, type FieldKind, type MaskingStrategy } from './masking';
import type { Policy } from './policy';
import { ROLES, type Role } from '../lib/roles';
import { leastPermissive } from './permissiveness';
import type { SensitiveField } from './sensitiveFields';
import { isPurpose } from './purposes';

/**
 * Compiles the policy against the classified fields of a schema into a plan: for every sensitive
 * field coordinate and every role, the exact decision in and out of region, with each mask resolved
 * to a strategy that fits the field. The gateway and every subgraph interpret this one plan. The
 * plan is plain data: it is snapshot-tested and printed for access reviews.
 *
 * A MASK without a strategy, or with one that does not fit the field's kind (ROUND on a phone
 * number), uses the field's own mask from `@sensitive(mask: ...)`.
 */

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

/** A classified attribute as the compiler needs it: which class, what kind of value, its own mask. */
export interface AttributeShape {
  coordinate: string;
  classification: Classification;
  kind: FieldKind;
  mask: MaskingStrategy;
  list?: boolean;
}

export interface PolicyPlan {
  version: string;
  fields: Record<string, FieldPlan>;
  /**
   * What each role gets of a value whose attribute nobody has classified yet (say, a key a source
   * sent that its mapping does not know): the least it gets of any classification, masked to null.
   */
  unclassified: Record<Role, CompiledGrant>;
  /** The policy's grants, so that attributes this schema does not expose can be compiled when a copy of one turns up. */
  grants: Record<Role, Partial<Record<Classification, Grant>>>;
  mutations: Policy['mutations'];
  queries: Policy['queries'];
  lookups: Policy['lookups'];
  exports: Policy['exports'];
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
    ...(grant.purposes
      ? { purposes: grant.purposes, withoutPurpose: resolve(grant.withoutPurpose ?? DENY, field) }
      : {}),
  };
}

/** One classified attribute compiled: the decision of every role, in and out of region. */
export function compileField(grants: PolicyPlan['grants'], attribute: AttributeShape): FieldPlan {
  const shape = { kind: attribute.kind, mask: attribute.mask };
  return {
    coordinate: attribute.coordinate,
    classification: attribute.classification,
    kind: attribute.kind,
    list: attribute.list ?? false,
    mask: attribute.mask,
    byRole: Object.fromEntries(
      ROLES.map((role) => [role, compileGrant(grants[role][attribute.classification], shape)]),
    ) as Record<Role, CompiledGrant>,
  };
}

/** The least a role gets of any classification, in and out of region, whatever purpose it states. */
function strictestGrant(grants: PolicyPlan['grants'], role: Role): CompiledGrant {
  const unknownShape = { kind: 'String' as FieldKind, mask: 'NULLIFY' as MaskingStrategy };
  const nullified = (decision: Effective): Effective =>
    decision.effect === 'MASK' ? { effect: 'MASK', strategy: 'NULLIFY' } : decision;
  const compiled = CLASSIFICATION_NAMES.map((classification) =>
    compileGrant(grants[role][classification], unknownShape),
  );
  const least = (pick: (grant: CompiledGrant) => Effective[]) => nullified(leastPermissive(compiled.flatMap(pick)));
  return {
    inRegion: least((grant) => [
      grant.inRegion,
      ...(grant.purposes ? [grant.withoutPurpose ?? (DENY as Effective)] : []),
    ]),
    outOfRegion: least((grant) => [grant.outOfRegion]),
  };
}

export function compilePolicy(policy: Policy, sensitiveFields: readonly SensitiveField[]): PolicyPlan {
  const problems: string[] = [];
  const fields: Record<string, FieldPlan> = {};
  const grants = Object.fromEntries(ROLES.map((role) => [role, policy.roles[role].grants])) as PolicyPlan['grants'];
  for (const field of sensitiveFields) {
    const where = `@sensitive on ${field.coordinate}`;
    if (!isClassification(field.classification)) problems.push(`${where}: unknown class "${field.classification}"`);
    if (typeof field.kind !== 'string')
      problems.push(`${where}: only scalar and Money fields can be classified, not ${field.kind.unsupported}`);
    if (!isStrategy(field.mask))
      problems.push(`${where}: mask "${field.mask ?? ''}" is not one of ${MASKING_STRATEGIES.join(', ')}`);
    else if (typeof field.kind === 'string' && !supports(field.mask, field.kind))
      problems.push(`${where}: mask ${field.mask} does not fit ${field.kind} values`);
    // A denied or masked-to-null value must be able to be null without nulling its parent.
    if (field.nonNull) problems.push(`${where}: a classified field must be nullable`);
    if (!isClassification(field.classification) || typeof field.kind !== 'string' || !isStrategy(field.mask)) continue;
    fields[field.coordinate] = compileField(grants, {
      coordinate: field.coordinate,
      classification: field.classification,
      kind: field.kind,
      mask: field.mask,
      list: field.list,
    });
  }
  for (const role of ROLES) {
    for (const [classification, grant] of Object.entries(policy.roles[role].grants)) {
      for (const decision of [grant.inRegion, grant.outOfRegion, grant.withoutPurpose]) {
        if (decision?.effect === 'MASK' && decision.strategy && !isStrategy(decision.strategy)) {
          problems.push(`${role} / ${classification}: unknown masking strategy "${decision.strategy}"`);
        }
      }
      if (grant.purposes && grant.purposes.length === 0)
        problems.push(`${role} / ${classification}: an empty purpose list can never be met`);
      for (const purpose of grant.purposes ?? [])
        if (!isPurpose(purpose))
          problems.push(`${role} / ${classification}: unknown purpose "${purpose}" (policies/purposes.ts)`);
    }
  }
  for (const [coordinate, grant] of [
    ...Object.entries(policy.mutations),
    ...Object.entries(policy.queries),
    ...Object.entries(policy.lookups),
    ...Object.entries(policy.exports).map(([name, grant]) => [`export ${name}`, grant] as const),
  ]) {
    for (const role of grant.roles ?? [])
      if (!ROLES.includes(role)) problems.push(`${coordinate}: unknown role "${role}"`);
  }
  if (problems.length > 0) throw new PolicyError(problems);
  return {
    version: policy.version,
    fields,
    unclassified: Object.fromEntries(ROLES.map((role) => [role, strictestGrant(grants, role)])) as Record<
      Role,
      CompiledGrant
    >,
    grants,
    mutations: policy.mutations,
    queries: policy.queries,
    lookups: policy.lookups,
    exports: policy.exports,
    rows: Object.fromEntries(ROLES.map((role) => [role, policy.roles[role].rows])) as Record<Role, 'ALL' | 'IN_REGION'>,
    masking: policy.masking,
  };
}
