import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, reference, rowId, systemName, unkeyedReference } from '../../kit/entityProperties';
import type { LineageSource } from '../ingestion/survivorship';
import { CustomerEntity } from './Customer';

/** Where the current value of one golden attribute came from. One row per customer and attribute. */
export const AttributeLineageEntity = defineEntity({
  name: 'AttributeLineage',
  tableName: 'attribute_lineage',
  properties: (p) => ({
    id: rowId(128),
    customerId: reference(CustomerEntity, 'customer_id', 'cascade'),
    field: p.string().length(32),
    /** JSON text of the value; null for classified attributes, whose values are read through their governed fields. */
    value: p.text().nullable(),
    /** The source system, or STEWARD for a steward's edit. */
    sourceSystem: systemName<LineageSource>(),
    /** Null for a value set by a steward's edit or a change event. */
    sourceRecordId: unkeyedReference().nullable(),
    batchId: p.string().length(128).nullable(),
    verifiedAt: instant().nullable(),
    /** Who set the value by hand, for a steward's edit. */
    actor: p.string().nullable(),
    rule: p.string().length(32),
  }),
  uniques: [{ properties: ['customerId', 'field'] }],
});

export type AttributeLineage = InferEntity<typeof AttributeLineageEntity>;
