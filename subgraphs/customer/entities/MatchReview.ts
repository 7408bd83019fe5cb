import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json } from '../../kit/entityProperties';

/** A possible match too uncertain to merge automatically, waiting for a data steward. */
export const MatchReviewEntity = defineEntity({
  name: 'MatchReview',
  tableName: 'match_review',
  properties: (p) => ({
    id: p.string().length(64).primary(),
    sourceRecordId: p.string().length(64),
    /** The customer the record was provisionally kept as. */
    customerId: p.string().length(40),
    candidateCustomerId: p.string().length(40),
    score: p.float(),
    rule: p.string().length(32),
    reasons: json<string[]>(),
    status: p.string().length(16).$type<'PENDING' | 'APPROVED' | 'REJECTED'>(),
    createdAt: instant(),
    decidedBy: p.string().nullable(),
    decidedAt: instant().nullable(),
  }),
  indexes: [{ properties: 'status' }],
});

export type MatchReview = InferEntity<typeof MatchReviewEntity>;
