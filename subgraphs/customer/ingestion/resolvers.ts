import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput } from '../../../lib/errors';
import type { Customer } from '../entities/Customer';
import type { Resolvers } from '../generated/resolvers';
import { applyChangeEvents } from './applyChangeEvents';
import { assertMayMatchOn, parseRecord, receiveSourceBatch } from './receiveSourceBatch';
import { retryFailedInputs, RETRIES_PER_CALL } from './retryFailedInputs';
import { outcomeOf, findCandidates } from './matchCustomer';
import { mapRecord } from './mapRecord';
import { isVisible } from '../../kit/rowScope';
import { decideMatchReview, mergeCustomers } from './merges';
import { unmergeUnlessHeld } from '../retention/unmergeUnlessHeld';
import { pageSize } from '../../../lib/pagination';
import { MatchReviewEntity, type MatchReview } from '../entities/MatchReview';
import { SourceRecordEntity } from '../entities/SourceRecord';
import {
  activeMatchConfiguration,
  approveMatchConfiguration,
  builtInConfigurationRecord,
  describeConfiguration,
  proposeMatchConfiguration,
  sandboxMatchConfiguration,
} from './matchConfigurations';
import { MatchConfigurationRecordEntity } from '../entities/MatchConfigurationRecord';
import { requiredReason } from '../../../lib/textInput';
import { governedValueCopy } from '../../kit/copies';
import { customerAttribute, fieldOfAttribute } from '../attributes';

/** GraphQL around ingestion: checks the envelope, then hands the batch or events to the domain code. */

const MAX_EVENTS_PER_CALL = 10_000;

export const ingestionResolvers: Resolvers = {
  Mutation: {
    decideMatchReview: (_root, args, context) =>
      decideMatchReview(context.em, args.id, args.approve, context.principal.sub),
    proposeMatchConfiguration: async (_root, args, context) =>
      describeConfiguration(await proposeMatchConfiguration(context.em, args.input, context.principal.sub)),
    approveMatchConfiguration: async (_root, args, context) =>
      describeConfiguration(await approveMatchConfiguration(context.em, args.version, context.principal.sub)),
    mergeCustomers: (_root, args, context) =>
      mergeCustomers(context.em, args.survivorId, args.mergedId, context.principal.sub, requiredReason(args.reason)),
    unmergeCustomers: (_root, args, context) =>
      unmergeUnlessHeld(
        context.em,
        context.shared.peers,
        args.mergeId,
        context.principal.sub,
        requiredReason(args.reason),
      ),
    applyChanges: (_root, args, context) => {
      if (args.events.length > MAX_EVENTS_PER_CALL)
        throw badUserInput(`at most ${MAX_EVENTS_PER_CALL} events per call`, 'events');
      return applyChangeEvents(context.em, args.events);
    },
    retryFailedInputs: (_root, args, context) =>
      retryFailedInputs(context, pageSize(args.first, context.config.maxPageSize, RETRIES_PER_CALL)),
    ingestSourceRecords: (_root, args, context) => receiveSourceBatch(context, args.batch),
  },

  Query: {
    findMatches: async (_root, args, context) => {
      const limit = pageSize(args.first, context.config.maxPageSize, 10);
      const { attributes } = parseRecord(args.record);
      if (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes))
        throw badUserInput('attributes must be a JSON object', 'record');
      assertMayMatchOn(context, args.sourceSystem, [{ attributes }]);
      const mapped = mapRecord(args.sourceSystem, attributes as Record<string, unknown>);
      if (mapped.problems.length > 0)
        throw badUserInput(`the record cannot be matched: ${mapped.problems.join('; ')}`, 'record');
      const configuration = await activeMatchConfiguration(context.em);
      // Each candidate decided by the engine as ingestion decides it, with the rule and reasons it would record.
      const candidates = await findCandidates(context.em, mapped.attributes, configuration, limit);
      const decided = candidates.map((candidate) => ({ ...candidate, decision: outcomeOf(candidate).kind }));
      const customers = await context.loaders.customer.loadMany(candidates.map((c) => c.customerId));
      return decided
        .map((candidate, i) => ({
          ...candidate,
          customer: customers[i] instanceof Error ? null : (customers[i] ?? null),
        }))
        .filter(
          (candidate) => candidate.customer === null || isVisible(context, (candidate.customer as Customer).region),
        );
    },
    matchConfigurations: async (_root, _args, { em }) => {
      const stored = await em.find(MatchConfigurationRecordEntity, {}, { orderBy: { proposedAt: 'desc' } });
      const builtIn = builtInConfigurationRecord(stored.some((c) => c.status === 'ACTIVE'));
      return [...stored, builtIn].map(describeConfiguration);
    },
    sandboxMatchConfiguration: (_root, args, { em }) => sandboxMatchConfiguration(em, args),
    matchReviews: async (_root, args, context) => {
      const where: FilterQuery<MatchReview>[] = [];
      if (args.status) where.push({ status: args.status as MatchReview['status'] });
      if (args.customerId)
        where.push({ $or: [{ customerId: args.customerId }, { candidateCustomerId: args.customerId }] });
      if (args.after) {
        const last = await context.em.findOne(MatchReviewEntity, { id: args.after });
        if (!last) throw badUserInput(`no match review ${args.after} to continue after`, 'after');
        where.push({
          $or: [{ createdAt: { $gt: last.createdAt } }, { createdAt: last.createdAt, id: { $gt: last.id } }],
        });
      }
      return context.em.find(
        MatchReviewEntity,
        { $and: where },
        { orderBy: { createdAt: 'asc', id: 'asc' }, limit: pageSize(args.first, context.config.maxPageSize, 50) },
      );
    },
    sourceRecord: async (_root, args, context) => {
      const record = await context.em.findOne(SourceRecordEntity, {
        sourceSystem: args.sourceSystem,
        sourceId: args.sourceId,
      });
      const customer = record && (await context.loaders.customer.load(record.customerId));
      // Out of the caller's row scope is as absent as unknown: the answer tells nothing either way.
      if (!record || !customer || !isVisible(context, customer.region)) return null;
      return { ...record, region: customer.region };
    },
  },

  SourceRecord: {
    customer: (record, _args, { loaders }) => loaders.customer.load(record.customerId).then((c) => c ?? null),
  },

  MatchReview: {
    customer: (review, _args, { loaders }) => loaders.customer.load(review.customerId).then((c) => c ?? null),
    candidate: (review, _args, { loaders }) => loaders.customer.load(review.candidateCustomerId).then((c) => c ?? null),
  },

  CustomerMerge: {
    survivor: (merge, _args, { loaders }) => loaders.customer.load(merge.survivorId).then((c) => c ?? null),
  },

  Customer: {
    mergedCustomerIds: (customer, _args, { loaders }) =>
      loaders.mergedCustomers.load(customer.id).then((merged) => merged.map((c) => c.id)),
    lineage: (customer, _args, { loaders }) =>
      loaders.lineage.load(customer.id).then((rows) => rows.map((row) => ({ ...row, region: customer.region }))),
  },

  AttributeLineage: {
    source: (row) => row.sourceSystem,
    // Who owns the attribute is the audit subgraph's to say, by the field showing it.
    owners: (row) => ({ coordinate: fieldOfAttribute(row.field) }),
    // The value that survived is a copy of the attribute: governed as the attribute's own field.
    value: (row, _args, context, info) => {
      if (row.value == null) return null;
      const value: unknown = JSON.parse(row.value);
      return JSON.stringify(
        governedValueCopy(context, info, customerAttribute(context.plan, row.field, value), value, {
          typeName: 'AttributeLineage',
          object: row,
          region: row.region,
          via: 'AttributeLineage.value',
        }),
      );
    },
  },
};
