import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, reference, rowId } from '../../kit/entityProperties';
import { CustomerEntity } from './Customer';

/** A parent/child link between customer accounts, e.g. a subsidiary after an acquisition. */
export const CustomerHierarchyEntity = defineEntity({
  name: 'CustomerHierarchy',
  tableName: 'customer_hierarchy',
  properties: (p) => ({
    id: rowId(100),
    parentId: reference(CustomerEntity, 'parent_id', 'no action'),
    /** Unique: one parent per account, a child cannot sit in two hierarchies at once. */
    childId: reference(CustomerEntity, 'child_id', 'no action'),
    relationship: p.string().length(32),
    since: instant(),
  }),
  indexes: [{ properties: 'parentId' }],
  uniques: [{ properties: 'childId' }],
});

export type CustomerHierarchy = InferEntity<typeof CustomerHierarchyEntity>;
