import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { currencyCode, customerId, minorAmount, reference, rowId } from '../../kit/entityProperties';
import { SystemExtractEntity } from './SystemExtract';

/** One customer's AR balance in one currency, as an extract reported it. */
export const ExtractBalanceEntity = defineEntity({
  name: 'ExtractBalance',
  tableName: 'extract_balance',
  properties: () => ({
    id: rowId(130),
    extractId: reference(SystemExtractEntity, 'extract_id', 'cascade'),
    customerId: customerId(),
    currency: currencyCode(),
    arBalanceMinor: minorAmount(),
  }),
  indexes: [{ properties: 'extractId' }],
});

export type ExtractBalance = InferEntity<typeof ExtractBalanceEntity>;
