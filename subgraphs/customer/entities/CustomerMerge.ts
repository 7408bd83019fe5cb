import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json } from '../../kit/entityProperties';

/** One merge of a customer into another: what moved, so that an unmerge can put it back. */
export const CustomerMergeEntity = defineEntity({
  name: 'CustomerMerge',
  tableName: 'customer_merge',
  properties: (p) => ({
    id: p.string().length(64).primary(),
    survivorId: p.string().length(40),
    mergedId: p.string().length(40),
    /** The source records that moved from the merged customer to the survivor. */
    sourceRecordIds: json<string[]>(),
    /** The merged customer's status before, restored by an unmerge. */
    previousStatus: p.string().length(16),
    mergedAt: instant(),
    mergedBy: p.string(),
    reason: p.text(),
    unmergedAt: instant().nullable(),
    unmergedBy: p.string().nullable(),
  }),
  indexes: [{ properties: 'mergedId' }],
});

export type CustomerMerge = InferEntity<typeof CustomerMergeEntity>;
