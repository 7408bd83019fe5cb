import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { applyPatch, diffCustomer, type FieldChange } from '../changes';
import { AttributeAssertionEntity } from '../entities/AttributeAssertion';
import { AttributeLineageEntity } from '../entities/AttributeLineage';
import { ChangeOutboxEntity } from '../entities/ChangeOutbox';
import type { Customer } from '../entities/Customer';
import { SourceRecordEntity, type SourceRecord } from '../entities/SourceRecord';
import { TaxIdentifierEntity } from '../entities/TaxIdentifier';
import { assertionContribution } from './attributeAssertions';
import { goldenPatch } from './goldenPatch';
import { lineageRows } from './lineageRows';
import { mapRecord, type MappedAttributes } from './mapRecord';
import { survive, type GoldenRecord } from './survivorship';
import { refreshMatchKeys } from './matchKeys';
import { activeMatchConfiguration } from './matchConfigurations';

/**
 * Recomputes a customer's golden attributes from all its source records and the values stewards
 * and change events set for it, writes their lineage and its blocking keys, and logs every field
 * that changed, as any master-data change is.
 */

function withoutHeld(attributes: MappedAttributes, held: readonly string[] | null | undefined): MappedAttributes {
  if (!held || held.length === 0) return attributes;
  return Object.fromEntries(Object.entries(attributes).filter(([field]) => !held.includes(field))) as MappedAttributes;
}

/** Sets a customer's golden fields from its golden record; answers the changes, for the change log. */
export function applyGolden(customer: Customer, golden: GoldenRecord, at: Date): FieldChange[] {
  const { country, region, nativeName, ...tracked } = goldenPatch(golden);
  const changes = diffCustomer(customer, tracked);
  applyPatch(customer, tracked, at);
  if (country) customer.country = country;
  if (region) customer.region = region;
  if (nativeName) customer.nativeName = nativeName;
  return changes;
}

export async function recomputeGolden(
  em: SqlEntityManager,
  customer: Customer,
  actor: string,
  reason: string,
): Promise<void> {
  const sources: SourceRecord[] = await em.find(SourceRecordEntity, { customerId: customer.id });
  const assertions = await em.find(AttributeAssertionEntity, { customerId: customer.id });
  const golden = survive([
    ...sources.map((source) => ({
      sourceSystem: source.sourceSystem,
      sourceRecordId: source.id,
      batchId: source.batchId,
      verifiedAt: source.verifiedAt,
      attributes: withoutHeld(mapRecord(source.sourceSystem, source.payload).attributes, source.heldAttributes),
    })),
    ...assertions.map(assertionContribution),
  ]);
  const at = new Date();
  const changes = applyGolden(customer, golden, at);
  for (const change of changes) {
    em.create(ChangeOutboxEntity, { id: `chg_${randomUUID()}`, customerId: customer.id, ...change, actor, at, reason });
  }
  if (golden.taxId) {
    const { kind, value, country: taxCountry } = golden.taxId.value;
    const known = await em.findOne(TaxIdentifierEntity, { customerId: customer.id, kind, country: taxCountry });
    if (!known)
      em.create(TaxIdentifierEntity, {
        id: `${customer.id}_tax_${kind}_${taxCountry}`,
        customerId: customer.id,
        kind,
        value,
        country: taxCountry,
      });
    else known.value = value;
  }
  await em.nativeDelete(AttributeLineageEntity, { customerId: customer.id });
  for (const row of lineageRows(customer.id, golden)) em.create(AttributeLineageEntity, row);
  await refreshMatchKeys(em, [customer], await activeMatchConfiguration(em));
}
