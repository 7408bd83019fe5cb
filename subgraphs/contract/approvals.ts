import type { EntitySchema, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { badUserInput, notFound } from '../../lib/errors';
import { assertDifferentApprover } from '../../policies/makerChecker';
import type { SubgraphContext } from '../kit/context';
import { pageSize } from '../../lib/pagination';
import { assertVisible, visibleRegions } from '../kit/rowScope';
import { assertMayReadRaw } from '../kit/lookups';
import type { ApprovalRequest } from './entities/approvalProperties';
import type { QueryDiscountApprovalsArgs } from './generated/resolvers';

/**
 * The maker-checker requests of the contract subgraph (write-offs, discounts, pricing tier changes)
 * share one life: REQUESTED by one principal, then APPROVED or REJECTED once by another.
 */

/**
 * Requests of one kind by status, oldest first, only in the caller's regions where the policy scopes
 * rows. Every list of requests (writeOffs, discountApprovals, pricingTierChanges) takes these arguments.
 */
export function listRequests<T extends ApprovalRequest & { requestedAt: Date }>(entity: EntitySchema<T>) {
  return async (_root: unknown, args: QueryDiscountApprovalsArgs, context: SubgraphContext): Promise<T[]> => {
    const first = pageSize(args.first, context.config.maxPageSize, 50);
    const scope = visibleRegions(context);
    const where = {
      ...(args.status ? { status: args.status } : {}),
      ...(scope === 'ALL' ? {} : { region: { $in: [...scope] } }),
    };
    return context.em.find(entity, where as FilterQuery<T>, {
      orderBy: { requestedAt: 'asc', id: 'asc' } as QueryOrderMap<T>,
      limit: first,
    }) as Promise<T[]>;
  };
}

export interface Decision<T> {
  entity: EntitySchema<T>;
  /** How the request is named in messages, e.g. "Write-off". */
  label: string;
  id: string;
  status: 'APPROVED' | 'REJECTED';
  note: string | null;
  /** What else the decision changes, in the same transaction (e.g. activating the contract). */
  apply?: (em: SqlEntityManager, request: T) => Promise<void>;
  /** A classified field of the request the decider must be allowed to read in full, e.g. DiscountApproval.discount. */
  mustRead?: string;
}

export async function decideRequest<T extends ApprovalRequest>(
  context: SubgraphContext,
  decision: Decision<T>,
): Promise<T> {
  const { label, id } = decision;
  return context.em.transactional(async (em) => {
    const request = (await em.findOne(decision.entity, { id } as never)) as T | null;
    if (!request) throw notFound(`no ${label.toLowerCase()} ${id}`);
    assertVisible(context, request.region, `${label} ${id}`);
    // Nobody decides on what the policy would not let them see.
    if (decision.mustRead) assertMayReadRaw(context, decision.mustRead, request.region, `${label} ${id}`);
    if (request.status !== 'REQUESTED')
      throw badUserInput(`${label.toLowerCase()} ${id} was already ${request.status.toLowerCase()}`);
    assertDifferentApprover(request.requestedBy, context.principal.sub, `${label} ${id}`);
    request.status = decision.status;
    request.decidedBy = context.principal.sub;
    request.decidedAt = new Date();
    request.decisionNote = decision.note;
    await decision.apply?.(em, request);
    return request;
  });
}
