import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { customerId, instant, json, rowId, status, unkeyedReference } from '../../kit/entityProperties';

/** A possible match too uncertain to merge automatically, waiting for a data steward. */
export const MatchReviewEntity = defineEntity({
  name: 'MatchReview',
  tableName: 'match_review',
  properties: (p) => ({
    id: rowId(),
    sourceRecordId: unkeyedReference(),
    /** The customer the record was provisionally kept as. */
    customerId: customerId(),
    candidateCustomerId: customerId(),
    score: p.float(),
    rule: p.string().length(32),
    reasons: json<string[]>(),
    status: status<'PENDING' | 'APPROVED' | 'REJECTED'>(),
    createdAt: instant(),
    decidedBy: p.string().nullable(),
    decidedAt: instant().nullable(),
  }),
  indexes: [{ properties: 'status' }],
});

export type MatchReview = InferEntity<typeof MatchReviewEntity>;
