import type { SqlEntityManager } from '@mikro-orm/knex';
import { isOverdue, type ReviewPeriod } from '../../../lib/reviewPeriod';
import { REVIEWED_ATTRIBUTES, reviewedMutations, reviewedRoles } from '../../../policies/reviewedAccess';
import { POLICY } from '../../../policies/policy';
import { AccessReviewEntity } from '../entities/AccessReview';
import { AccessReviewDecisionEntity, type AccessReviewDecision } from '../entities/AccessReviewDecision';
import { AuditEventRowEntity } from '../entities/AuditEventRow';
import { ChangeLogEntryEntity } from '../entities/ChangeLogEntry';
import { RoleAssignmentEntity } from '../entities/RoleAssignment';
import { countChanges, countOperations, noActivity, type PrincipalActivity } from './reviewActivity';
import { reviewScope, type ReviewedPrincipal } from './reviewScope';

/**
 * An access review as it stands, read from the stored assignments, decisions and trail. The
 * principals and decisions are read with the review; what each principal did is read only when
 * asked for (`activityOf`), a pass over the period's trail.
 */

export interface AccessReviewView extends ReviewPeriod {
  status: 'OPEN' | 'COMPLETE';
  overdue: boolean;
  openedAt: Date | null;
  openedBy: string | null;
  roles: string[];
  mutations: string[];
  scope: ReviewedPrincipal[];
  decisions: ReadonlyMap<string, AccessReviewDecision>;
}

/** Principals per statement that filters by them. */
const CHUNK = 500;
/** Audit events read at a time. */
const EVENT_PAGE = 2000;

const startOf = (day: string) => new Date(`${day}T00:00:00.000Z`);

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

export async function principalsInScope(em: SqlEntityManager, period: ReviewPeriod): Promise<ReviewedPrincipal[]> {
  const roles = reviewedRoles(POLICY);
  const from = startOf(period.from);
  const until = startOf(period.until);
  const assignments = await em.find(
    RoleAssignmentEntity,
    { role: { $in: roles }, heldFrom: { $lt: until }, $or: [{ heldUntil: null }, { heldUntil: { $gt: from } }] },
    { orderBy: { heldFrom: 'asc', id: 'asc' } },
  );
  return reviewScope(assignments, roles, from, until);
}

export async function decisionsOf(em: SqlEntityManager, period: string): Promise<Map<string, AccessReviewDecision>> {
  const decisions = await em.find(AccessReviewDecisionEntity, { period }, { disableIdentityMap: true });
  return new Map(decisions.map((decision) => [decision.principal, decision]));
}

export async function reviewView(em: SqlEntityManager, period: ReviewPeriod, today: string): Promise<AccessReviewView> {
  const [record, scope, decisions] = await Promise.all([
    em.findOne(AccessReviewEntity, { period: period.period }, { disableIdentityMap: true }),
    principalsInScope(em, period),
    decisionsOf(em, period.period),
  ]);
  const complete = scope.every(({ principal }) => decisions.has(principal));
  return {
    ...period,
    status: complete ? 'COMPLETE' : 'OPEN',
    overdue: isOverdue(period, complete, today),
    openedAt: record?.openedAt ?? null,
    openedBy: record?.openedBy ?? null,
    roles: reviewedRoles(POLICY),
    mutations: reviewedMutations(),
    scope,
    decisions,
  };
}

/** What each principal in scope did in the period: the trail's operations and the change log's entries. */
export async function activityOf(
  em: SqlEntityManager,
  review: AccessReviewView,
): Promise<Map<string, PrincipalActivity>> {
  const activity = new Map(review.scope.map(({ principal }) => [principal, noActivity()]));
  const mutations = new Set(review.mutations);
  const from = startOf(review.from);
  const until = startOf(review.until);
  for (const subs of chunks([...activity.keys()])) {
    let after = 0;
    for (;;) {
      const page = await em.find(
        AuditEventRowEntity,
        {
          sub: { $in: subs },
          kind: 'OPERATION',
          at: { $gte: from.toISOString(), $lt: until.toISOString() },
          sequence: { $gt: after },
        },
        {
          fields: ['sub', 'body', 'sequence'],
          orderBy: { sequence: 'asc' },
          limit: EVENT_PAGE,
          disableIdentityMap: true,
        },
      );
      countOperations(activity, page, mutations);
      if (page.length < EVENT_PAGE) break;
      after = page[page.length - 1].sequence;
    }
    const changes = await em.find(
      ChangeLogEntryEntity,
      {
        actor: { $in: subs },
        entity: 'Customer',
        coordinate: { $in: [...REVIEWED_ATTRIBUTES] },
        at: { $gte: from, $lt: until },
      },
      { fields: ['id', 'actor'], orderBy: { at: 'asc', id: 'asc' }, disableIdentityMap: true },
    );
    countChanges(activity, changes);
  }
  return activity;
}
