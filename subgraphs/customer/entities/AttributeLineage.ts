import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, reference } from '../../kit/entityProperties';
import { CustomerEntity } from './Customer';

/** Where the current value of one golden attribute came from. One row per customer and attribute. */
export const AttributeLineageEntity = defineEntity({
  name: 'AttributeLineage',
  tableName: 'attribute_lineage',
  properties: (p) => ({
    id: p.string().length(128).primary(),
    customerId: reference(CustomerEntity, 'customer_id', 'cascade'),
    field: p.string().length(32),
    /** JSON text of the value; null for classified attributes, whose values are read through their governed fields. */
    value: p.text().nullable(),
    sourceSystem: p.string().length(16),
    sourceRecordId: p.string().length(64),
    batchId: p.string().length(128).nullable(),
    verifiedAt: instant().nullable(),
    rule: p.string().length(32),
  }),
  uniques: [{ properties: ['customerId', 'field'] }],
});

export type AttributeLineage = InferEntity<typeof AttributeLineageEntity>;
