import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput } from '../../../lib/errors';
import { pageSize } from '../../../lib/pagination';
import { storedAttribute } from '../../../policies/copies';
import { governedValueCopy } from '../../kit/copies';
import { isVisible, visibleRegions } from '../../kit/rowScope';
import { DisputeEntity, type Dispute } from '../entities/Dispute';
import { DisputeEventEntity } from '../entities/DisputeEvent';
import type { Resolvers } from '../generated/resolvers';
import { commentOnDispute, escalateDueDisputes, openDispute, resolveDispute } from './disputeLedger';

/** Disputes through the graph; the disputed value goes out governed as the attribute's own field. */

const MAX_ID_CHARS = 64;

export const disputeResolvers: Resolvers = {
  Query: {
    disputes: (_root, args, context) => {
      if (args.customerId != null && (args.customerId.length === 0 || args.customerId.length > MAX_ID_CHARS))
        throw badUserInput(`customerId has 1 to ${MAX_ID_CHARS} characters`, 'customerId');
      const scope = visibleRegions(context);
      const where: FilterQuery<Dispute> = {
        ...(args.status ? { status: args.status } : {}),
        ...(args.customerId != null ? { customerId: args.customerId } : {}),
        ...(scope === 'ALL' ? {} : { region: { $in: [...scope] } }),
      };
      return context.em.find(DisputeEntity, where, {
        orderBy: { openedAt: 'desc', id: 'desc' },
        limit: pageSize(args.first, context.config.maxPageSize),
      });
    },
    // Out of the caller's row scope is as absent as unknown.
    dispute: async (_root, args, context) => {
      const dispute = await context.em.findOne(DisputeEntity, { id: args.id });
      return dispute && isVisible(context, dispute.region) ? dispute : null;
    },
  },

  Mutation: {
    openDispute: (_root, args, context) => openDispute(context, args.input),
    commentOnDispute: (_root, args, context) => commentOnDispute(context, args.id, args.note),
    resolveDispute: (_root, args, context) => resolveDispute(context, args.input, context.principal),
    // Never later than now: a pass cannot escalate what is not yet due.
    escalateDueDisputes: async (_root, args, context) => {
      const now = new Date();
      const asOf = args.asOf && args.asOf.getTime() < now.getTime() ? args.asOf : now;
      const escalated = await escalateDueDisputes(context, asOf);
      return { escalated: escalated.length, disputeIds: escalated.map((dispute) => dispute.id) };
    },
  },

  Dispute: {
    // The disputed value is a copy of the attribute: governed by the class stored with it, in the customer's jurisdiction.
    disputedValue: (dispute, _args, context, info) => {
      if (dispute.disputedValue == null) return null;
      const shown = governedValueCopy(
        context,
        info,
        storedAttribute(dispute.coordinate, dispute),
        JSON.parse(dispute.disputedValue),
        { typeName: 'Dispute', object: dispute, region: dispute.region, via: 'Dispute.disputedValue' },
      );
      return shown === null ? null : JSON.stringify(shown);
    },
    events: (dispute, _args, { em }) =>
      em.find(DisputeEventEntity, { disputeId: dispute.id }, { orderBy: { position: 'asc' } }),
  },
};
