import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { today } from '../../../lib/calendar';
import { badUserInput, forbidden } from '../../../lib/errors';
import { fileDropDirectory } from '../../../lib/identity/fileDropDirectory';
import { isJobPrincipal } from '../../../lib/jobs/catalogue';
import { pageSize } from '../../../lib/pagination';
import { hasBegun, reviewPeriod, type ReviewPeriod } from '../../../lib/reviewPeriod';
import { optionalText, requiredText } from '../../../lib/textInput';
import { inTransaction } from '../../kit/transaction';
import type { AuditContext } from '../context';
import { AccessReviewEntity } from '../entities/AccessReview';
import { AccessReviewDecisionEntity } from '../entities/AccessReviewDecision';
import { RoleAssignmentEntity } from '../entities/RoleAssignment';
import type { Resolvers } from '../generated/resolvers';
import { refreshRoleAssignments } from './refreshRoleAssignments';
import { activityOf, principalsInScope, reviewView } from './reviewRecords';

/**
 * Access reviews through the graph: auditors and admins read them and decide on each principal
 * (policy.ts says who), an operator or the daily job loads the role assignments, the quarterly job
 * opens the review of the quarter just ended.
 */

const MAX_PRINCIPAL_CHARS = 255;
const MAX_NOTE_CHARS = 2000;

/** The quarter a period argument names, begun by today; else BAD_USER_INPUT. */
function checkedPeriod(text: string, day: string): ReviewPeriod {
  const period = reviewPeriod(text);
  if (!period) throw badUserInput('period must be a quarter like 2026-Q3', 'period');
  if (!hasBegun(period, day))
    throw badUserInput(`${period.period} has not begun: there is nothing to review`, 'period');
  return period;
}

/** Opens the review of a period unless it is open already; the first to open it is kept. */
async function openReview(em: SqlEntityManager, period: string, by: string, at: Date): Promise<void> {
  await em
    .createQueryBuilder(AccessReviewEntity)
    .insert({ period, openedAt: at, openedBy: by })
    .onConflict('period')
    .ignore()
    .execute();
}

export const accessReviewResolvers: Resolvers = {
  Query: {
    accessReview: (_root, args, { em }) => {
      const day = today();
      return reviewView(em, checkedPeriod(args.period, day), day);
    },
    accessReviews: async (_root, args, { em, config }) => {
      const day = today();
      const opened = await em.find(
        AccessReviewEntity,
        {},
        { orderBy: { period: 'desc' }, limit: pageSize(args.first, config.maxPageSize), disableIdentityMap: true },
      );
      return Promise.all(opened.map((review) => reviewView(em, reviewPeriod(review.period) as ReviewPeriod, day)));
    },
    roleAssignments: (_root, args, { em, config }) => {
      const principal =
        args.principal == null ? undefined : requiredText(args.principal, 'principal', MAX_PRINCIPAL_CHARS);
      return em.find(
        RoleAssignmentEntity,
        { ...(principal ? { principal } : {}), ...(args.current ? { heldUntil: null } : {}) },
        {
          orderBy: { heldFrom: 'desc', id: 'desc' },
          limit: pageSize(args.first, config.maxPageSize),
          disableIdentityMap: true,
        },
      );
    },
  },

  Mutation: {
    refreshRoleAssignments: (_root, _args, { em, config }) =>
      refreshRoleAssignments(
        em,
        fileDropDirectory(config.identity.assignmentsFile),
        config.identity.groupRoles,
        new Date(),
      ),
    openAccessReview: async (_root, args, { em, principal }) => {
      const day = today();
      const period = checkedPeriod(args.period, day);
      await openReview(em, period.period, principal.sub, new Date());
      return reviewView(em, period, day);
    },
    recordAccessReviewDecision: async (_root, args, context: AuditContext) => {
      const { em } = context;
      const reviewer = context.principal.sub;
      const period = checkedPeriod(args.period, today());
      const principal = requiredText(args.principal, 'principal', MAX_PRINCIPAL_CHARS);
      const note = optionalText(args.note, 'note', MAX_NOTE_CHARS);
      if (isJobPrincipal(reviewer)) throw forbidden('an access review needs a person’s decision; a job cannot make it');
      // Subjects are compared as the directory does (case-insensitively): nobody reviews their own access.
      if (reviewer.toLowerCase() === principal.toLowerCase())
        throw forbidden('you may not review your own access; another reviewer must decide on it');
      const scope = await principalsInScope(em, period);
      if (!scope.some((reviewed) => reviewed.principal === principal))
        throw badUserInput(
          `${principal} held no reviewed role in ${period.period}: not in the scope of its review`,
          'principal',
        );
      const decidedAt = new Date();
      const decision = {
        id: `acd_${randomUUID()}`,
        period: period.period,
        principal,
        decision: args.decision,
        reviewer,
        decidedAt,
        note,
      };
      try {
        await inTransaction(em, async (tx) => {
          await openReview(tx, period.period, reviewer, decidedAt);
          await tx.insert(AccessReviewDecisionEntity, decision);
        });
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException)
          throw badUserInput(
            `${principal} was already decided on in ${period.period}: a decision is final`,
            'principal',
          );
        throw error;
      }
      return decision;
    },
  },

  AccessReview: {
    principalCount: (review) => review.scope.length,
    decided: (review) => review.scope.filter(({ principal }) => review.decisions.has(principal)).length,
    principals: async (review, _args, { em }) => {
      const activity = await activityOf(em, review);
      return review.scope.map((reviewed) => {
        const done = activity.get(reviewed.principal);
        return {
          ...reviewed,
          operations: done?.operations ?? 0,
          deniedOperations: done?.denied ?? 0,
          mutations: done?.mutations ?? [],
          changes: done?.changes ?? 0,
          changeIds: done?.changeIds ?? [],
          decision: review.decisions.get(reviewed.principal) ?? null,
        };
      });
    },
  },
};
