import type { SourceSystem } from '../../../lib/sourceSystems';
import { SOURCE_PRIORITY, type MappedAttribute } from './mappings';
import type { MappedAttributes } from './mapRecord';

/**
 * Golden record survivorship: per attribute, the value most recently verified by any source wins;
 * at equal verification times the attribute's source priority decides. Every surviving value keeps
 * its provenance (lineage).
 */

export interface SourceContribution {
  sourceSystem: SourceSystem;
  sourceRecordId: string;
  batchId?: string | null;
  /** When the source last confirmed its values; unknown counts as oldest. */
  verifiedAt?: Date | null;
  attributes: MappedAttributes;
}

export interface Lineage {
  field: MappedAttribute;
  value: unknown;
  sourceSystem: SourceSystem;
  sourceRecordId: string;
  batchId: string | null;
  verifiedAt: Date | null;
  rule: 'MOST_RECENTLY_VERIFIED' | 'SOURCE_PRIORITY' | 'ONLY_SOURCE';
}

export type GoldenRecord = { [K in MappedAttribute]?: { value: NonNullable<MappedAttributes[K]>; lineage: Lineage } };

const ATTRIBUTES: readonly MappedAttribute[] = [
  'legalName',
  'nativeName',
  'country',
  'taxId',
  'duns',
  'billingAddress',
  'paymentTermsCode',
  'creditLimit',
];

function priorityOf(attribute: MappedAttribute, system: SourceSystem): number {
  const order = SOURCE_PRIORITY[attribute] ?? SOURCE_PRIORITY.default;
  const index = order.indexOf(system);
  return index === -1 ? order.length : index;
}

export function survive(contributions: readonly SourceContribution[]): GoldenRecord {
  const golden: Record<string, { value: unknown; lineage: Lineage }> = {};
  for (const attribute of ATTRIBUTES) {
    const offers = contributions.filter((c) => c.attributes[attribute] !== undefined);
    if (offers.length === 0) continue;
    const time = (c: SourceContribution) => c.verifiedAt?.getTime() ?? Number.NEGATIVE_INFINITY;
    const sorted = [...offers].sort(
      (a, b) => time(b) - time(a) || priorityOf(attribute, a.sourceSystem) - priorityOf(attribute, b.sourceSystem),
    );
    const [winner, runnerUp] = sorted;
    const rule: Lineage['rule'] = !runnerUp
      ? 'ONLY_SOURCE'
      : time(winner) > time(runnerUp)
        ? 'MOST_RECENTLY_VERIFIED'
        : 'SOURCE_PRIORITY';
    golden[attribute] = {
      value: winner.attributes[attribute],
      lineage: {
        field: attribute,
        value: winner.attributes[attribute],
        sourceSystem: winner.sourceSystem,
        sourceRecordId: winner.sourceRecordId,
        batchId: winner.batchId ?? null,
        verifiedAt: winner.verifiedAt ?? null,
        rule,
      },
    };
  }
  return golden as GoldenRecord;
}
