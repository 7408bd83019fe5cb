import { badUserInput } from '../../lib/errors';
import { quarterEndedBefore, reviewPeriod } from '../../lib/reviewPeriod';
import { defineExport, type Cell } from './exportDefinition';
import { readParameters } from './exportParameters';

/**
 * A quarter's access review, one row per principal in scope: the reviewed roles they held, what they
 * did in the quarter (counts and change ids, never a value) and the decision on them, for the
 * reviewers' records. One page: a review's principals are the few who can change payment terms or
 * credit limits.
 */

const PARAMETERS = ['period'];

interface Parameters extends Record<string, unknown> {
  period: string;
}

interface ReviewedPrincipal {
  principal: string;
  displayName: string | null;
  roles: string[];
  operations: number;
  deniedOperations: number;
  mutations: { mutation: string; count: number }[];
  changes: number;
  changeIds: string[];
  decision: { decision: string; reviewer: string; decidedAt: string; note: string | null } | null;
}

interface Review {
  period: string;
  status: string;
  dueOn: string;
  principals: ReviewedPrincipal[];
}

export const accessReviewExport = defineExport<Parameters>({
  name: 'access-review',
  description:
    'The access review of a quarter (`period`, e.g. 2026-Q3; by default the one just ended): who could change payment terms or credit limits in it, what they did, and the decision on them.',
  columns: [
    { name: 'period', type: 'text' },
    { name: 'status', type: 'text' },
    { name: 'dueOn', type: 'date' },
    { name: 'principal', type: 'text' },
    { name: 'displayName', type: 'text' },
    { name: 'roles', type: 'text' },
    { name: 'operations', type: 'integer' },
    { name: 'deniedOperations', type: 'integer' },
    { name: 'mutations', type: 'text' },
    { name: 'changes', type: 'integer' },
    { name: 'changeIds', type: 'text' },
    { name: 'decision', type: 'text' },
    { name: 'reviewer', type: 'text' },
    { name: 'decidedAt', type: 'text' },
    { name: 'note', type: 'text' },
  ],
  parameterNames: PARAMETERS,
  parameters(query, today) {
    // By default the quarter just ended: the one under review.
    const period =
      readParameters(query, PARAMETERS).get('period') ?? quarterEndedBefore(new Date(`${today}T00:00:00Z`));
    if (reviewPeriod(period) === null) throw badUserInput('period must be a quarter like 2026-Q3', 'period');
    return { period };
  },
  document() {
    return `query ExportAccessReview($period: String!) {
      accessReview(period: $period) {
        period status dueOn
        principals {
          principal displayName roles operations deniedOperations mutations { mutation count } changes changeIds
          decision { decision reviewer decidedAt note }
        }
      }
    }`;
  },
  variables({ period }) {
    return { period };
  },
  page(data) {
    const review = data.accessReview as Review;
    const rows = review.principals.map((reviewed): Cell[] => [
      review.period,
      review.status,
      review.dueOn,
      reviewed.principal,
      reviewed.displayName,
      reviewed.roles.join(';'),
      reviewed.operations,
      reviewed.deniedOperations,
      reviewed.mutations.map(({ mutation, count }) => `${mutation}=${count}`).join(';'),
      reviewed.changes,
      reviewed.changeIds.join(';'),
      reviewed.decision?.decision ?? null,
      reviewed.decision?.reviewer ?? null,
      reviewed.decision?.decidedAt ?? null,
      reviewed.decision?.note ?? null,
    ]);
    return { rows, next: null };
  },
});
