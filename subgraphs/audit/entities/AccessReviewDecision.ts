import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, rowId } from '../../kit/entityProperties';

/** A reviewer's decision on one principal's access in one review: keep it or revoke it. Final once recorded. */
export const AccessReviewDecisionEntity = defineEntity({
  name: 'AccessReviewDecision',
  tableName: 'access_review_decision',
  properties: (p) => ({
    id: rowId(),
    period: p.string().length(16),
    principal: p.string(),
    /** KEEP or REVOKE. */
    decision: p.string().length(8),
    reviewer: p.string(),
    decidedAt: instant(),
    note: p.text().nullable(),
  }),
  uniques: [{ name: 'access_review_decision_period_principal_unique', properties: ['period', 'principal'] }],
});

export type AccessReviewDecision = InferEntity<typeof AccessReviewDecisionEntity>;
