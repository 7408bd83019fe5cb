import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput } from '../../../lib/errors';
import type { SourceSystem } from '../../../lib/sourceSystems';
import type { CustomerContext } from '../context';
import type { Customer } from '../entities/Customer';
import type { ChangeEventInput, Resolvers, SourceRecordInput } from '../generated/resolvers';
import { applyChangeEvents } from './applyChangeEvents';
import { CDC_ATTRIBUTES, type ChangeEvent } from './changeEvents';
import { ingestBatch, type IncomingRecord } from './ingestBatch';
import { outcomeOf, findCandidates } from './matchCustomer';
import { mapRecord } from './mapRecord';
import { valueAt } from './valueAt';
import { SOURCE_MAPPINGS, type MappedAttribute } from './mappings';
import { isVisible } from '../../kit/rowScope';
import { decideMatchReview, mergeCustomers, unmergeCustomers } from './merges';
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
import { requiredReason, requiredText } from '../../../lib/textInput';
import { governedValueCopy } from '../../kit/copies';
import { customerAttribute, fieldOfAttribute } from '../attributes';
import { assertMayLookUp } from '../../kit/lookups';

/** GraphQL around ingestion: checks the envelope, then hands the batch to ingestBatch. */

const MAX_RECORDS_PER_BATCH = 10_000;

/** The identifiers matching compares exactly: classified values whose use is a lookup by them. */
const MATCHED_ON: readonly MappedAttribute[] = ['taxId', 'duns'];

/**
 * Matching records on a tax id or D-U-N-S number uses it: whoever sends records carrying one (to
 * ingest or to match) needs the right to read it, decided before anything is looked up.
 */
function assertMayMatchOn(
  context: CustomerContext,
  sourceSystem: SourceSystem,
  records: readonly { attributes: unknown }[],
): void {
  const fields = SOURCE_MAPPINGS[sourceSystem].fields;
  for (const attribute of MATCHED_ON) {
    const path = fields[attribute];
    const carried =
      path &&
      records.some(({ attributes }) => valueAt(attributes, path) !== undefined && valueAt(attributes, path) !== null);
    if (carried) assertMayLookUp(context, fieldOfAttribute(attribute));
  }
}

function parseRecord(input: SourceRecordInput): IncomingRecord {
  const sourceId = input.sourceId.trim();
  if (sourceId === '' || sourceId.length > 128)
    throw badUserInput('every record needs a sourceId of 1 to 128 characters', 'batch');
  if (!Number.isInteger(input.version) || input.version < 0)
    throw badUserInput(`record ${sourceId}: version must be a non-negative integer`, 'batch');
  let attributes: unknown;
  try {
    attributes = JSON.parse(input.attributes);
  } catch {
    attributes = undefined;
  }
  return { sourceId, version: input.version, verifiedAt: input.verifiedAt ?? null, attributes };
}

const MAX_EVENTS_PER_CALL = 10_000;

/** Checks what the schema cannot (attribute name, sequence, JSON value); the store checks the value itself. */
function parseEvent(input: ChangeEventInput): ChangeEvent | string {
  if (!(CDC_ATTRIBUTES as readonly string[]).includes(input.attribute))
    return `attribute must be one of ${CDC_ATTRIBUTES.join(', ')}`;
  if (!Number.isInteger(input.sequence) || input.sequence < 0) return 'sequence must be a non-negative integer';
  try {
    return {
      source: input.source,
      customerId: input.customerId,
      attribute: input.attribute as ChangeEvent['attribute'],
      value: JSON.parse(input.value),
      sequence: input.sequence,
      at: input.at,
    };
  } catch {
    return 'value is not JSON';
  }
}

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
      unmergeCustomers(context.em, args.mergeId, context.principal.sub, requiredReason(args.reason)),
    applyChanges: async (_root, args, context) => {
      if (args.events.length > MAX_EVENTS_PER_CALL)
        throw badUserInput(`at most ${MAX_EVENTS_PER_CALL} events per call`, 'events');
      const parsed = args.events.map(parseEvent);
      const valid = parsed
        .map((event, index) => ({ event, index }))
        .filter((e): e is { event: ChangeEvent; index: number } => typeof e.event !== 'string');
      const result = await applyChangeEvents(
        context.em,
        valid.map((v) => v.event),
      );
      const early = parsed.flatMap((event, index) => (typeof event === 'string' ? [{ index, reasons: [event] }] : []));
      // Rejections from the store count positions among the valid events: map them back to the list sent.
      const late = result.rejections.map((rejection) => ({ ...rejection, index: valid[rejection.index].index }));
      return {
        ...result,
        rejected: early.length + result.rejected,
        rejections: [...early, ...late].sort((a, b) => a.index - b.index),
      };
    },

    ingestSourceRecords: async (_root, args, context) => {
      const batchId = requiredText(args.batch.batchId, 'batchId', 128);
      if (args.batch.records.length > MAX_RECORDS_PER_BATCH)
        throw badUserInput(`at most ${MAX_RECORDS_PER_BATCH} records per batch`, 'batch');
      const records = args.batch.records.map(parseRecord);
      assertMayMatchOn(context, args.batch.sourceSystem, records);
      return ingestBatch(
        context.em,
        { batchId, sourceSystem: args.batch.sourceSystem, records },
        {
          actor: context.principal.sub,
          configuration: await activeMatchConfiguration(context.em),
        },
      );
    },
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
