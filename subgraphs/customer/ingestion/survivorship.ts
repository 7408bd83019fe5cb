import type { SourceSystem } from '../../../lib/sourceSystems';
import { SOURCE_PRIORITY, type MappedAttribute } from './mappings';
import type { MappedAttributes } from './mapRecord';

/**
 * Golden record survivorship: per attribute, the value most recently verified wins; at equal
 * verification times a steward's edit wins, then the attribute's source priority decides. A value
 * comes from a source record, from a data steward's edit or from a change event (CDC); each takes
 * part the same way, so a steward's edit holds until a source verifies a newer value. Every
 * surviving value keeps its provenance (lineage).
 */

/** Who a value came from: a system of record, or a data steward editing the golden record by hand. */
export type LineageSource = SourceSystem | 'STEWARD';

/** How a value set outside a source record was set; it is the rule its lineage shows. */
export type AssertionRule = 'STEWARD_EDIT' | 'CHANGE_EVENT';

export interface SourceContribution {
  sourceSystem: LineageSource;
  /** The source record the values come from; null for a steward's edit or a change event. */
  sourceRecordId: string | null;
  batchId?: string | null;
  /** When the source last confirmed its values (a steward's edit: when it was made); unknown counts as oldest. */
  verifiedAt?: Date | null;
  /** Set for values not read from a source record. */
  assertedBy?: AssertionRule;
  /** Who set the values by hand, for a steward's edit. */
  actor?: string | null;
  attributes: MappedAttributes;
}

export interface Lineage {
  field: MappedAttribute;
  value: unknown;
  sourceSystem: LineageSource;
  sourceRecordId: string | null;
  batchId: string | null;
  verifiedAt: Date | null;
  actor: string | null;
  rule: 'MOST_RECENTLY_VERIFIED' | 'SOURCE_PRIORITY' | 'ONLY_SOURCE' | AssertionRule;
}

export type GoldenRecord = { [K in MappedAttribute]?: { value: NonNullable<MappedAttributes[K]>; lineage: Lineage } };

export const GOLDEN_ATTRIBUTES: readonly MappedAttribute[] = [
  'legalName',
  'nativeName',
  'country',
  'taxId',
  'duns',
  'billingAddress',
  'paymentTermsCode',
  'creditLimit',
];

export const isGoldenAttribute = (field: string): field is MappedAttribute =>
  (GOLDEN_ATTRIBUTES as readonly string[]).includes(field);

/** A steward decided by hand: at equal times that outranks every system. */
function priorityOf(attribute: MappedAttribute, system: LineageSource): number {
  if (system === 'STEWARD') return -1;
  const order = SOURCE_PRIORITY[attribute] ?? SOURCE_PRIORITY.default;
  const index = order.indexOf(system);
  return index === -1 ? order.length : index;
}

export function survive(contributions: readonly SourceContribution[]): GoldenRecord {
  const golden: Record<string, { value: unknown; lineage: Lineage }> = {};
  for (const attribute of GOLDEN_ATTRIBUTES) {
    const offers = contributions.filter((c) => c.attributes[attribute] !== undefined);
    if (offers.length === 0) continue;
    const time = (c: SourceContribution) => c.verifiedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
    const sorted = [...offers].sort(
      (a, b) => time(b) - time(a) || priorityOf(attribute, a.sourceSystem) - priorityOf(attribute, b.sourceSystem),
    );
    const [winner, runnerUp] = sorted;
    const rule: Lineage['rule'] =
      winner.assertedBy ??
      (!runnerUp ? 'ONLY_SOURCE' : time(winner) > time(runnerUp) ? 'MOST_RECENTLY_VERIFIED' : 'SOURCE_PRIORITY');
    golden[attribute] = {
      value: winner.attributes[attribute],
      lineage: {
        field: attribute,
        value: winner.attributes[attribute],
        sourceSystem: winner.sourceSystem,
        sourceRecordId: winner.sourceRecordId,
        batchId: winner.batchId ?? null,
        verifiedAt: winner.verifiedAt ?? null,
        actor: winner.actor ?? null,
        rule,
      },
    };
  }
  return golden as GoldenRecord;
}
