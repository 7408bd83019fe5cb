import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { currencyCode, minorAmount, reference, regionCodeOrUnknown, rowId } from '../../kit/entityProperties';
import { InvoiceEntity } from './Invoice';

/** Money received against an invoice. */
export const PaymentEntity = defineEntity({
  name: 'Payment',
  tableName: 'payment',
  properties: (p) => ({
    id: rowId(96),
    invoiceId: reference(InvoiceEntity, 'invoice_id', 'cascade'),
    receivedOn: p.date(),
    amountMinor: minorAmount(),
    currency: currencyCode(),
    region: regionCodeOrUnknown(),
    method: p.string().length(32),
  }),
  indexes: [{ properties: 'invoiceId' }],
});

export type Payment = InferEntity<typeof PaymentEntity>;
