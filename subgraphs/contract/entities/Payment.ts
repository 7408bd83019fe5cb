import { BigIntType, EntitySchema } from '@mikro-orm/core';

/** Money received against an invoice. */
export interface Payment {
  id: string;
  invoiceId: string;
  receivedOn: string;
  amountMinor: number;
  currency: string;
  /** The customer's jurisdiction (policies/regions.ts); UNKNOWN counts as nobody's region. */
  region: string;
  method: string;
}

export const PaymentEntity = new EntitySchema<Payment>({
  name: 'Payment',
  tableName: 'payment',
  properties: {
    id: { type: 'string', primary: true },
    invoiceId: { type: 'string' },
    receivedOn: { type: 'date' },
    amountMinor: { type: new BigIntType('number') },
    currency: { type: 'string' },
    region: { type: 'string' },
    method: { type: 'string' },
  },
});
