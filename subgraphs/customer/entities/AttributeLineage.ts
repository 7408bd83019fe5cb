import { EntitySchema } from '@mikro-orm/core';

/** Where the current value of one golden attribute came from. One row per customer and attribute. */
export interface AttributeLineage {
  id: string;
  customerId: string;
  field: string;
  /** JSON text of the value; null for classified attributes, whose values are read through their governed fields. */
  value?: string | null;
  sourceSystem: string;
  sourceRecordId: string;
  batchId?: string | null;
  verifiedAt?: Date | null;
  rule: string;
}

export const AttributeLineageEntity = new EntitySchema<AttributeLineage>({
  name: 'AttributeLineage',
  tableName: 'attribute_lineage',
  properties: {
    id: { type: 'string', primary: true },
    customerId: { type: 'string' },
    field: { type: 'string' },
    value: { type: 'text', nullable: true },
    sourceSystem: { type: 'string' },
    sourceRecordId: { type: 'string' },
    batchId: { type: 'string', nullable: true },
    verifiedAt: { type: 'datetime', nullable: true },
    rule: { type: 'string' },
  },
});
