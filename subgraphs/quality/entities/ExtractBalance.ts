import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { reference } from '../../kit/entityProperties';
import { SystemExtractEntity } from './SystemExtract';

/** One customer's AR balance in one currency, as an extract reported it. */
export const ExtractBalanceEntity = defineEntity({
  name: 'ExtractBalance',
  tableName: 'extract_balance',
  properties: (p) => ({
    id: p.string().length(130).primary(),
    extractId: reference(SystemExtractEntity, 'extract_id', 'cascade'),
    customerId: p.string().length(40),
    currency: p.string().length(3),
    arBalanceMinor: p.bigint('number'),
  }),
  indexes: [{ properties: 'extractId' }],
});

export type ExtractBalance = InferEntity<typeof ExtractBalanceEntity>;
