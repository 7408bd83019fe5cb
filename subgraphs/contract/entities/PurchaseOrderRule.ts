import { EntitySchema } from '@mikro-orm/core';

/** Whether a customer's invoices need a purchase-order number, and the form it must have. */
export interface PurchaseOrderRule {
  customerId: string;
  region: string;
  required: boolean;
  /** A regular expression the whole number must match, e.g. ^PO-\d{6}$. */
  pattern?: string | null;
  updatedBy: string;
  updatedAt: Date;
}

export const PurchaseOrderRuleEntity = new EntitySchema<PurchaseOrderRule>({
  name: 'PurchaseOrderRule',
  tableName: 'purchase_order_rule',
  properties: {
    customerId: { type: 'string', primary: true },
    region: { type: 'string' },
    required: { type: 'boolean' },
    pattern: { type: 'string', nullable: true },
    updatedBy: { type: 'string' },
    updatedAt: { type: 'datetime' },
  },
});
