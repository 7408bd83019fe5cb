import { BigIntType, EntitySchema } from '@mikro-orm/core';

/** One customer's AR balance in one currency, as an extract reported it. */
export interface ExtractBalance {
  id: string;
  extractId: string;
  customerId: string;
  currency: string;
  arBalanceMinor: number;
}

export const ExtractBalanceEntity = new EntitySchema<ExtractBalance>({
  name: 'ExtractBalance',
  tableName: 'extract_balance',
  properties: {
    id: { type: 'string', primary: true },
    extractId: { type: 'string' },
    customerId: { type: 'string' },
    currency: { type: 'string' },
    arBalanceMinor: { type: new BigIntType('number') },
  },
});
