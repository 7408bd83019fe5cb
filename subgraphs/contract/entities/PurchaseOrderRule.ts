import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant } from '../../kit/entityProperties';

/** Whether a customer's invoices need a purchase-order number, and the form it must have. */
export const PurchaseOrderRuleEntity = defineEntity({
  name: 'PurchaseOrderRule',
  tableName: 'purchase_order_rule',
  properties: (p) => ({
    customerId: p.string().length(40).primary(),
    region: p.string().length(8),
    required: p.boolean(),
    /** A regular expression the whole number must match, e.g. ^PO-\d{6}$. */
    pattern: p.string().length(200).nullable(),
    updatedBy: p.string(),
    updatedAt: instant(),
  }),
});

export type PurchaseOrderRule = InferEntity<typeof PurchaseOrderRuleEntity>;
