import { BigIntType, EntitySchema } from '@mikro-orm/core';
import { APPROVAL_PROPERTIES, type ApprovalRequest } from '../approvals';

/** A bad-debt write-off of (part of) an invoice: requested by one finance principal, decided by another. */
export interface WriteOff extends ApprovalRequest {
  id: string;
  invoiceId: string;
  customerId: string;
  region: string;
  amountMinor: number;
  currency: string;
  reason: string;
}

export const WriteOffEntity = new EntitySchema<WriteOff>({
  name: 'WriteOff',
  tableName: 'write_off',
  properties: {
    id: { type: 'string', primary: true },
    invoiceId: { type: 'string' },
    customerId: { type: 'string' },
    region: { type: 'string' },
    amountMinor: { type: new BigIntType('number') },
    currency: { type: 'string' },
    reason: { type: 'text' },
    ...APPROVAL_PROPERTIES,
  },
});
