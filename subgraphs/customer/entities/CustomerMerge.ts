import { EntitySchema } from '@mikro-orm/core';

/** One merge of a customer into another: what moved, so that an unmerge can put it back. */
export interface CustomerMerge {
  id: string;
  survivorId: string;
  mergedId: string;
  /** The source records that moved from the merged customer to the survivor. */
  sourceRecordIds: string[];
  /** The merged customer's status before, restored by an unmerge. */
  previousStatus: string;
  mergedAt: Date;
  mergedBy: string;
  reason: string;
  unmergedAt?: Date | null;
  unmergedBy?: string | null;
}

export const CustomerMergeEntity = new EntitySchema<CustomerMerge>({
  name: 'CustomerMerge',
  tableName: 'customer_merge',
  properties: {
    id: { type: 'string', primary: true },
    survivorId: { type: 'string' },
    mergedId: { type: 'string' },
    sourceRecordIds: { type: 'json' },
    previousStatus: { type: 'string' },
    mergedAt: { type: 'datetime' },
    mergedBy: { type: 'string' },
    reason: { type: 'text' },
    unmergedAt: { type: 'datetime', nullable: true },
    unmergedBy: { type: 'string', nullable: true },
  },
});
