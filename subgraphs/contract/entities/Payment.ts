import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { reference } from '../../kit/entityProperties';
import { InvoiceEntity } from './Invoice';

/** Money received against an invoice. */
export const PaymentEntity = defineEntity({
  name: 'Payment',
  tableName: 'payment',
  properties: (p) => ({
    id: p.string().length(96).primary(),
    invoiceId: reference(InvoiceEntity, 'invoice_id', 'cascade'),
    receivedOn: p.date(),
    amountMinor: p.bigint('number'),
    currency: p.string().length(3),
    /** The customer's jurisdiction (lib/regions.ts); UNKNOWN counts as nobody's region. */
    region: p.string().length(8).default('UNKNOWN'),
    method: p.string().length(32),
  }),
  indexes: [{ properties: 'invoiceId' }],
});

export type Payment = InferEntity<typeof PaymentEntity>;
