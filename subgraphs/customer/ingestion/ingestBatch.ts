import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { SourceSystem } from '../../../lib/sourceSystems';
import { CustomerEntity, type Customer } from '../entities/Customer';
import { IngestBatchEntity } from '../entities/IngestBatch';
import { MatchReviewEntity } from '../entities/MatchReview';
import { SourceRecordEntity } from '../entities/SourceRecord';
import type { IngestResult } from '../generated/resolvers';
import { mapRecord, type MappedAttributes } from './mapRecord';
import type { MatchConfiguration } from './matchConfiguration';
import { matchCustomer, type NameScorer } from './matchCustomer';
import { recomputeGolden } from './recomputeGolden';
import { canonicalJson } from '../../../lib/canonicalJson';
import { linkToParent } from './hierarchy';
import { PARENT_REFERENCE } from './mappings';

/**
 * Ingests one batch from one source, in one transaction: idempotent on the batch id (a replay
 * returns the first result and changes nothing), a record older than the stored version is
 * ignored, an invalid record is rejected with reasons while the rest lands, and every customer a
 * record touches has its golden attributes and their lineage recomputed. Changed master data goes
 * to the audit change log like any other change.
 */

export interface IncomingRecord {
  sourceId: string;
  version: number;
  verifiedAt?: Date | null;
  /** Should be a JSON object; anything else rejects the record (not the batch). */
  attributes: unknown;
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
  options: { actor: string; configuration: MatchConfiguration; scoreNames: NameScorer },
): Promise<IngestResult> {
  return em.transactional(async (tx) => {
    const previous = await tx.findOne(IngestBatchEntity, { id: request.batchId });
    if (previous) return { ...(previous.result as unknown as IngestResult), replayed: true };

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
    };
    const parentReferences: { sourceId: string; parentSourceId: string }[] = [];
    const touched = new Map<string, Customer>();
    const reason = `${request.sourceSystem} batch ${request.batchId}`;
    const at = new Date();

    for (const record of request.records) {
      const attributes = record.attributes;
      if (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes)) {
        result.rejected += 1;
        result.rejections.push({ sourceId: record.sourceId, reasons: ['attributes must be a JSON object'] });
        continue;
      }
      const mapped = mapRecord(request.sourceSystem, attributes as Record<string, unknown>);
      if (mapped.problems.length > 0) {
        result.rejected += 1;
        result.rejections.push({ sourceId: record.sourceId, reasons: mapped.problems });
        continue;
      }
      result.accepted += 1;
      if (mapped.warnings.length > 0) result.warnings.push({ sourceId: record.sourceId, reasons: mapped.warnings });
      const parentPath = PARENT_REFERENCE[request.sourceSystem];
      const parentSourceId = parentPath ? (attributes as Record<string, unknown>)[parentPath] : undefined;
      if (typeof parentSourceId === 'string' && parentSourceId.trim() !== '')
        parentReferences.push({ sourceId: record.sourceId, parentSourceId: parentSourceId.trim() });
      const stored = await tx.findOne(SourceRecordEntity, {
        sourceSystem: request.sourceSystem,
        sourceId: record.sourceId,
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
        // An address change over a link weaker than the merge threshold waits for a steward.
        if (
          (stored.matchScore ?? 1) < options.configuration.thresholds.autoMerge &&
          addressChanges(customer, mapped.attributes)
        ) {
          stored.heldAttributes = ['billingAddress'];
          tx.create(MatchReviewEntity, {
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
        }
        touched.set(stored.customerId, customer);
        continue;
      }
      // Records of this very batch are matched too: they are flushed before each lookup.
      await tx.flush();
      const outcome = await matchCustomer(tx, mapped.attributes, options.configuration, options.scoreNames);
      const sourceRecordId = `src_${randomUUID()}`;
      let customer: Customer;
      if (outcome.kind === 'MATCH') {
        customer = (await tx.findOne(CustomerEntity, { id: outcome.customerId })) as Customer;
        result.merged += 1;
      } else {
        customer = newCustomer(tx, mapped.attributes, at);
        // The database enforces the source record's customer: the customer row goes first.
        await tx.flush();
        if (outcome.kind === 'REVIEW') {
          tx.create(MatchReviewEntity, {
            id: `rev_${randomUUID()}`,
            sourceRecordId,
            customerId: customer.id,
            candidateCustomerId: outcome.customerId,
            score: outcome.score,
            rule: outcome.rule,
            reasons: outcome.reasons,
            status: 'PENDING',
            createdAt: at,
          });
          result.queuedForReview += 1;
        } else {
          result.created += 1;
        }
      }
      tx.create(SourceRecordEntity, {
        id: sourceRecordId,
        customerId: customer.id,
        sourceSystem: request.sourceSystem,
        sourceId: record.sourceId,
        ...fields,
        matchScore: outcome.kind === 'NONE' ? null : outcome.score,
        matchRule: outcome.kind === 'NONE' ? 'NEW_CUSTOMER' : outcome.rule,
      });
      touched.set(customer.id, customer);
    }
    await tx.flush();
    for (const customer of touched.values())
      await recomputeGolden(tx, customer, `source:${request.sourceSystem}`, reason);
    for (const reference of parentReferences) {
      const outcome = await linkToParent(tx, request.sourceSystem, reference, `source:${request.sourceSystem}`, reason);
      if (outcome === 'CHANGED') result.hierarchyLinksChanged += 1;
      else if (outcome !== 'UNCHANGED') result.warnings.push({ sourceId: reference.sourceId, reasons: [outcome] });
    }
    tx.create(IngestBatchEntity, {
      id: request.batchId,
      sourceSystem: request.sourceSystem,
      receivedAt: at,
      result: result as unknown as Record<string, unknown>,
    });
    return result;
  });
}
