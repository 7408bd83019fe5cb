import type { SqlEntityManager } from '@mikro-orm/knex';
import { AttributeAssertionEntity, type AttributeAssertion } from '../entities/AttributeAssertion';
import type { MappedAttributes } from './mapRecord';
import { isGoldenAttribute, type AssertionRule, type LineageSource, type SourceContribution } from './survivorship';

/**
 * Golden attribute values set outside source records (a steward's edit, a change event), kept so
 * that every recompute of the golden record weighs them with the sources' values.
 */

export interface Assertion {
  customerId: string;
  sourceSystem: LineageSource;
  rule: AssertionRule;
  actor: string | null;
  at: Date;
}

/** Records the golden attributes among `values` as set by `assertion`, replacing what that setter set before. */
export async function recordAssertions(
  em: SqlEntityManager,
  values: Record<string, unknown>,
  { customerId, sourceSystem, rule, actor, at }: Assertion,
): Promise<void> {
  const golden = Object.entries(values).filter(([field, value]) => isGoldenAttribute(field) && value !== undefined);
  if (golden.length === 0) return;
  const known = await em.find(AttributeAssertionEntity, {
    customerId,
    sourceSystem,
    field: { $in: golden.map(([field]) => field) },
  });
  for (const [field, value] of golden) {
    const row = known.find((assertion) => assertion.field === field);
    if (row) Object.assign(row, { value, rule, actor, verifiedAt: at });
    else
      em.create(AttributeAssertionEntity, {
        id: `${customerId}:${field}:${sourceSystem}`,
        customerId,
        field,
        value,
        sourceSystem,
        rule,
        actor,
        verifiedAt: at,
      });
  }
}

/** An assertion as survivorship weighs it: one attribute, verified when it was set. */
export function assertionContribution(assertion: AttributeAssertion): SourceContribution {
  return {
    sourceSystem: assertion.sourceSystem,
    sourceRecordId: null,
    verifiedAt: assertion.verifiedAt,
    assertedBy: assertion.rule,
    actor: assertion.actor,
    attributes: { [assertion.field]: assertion.value } as MappedAttributes,
  };
}
