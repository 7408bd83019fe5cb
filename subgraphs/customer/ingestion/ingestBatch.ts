import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { SourceSystem } from '../../../lib/sourceSystems';
import { CustomerEntity, type Customer } from '../entities/Customer';
import { IngestBatchEntity } from '../entities/IngestBatch';
import { MatchReviewEntity } from '../entities/MatchReview';
import { SourceRecordEntity } from '../entities/SourceRecord';
import type { IngestRecordResult, IngestResult } from '../generated/resolvers';
import { mapRecord, type MappedAttributes } from './mapRecord';
import type { MatchConfiguration } from './matchConfiguration';
import { matchCustomer } from './matchCustomer';
import { refreshMatchKeys } from './matchKeys';
import { recomputeGolden } from './recomputeGolden';
import { canonicalJson } from '../../../lib/canonicalJson';
import { linkToParent } from './hierarchy';
import { PARENT_REFERENCE } from './mappings';
import { ingestionName, type FailedInputName } from './failedInputReference';
import { failedRecordPayload } from './failedInputPayload';
import { recordFailedInputs, resolveFailedInputs, type InputFailure } from './failedInputs';

/**
 * Ingests one batch from one source, in one transaction: idempotent on the batch id (a replay
 * returns the first result and changes nothing), a record older than the stored version is
 * ignored, an invalid record is rejected with reasons while the rest lands, and every customer a
 * record touches has its golden attributes and their lineage recomputed. Changed master data goes
 * to the audit change log like any other change. A rejected record is kept as a failed input for
 * retries and the exception queue, and a record accepted later resolves it, in the same transaction.
 */

export interface IncomingRecord {
  sourceId: string;
  version: number;
  verifiedAt?: Date | null;
  /** Should be a JSON object; anything else rejects the record (not the batch). */
  attributes: unknown;
  /** The attributes as the source sent them, kept with a rejected record so a retry sends exactly that. */
  attributesText?: string;
}

export interface IngestRequest {
  batchId: string;
  sourceSystem: SourceSystem;
  records: IncomingRecord[];
}

function addressChanges(customer: Customer, attributes: MappedAttributes): boolean {
  return (
    attributes.billingAddress !== undefined &&
    canonicalJson(attributes.billingAddress) !== canonicalJson(customer.billingAddress ?? null)
  );
}

function newCustomer(em: SqlEntityManager, attributes: MappedAttributes, at: Date): Customer {
  return em.create(CustomerEntity, {
    id: `cus_${randomUUID().replace(/-/g, '').slice(0, 16)}`,
    name: attributes.legalName as string,
    country: attributes.country as string,
    region: 'UNKNOWN',
    creditHold: false,
    status: 'PROSPECT',
    createdAt: at,
    updatedAt: at,
  });
}

export async function ingestBatch(
  em: SqlEntityManager,
  request: IngestRequest,
  options: { actor: string; configuration: MatchConfiguration },
): Promise<IngestResult> {
  return em.transactional(async (tx) => {
    const previous = await tx.findOne(IngestBatchEntity, { id: request.batchId });
    if (previous) {
      const first = previous.result as unknown as IngestResult;
      // Batches stored before per-record results were kept answer their counts only.
      return { ...first, records: first.records ?? [], replayed: true };
    }

    const result: IngestResult = {
      batchId: request.batchId,
      replayed: false,
      accepted: 0,
      unchanged: 0,
      created: 0,
      merged: 0,
      queuedForReview: 0,
      rejected: 0,
      rejections: [],
      hierarchyLinksChanged: 0,
      warnings: [],
      records: [],
    };
    const parentReferences: { sourceId: string; parentSourceId: string; outcome: IngestRecordResult }[] = [];
    const touched = new Map<string, Customer>();
    const reason = `${request.sourceSystem} batch ${request.batchId}`;
    const at = new Date();
    // Per source record, its last outcome in the batch: a failure to keep, or accepted (null).
    const outcomes = new Map<string, { name: FailedInputName; failure: InputFailure | null }>();

    for (const record of request.records) {
      const attributes = record.attributes;
      const name = ingestionName(request.sourceSystem, record.sourceId);
      const reject = (reasons: string[]) => {
        result.rejected += 1;
        result.rejections.push({ sourceId: record.sourceId, reasons });
        result.records.push({ sourceId: record.sourceId, outcome: 'REJECTED', reasons });
        const failure: InputFailure = {
          name,
          source: 'INGESTION',
          subject: request.sourceSystem,
          sequence: null,
          payload: failedRecordPayload(request.batchId, request.sourceSystem, record),
          error: reasons.join('; '),
        };
        outcomes.set(name.id, { name, failure });
      };
      if (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes)) {
        reject(['attributes must be a JSON object']);
        continue;
      }
      const mapped = mapRecord(request.sourceSystem, attributes as Record<string, unknown>);
      if (mapped.problems.length > 0) {
        reject(mapped.problems);
        continue;
      }
      result.accepted += 1;
      outcomes.set(name.id, { name, failure: null });
      if (mapped.warnings.length > 0) result.warnings.push({ sourceId: record.sourceId, reasons: mapped.warnings });
      const outcome: IngestRecordResult = { sourceId: record.sourceId, outcome: 'UNCHANGED', reasons: mapped.warnings };
      result.records.push(outcome);
      const parentPath = PARENT_REFERENCE[request.sourceSystem];
      const parentSourceId = parentPath ? (attributes as Record<string, unknown>)[parentPath] : undefined;
      if (typeof parentSourceId === 'string' && parentSourceId.trim() !== '')
        parentReferences.push({ sourceId: record.sourceId, parentSourceId: parentSourceId.trim(), outcome });
      const stored = await tx.findOne(SourceRecordEntity, {
        sourceSystem: request.sourceSystem,
        sourceId: record.sourceId,
      });
      if (stored)
        Object.assign(outcome, {
          customerId: stored.customerId,
          matchRule: stored.matchRule,
          matchScore: stored.matchScore,
        });
      if (stored && stored.sourceVersion >= record.version) {
        result.unchanged += 1;
        continue;
      }
      const fields = {
        payload: attributes as Record<string, unknown>,
        ingestedAt: at,
        sourceVersion: record.version,
        verifiedAt: record.verifiedAt ?? null,
        batchId: request.batchId,
        mappingVersion: mapped.mappingVersion,
      };
      if (stored) {
        const customer = (await tx.findOne(CustomerEntity, { id: stored.customerId })) as Customer;
        Object.assign(stored, fields);
        outcome.outcome = 'UPDATED';
        // An address change over a link weaker than the merge threshold waits for a steward.
        if (
          (stored.matchScore ?? 1) < options.configuration.thresholds.autoMerge &&
          addressChanges(customer, mapped.attributes)
        ) {
          stored.heldAttributes = ['billingAddress'];
          const review = tx.create(MatchReviewEntity, {
            id: `rev_${randomUUID()}`,
            sourceRecordId: stored.id,
            customerId: customer.id,
            candidateCustomerId: customer.id,
            score: stored.matchScore ?? 0,
            rule: 'ADDRESS_CHANGE',
            reasons: [
              `${request.sourceSystem} ${record.sourceId} changes the billing address over a link of confidence ${stored.matchScore}`,
            ],
            status: 'PENDING',
            createdAt: at,
          });
          result.queuedForReview += 1;
          Object.assign(outcome, { outcome: 'QUEUED_FOR_REVIEW', reviewId: review.id });
        }
        touched.set(stored.customerId, customer);
        continue;
      }
      const match = await matchCustomer(tx, mapped.attributes, options.configuration);
      const sourceRecordId = `src_${randomUUID()}`;
      let customer: Customer;
      if (match.kind === 'MATCH') {
        customer = (await tx.findOne(CustomerEntity, { id: match.customerId })) as Customer;
        result.merged += 1;
        outcome.outcome = 'MERGED';
      } else {
        customer = newCustomer(tx, mapped.attributes, at);
        // The database enforces the source record's customer: the customer row goes first.
        await tx.flush();
        if (match.kind === 'REVIEW') {
          const review = tx.create(MatchReviewEntity, {
            id: `rev_${randomUUID()}`,
            sourceRecordId,
            customerId: customer.id,
            candidateCustomerId: match.customerId,
            score: match.score,
            rule: match.rule,
            reasons: match.reasons,
            status: 'PENDING',
            createdAt: at,
          });
          result.queuedForReview += 1;
          Object.assign(outcome, { outcome: 'QUEUED_FOR_REVIEW', reviewId: review.id });
        } else {
          result.created += 1;
          outcome.outcome = 'CREATED';
        }
      }
      tx.create(SourceRecordEntity, {
        id: sourceRecordId,
        customerId: customer.id,
        sourceSystem: request.sourceSystem,
        sourceId: record.sourceId,
        ...fields,
        matchScore: match.kind === 'NONE' ? null : match.score,
        matchRule: match.kind === 'NONE' ? 'NEW_CUSTOMER' : match.rule,
      });
      Object.assign(outcome, {
        customerId: customer.id,
        matchScore: match.kind === 'NONE' ? null : match.score,
        matchRule: match.kind === 'NONE' ? 'NEW_CUSTOMER' : match.rule,
      });
      touched.set(customer.id, customer);
      // The next records of this very batch find the customer by this record's names and identifiers too.
      await refreshMatchKeys(tx, [customer], options.configuration);
    }
    await tx.flush();
    for (const customer of touched.values())
      await recomputeGolden(tx, customer, `source:${request.sourceSystem}`, reason);
    for (const reference of parentReferences) {
      const link = await linkToParent(tx, request.sourceSystem, reference, `source:${request.sourceSystem}`, reason);
      if (link === 'CHANGED') result.hierarchyLinksChanged += 1;
      else if (link !== 'UNCHANGED') {
        result.warnings.push({ sourceId: reference.sourceId, reasons: [link] });
        reference.outcome.reasons = [...reference.outcome.reasons, link];
      }
    }
    const kept = [...outcomes.values()];
    await recordFailedInputs(
      tx,
      kept.flatMap(({ failure }) => (failure ? [failure] : [])),
      at,
    );
    await resolveFailedInputs(
      tx,
      'INGESTION',
      kept.filter(({ failure }) => failure === null).map(({ name }) => name.matchKey),
      () => `accepted in ${reason}`,
      at,
    );
    tx.create(IngestBatchEntity, {
      id: request.batchId,
      sourceSystem: request.sourceSystem,
      receivedAt: at,
      result: result as unknown as Record<string, unknown>,
    });
    return result;
  });
}
