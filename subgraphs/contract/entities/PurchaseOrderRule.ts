import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { customerId, instant, regionCode } from '../../kit/entityProperties';

/** Whether a customer's invoices need a purchase-order number, and the form it must have. */
export const PurchaseOrderRuleEntity = defineEntity({
  name: 'PurchaseOrderRule',
  tableName: 'purchase_order_rule',
  properties: (p) => ({
    customerId: customerId().primary(),
    region: regionCode(),
    required: p.boolean(),
    /** A regular expression the whole number must match, e.g. ^PO-\d{6}$. */
    pattern: p.string().length(200).nullable(),
    updatedBy: p.string(),
    updatedAt: instant(),
  }),
});

export type PurchaseOrderRule = InferEntity<typeof PurchaseOrderRuleEntity>;
