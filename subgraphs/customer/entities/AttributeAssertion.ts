import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json, reference, rowId, systemName } from '../../kit/entityProperties';
import type { AssertionRule, LineageSource } from '../ingestion/survivorship';
import { CustomerEntity } from './Customer';

/**
 * A value of one golden attribute set outside a source record: by a data steward's edit or by a
 * change event from a source system. It takes part in survivorship as a source record does,
 * verified when it was set, so the next recompute of the golden record keeps it until a newer
 * verified value arrives. One row per customer, attribute and setter: a later edit replaces it.
 */
export const AttributeAssertionEntity = defineEntity({
  name: 'AttributeAssertion',
  tableName: 'attribute_assertion',
  properties: (p) => ({
    id: rowId(128),
    customerId: reference(CustomerEntity, 'customer_id', 'cascade'),
    field: p.string().length(32),
    /** The value as the customer attribute holds it (mapped form, as survivorship compares it). */
    value: json<unknown>(),
    /** STEWARD for a steward's edit, else the system the change event came from. */
    sourceSystem: systemName<LineageSource>(),
    rule: p.string().length(32).$type<AssertionRule>(),
    /** The steward who made the edit; null for a change event. */
    actor: p.string().nullable(),
    verifiedAt: instant(),
  }),
  uniques: [{ properties: ['customerId', 'field', 'sourceSystem'] }],
});

export type AttributeAssertion = InferEntity<typeof AttributeAssertionEntity>;
