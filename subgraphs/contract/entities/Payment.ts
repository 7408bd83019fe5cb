import { BigIntType, EntitySchema } from '@mikro-orm/core';

/** Money received against an invoice. */
export interface Payment {
  id: string;
  invoiceId: string;
  receivedOn: string;
  amountMinor: number;
  currency: string;
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
    method: { type: 'string' },
  },
});
