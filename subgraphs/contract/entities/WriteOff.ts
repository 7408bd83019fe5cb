import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { currencyCode, customerId, minorAmount, reference, regionCode, rowId } from '../../kit/entityProperties';
import { approvalProperties } from './approvalProperties';
import { InvoiceEntity } from './Invoice';

/** A bad-debt write-off of (part of) an invoice: requested by one finance principal, decided by another. */
export const WriteOffEntity = defineEntity({
  name: 'WriteOff',
  tableName: 'write_off',
  properties: (p) => ({
    id: rowId(),
    invoiceId: reference(InvoiceEntity, 'invoice_id', 'cascade'),
    customerId: customerId(),
    region: regionCode(),
    amountMinor: minorAmount(),
    currency: currencyCode(),
    reason: p.text(),
    ...approvalProperties(),
  }),
  indexes: [{ properties: 'invoiceId' }, { properties: 'status' }],
});

export type WriteOff = InferEntity<typeof WriteOffEntity>;
