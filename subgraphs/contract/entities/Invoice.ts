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
  },
});
