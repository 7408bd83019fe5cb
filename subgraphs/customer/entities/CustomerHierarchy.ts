import { EntitySchema } from '@mikro-orm/core';

/** A parent/child link between customer accounts, e.g. a subsidiary after an acquisition. */
export interface CustomerHierarchy {
  id: string;
  parentId: string;
  childId: string;
  relationship: string;
  since: Date;
}

export const CustomerHierarchyEntity = new EntitySchema<CustomerHierarchy>({
  name: 'CustomerHierarchy',
  tableName: 'customer_hierarchy',
  properties: {
    id: { type: 'string', primary: true },
    parentId: { type: 'string' },
    childId: { type: 'string' },
    relationship: { type: 'string' },
    since: { type: 'datetime' },
  },
});
