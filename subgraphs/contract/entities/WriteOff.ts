import { BigIntType, EntitySchema } from '@mikro-orm/core';

/** A bad-debt write-off of (part of) an invoice: requested by one finance principal, decided by another. */
export interface WriteOff {
  id: string;
  invoiceId: string;
  customerId: string;
  region: string;
  amountMinor: number;
  currency: string;
  reason: string;
  status: 'REQUESTED' | 'APPROVED' | 'REJECTED';
  requestedBy: string;
  requestedAt: Date;
  decidedBy?: string | null;
  decidedAt?: Date | null;
  decisionNote?: string | null;
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
    status: { type: 'string' },
    requestedBy: { type: 'string' },
    requestedAt: { type: 'datetime' },
    decidedBy: { type: 'string', nullable: true },
    decidedAt: { type: 'datetime', nullable: true },
    decisionNote: { type: 'text', nullable: true },
  },
});
