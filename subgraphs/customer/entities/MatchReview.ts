import { EntitySchema } from '@mikro-orm/core';

/** A possible match too uncertain to merge automatically, waiting for a data steward. */
export interface MatchReview {
  id: string;
  sourceRecordId: string;
  /** The customer the record was provisionally kept as. */
  customerId: string;
  candidateCustomerId: string;
  score: number;
  rule: string;
  reasons: string[];
  status: 'PENDING' | 'APPROVED' | 'REJECTED';
  createdAt: Date;
  decidedBy?: string | null;
  decidedAt?: Date | null;
}

export const MatchReviewEntity = new EntitySchema<MatchReview>({
  name: 'MatchReview',
  tableName: 'match_review',
  properties: {
    id: { type: 'string', primary: true },
    sourceRecordId: { type: 'string' },
    customerId: { type: 'string' },
    candidateCustomerId: { type: 'string' },
    score: { type: 'float' },
    rule: { type: 'string' },
    reasons: { type: 'json' },
    status: { type: 'string' },
    createdAt: { type: 'datetime' },
    decidedBy: { type: 'string', nullable: true },
    decidedAt: { type: 'datetime', nullable: true },
  },
});
