import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { reference } from '../../kit/entityProperties';
import { CustomerEntity } from './Customer';

/**
 * A blocking key of a customer under the match configuration in force (ingestion/matchKeys.ts):
 * an incoming record is compared with the customers sharing one of its keys. Derived data, rebuilt
 * when a configuration with other blocking rules comes into force, and dropped by a migration (then
 * computed at start) when an upgrade changes how keys are made.
 */
export const CustomerMatchKeyEntity = defineEntity({
  name: 'CustomerMatchKey',
  tableName: 'customer_match_key',
  properties: (p) => ({
    customerId: reference(CustomerEntity, 'customer_id', 'cascade').primary(),
    key: p.string().length(255).primary(),
  }),
  indexes: [{ properties: 'key' }],
});

export type CustomerMatchKey = InferEntity<typeof CustomerMatchKeyEntity>;
