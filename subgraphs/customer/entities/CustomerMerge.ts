import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { customerId, instant, json, rowId, status } from '../../kit/entityProperties';
import type { CustomerStatus } from '../generated/enums';

/** One merge of a customer into another: what moved, so that an unmerge can put it back. */
export const CustomerMergeEntity = defineEntity({
  name: 'CustomerMerge',
  tableName: 'customer_merge',
  properties: (p) => ({
    id: rowId(),
    survivorId: customerId(),
    mergedId: customerId(),
    /** The source records that moved from the merged customer to the survivor. */
    sourceRecordIds: json<string[]>(),
    /** The merged customer's status before, restored by an unmerge. */
    previousStatus: status<CustomerStatus>(),
    mergedAt: instant(),
    mergedBy: p.string(),
    reason: p.text(),
    unmergedAt: instant().nullable(),
    unmergedBy: p.string().nullable(),
  }),
  indexes: [{ properties: 'mergedId' }],
});

export type CustomerMerge = InferEntity<typeof CustomerMergeEntity>;
