import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant } from '../../kit/entityProperties';

/**
 * An access review opened for a quarter (by the quarterly job, or by a reviewer's first decision).
 * Its principals, their activity and its status are computed when read: from the role assignments,
 * the audit trail and the decisions recorded for its period.
 */
export const AccessReviewEntity = defineEntity({
  name: 'AccessReview',
  tableName: 'access_review',
  properties: (p) => ({
    /** The quarter, e.g. 2026-Q3: one review each. */
    period: p.string().length(16).primary(),
    openedAt: instant(),
    openedBy: p.string(),
  }),
});

export type AccessReview = InferEntity<typeof AccessReviewEntity>;
