import { BigIntType, EntitySchema } from '@mikro-orm/core';

/** An invoice raised under a contract; its open balance is what accounts receivable is made of. */
export interface Invoice {
  id: string;
  contractId: string;
  customerId: string;
  number: string;
  issueDate: string;
  dueDate: string;
  amountMinor: number;
  currency: string;
  /** The customer's jurisdiction (policies/regions.ts); UNKNOWN counts as nobody's region. */
  region: string;
  status: string;
  /** The billing schedule date this invoice bills, when it was raised from one. */
  billingEntryId?: string | null;
  /** The amount at list price, before the pricing tier's discount. */
  listAmountMinor?: number | null;
  pricingTier?: string | null;
  purchaseOrderNumber?: string | null;
}

export const InvoiceEntity = new EntitySchema<Invoice>({
  name: 'Invoice',
  tableName: 'invoice',
  properties: {
    id: { type: 'string', primary: true },
    contractId: { type: 'string' },
    customerId: { type: 'string' },
    number: { type: 'string' },
    issueDate: { type: 'date' },
    dueDate: { type: 'date' },
    amountMinor: { type: new BigIntType('number') },
    currency: { type: 'string' },
    region: { type: 'string' },
    status: { type: 'string' },
    billingEntryId: { type: 'string', nullable: true },
    listAmountMinor: { type: new BigIntType('number'), nullable: true },
    pricingTier: { type: 'string', nullable: true },
    purchaseOrderNumber: { type: 'string', nullable: true },
  },
});
