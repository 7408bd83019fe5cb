import { BigIntType, EntitySchema } from '@mikro-orm/core';

/** One date of a contract's billing schedule, at list price (the pricing tier in force applies when it is invoiced). */
export interface BillingEntry {
  id: string;
  contractId: string;
  billDate: string;
  amountMinor: number;
}

export const BillingEntryEntity = new EntitySchema<BillingEntry>({
  name: 'BillingEntry',
  tableName: 'billing_entry',
  properties: {
    id: { type: 'string', primary: true },
    contractId: { type: 'string' },
    billDate: { type: 'date' },
    amountMinor: { type: new BigIntType('number') },
  },
});
