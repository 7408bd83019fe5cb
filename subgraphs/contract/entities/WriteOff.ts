import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { reference } from '../../kit/entityProperties';
import { approvalProperties } from './approvalProperties';
import { InvoiceEntity } from './Invoice';

/** A bad-debt write-off of (part of) an invoice: requested by one finance principal, decided by another. */
export const WriteOffEntity = defineEntity({
  name: 'WriteOff',
  tableName: 'write_off',
  properties: (p) => ({
    id: p.string().length(64).primary(),
    invoiceId: reference(InvoiceEntity, 'invoice_id', 'cascade'),
    customerId: p.string().length(40),
    region: p.string().length(8),
    amountMinor: p.bigint('number'),
    currency: p.string().length(3),
    reason: p.text(),
    ...approvalProperties(),
  }),
  indexes: [{ properties: 'invoiceId' }, { properties: 'status' }],
});

export type WriteOff = InferEntity<typeof WriteOffEntity>;
