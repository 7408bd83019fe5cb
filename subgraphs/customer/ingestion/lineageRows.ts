import type { AttributeLineage } from '../entities/AttributeLineage';
import type { GoldenRecord, Lineage } from './survivorship';

/** The lineage rows of a customer's golden record, one per attribute that has a value. */
export function lineageRows(customerId: string, golden: GoldenRecord): AttributeLineage[] {
  return (Object.values(golden) as { lineage: Lineage }[]).map(({ lineage }) => ({
    id: `${customerId}:${lineage.field}`,
    customerId,
    field: lineage.field,
    // Governed on the way out as the attribute it copies (AttributeLineage.value).
    value: JSON.stringify(lineage.value),
    sourceSystem: lineage.sourceSystem,
    sourceRecordId: lineage.sourceRecordId,
    batchId: lineage.batchId,
    verifiedAt: lineage.verifiedAt,
    actor: lineage.actor,
    rule: lineage.rule,
  }));
}
