import type { SqlEntityManager } from '@mikro-orm/knex';
import { risingIds } from '../../../lib/risingIds';
import { SpilledTexts } from '../../../lib/spilledTexts';
import type { SourceSystem } from '../../../lib/sourceSystems';
import { bulkInsert, enlargeWriteCache } from '../../kit/bulkInsert';
import { AttributeLineageEntity } from '../entities/AttributeLineage';
import { ChangeOutboxEntity, type ChangeOutbox } from '../entities/ChangeOutbox';
import { CustomerEntity, customerSearchText, type Customer } from '../entities/Customer';
import { CustomerMatchKeyEntity } from '../entities/CustomerMatchKey';
import { IngestBatchEntity } from '../entities/IngestBatch';
import { MatchReviewEntity } from '../entities/MatchReview';
import { SourceRecordEntity } from '../entities/SourceRecord';
import { TaxIdentifierEntity, type TaxIdentifier } from '../entities/TaxIdentifier';
import { forgetCompanyNames, type MatchRecord } from '../matching/engine';
import { linkableParties } from './linkableParties';
import { sourceLinkageRecord, type LinkableParty } from './linkageRecords';
import { lineageRows } from './lineageRows';
import { mapRecord, type MappedAttributes } from './mapRecord';
import type { MatchConfiguration } from './matchConfiguration';
import { partyMatchKeys } from './matchKeys';
import { applyGolden, recomputeGolden } from './recomputeGolden';
import { resolveRecords, type ResolvedReview } from './resolveRecords';
import { survive } from './survivorship';

/**
 * A bulk load: many source records from several systems resolved at once with the linkage engine
 * (resolveRecords.ts) against each other and the customers already known, then written with
 * bulkInsert, a chunk of customers per transaction. Everything ingestion writes for a
 * record is written here too: the customer with its golden values, tax id and blocking keys, the
 * source record with its rule and score, lineage, the change log, and reviews for stewards (each
 * with the chunk that writes the later of its two customers, so an interrupted load keeps the
 * reviews of what it stored). Records already stored (same system and id) are left to batch
 * ingestion, which handles updates; so a load run again, or resumed after an interruption, stores
 * each record once.
 */

export interface BulkRecord {
  sourceSystem: SourceSystem;
  sourceId: string;
  version: number;
  verifiedAt: Date | null;
  attributes: unknown;
}

export interface BulkLoadResult {
  batchId: string;
  records: number;
  alreadyStored: number;
  rejected: { sourceSystem: SourceSystem; sourceId: string; reasons: string[] }[];
  /** Records accepted with a warning (e.g. a key the mapping does not read). */
  warned: number;
  customersCreated: number;
  /** Records that joined a customer already known. */
  joinedExisting: number;
  queuedForReview: number;
  /** Candidate pairs the engine scored. */
  compared: number;
  /** Reading and mapping the records and resolving them; writing the outcome. */
  seconds: { resolve: number; write: number };
}

/** Large transactions: each writes the pages of the tables' indexes it touches once. */
const CUSTOMERS_PER_TRANSACTION = 25_000;
const WRITE_CACHE_MIB = 512;
const PARTIES_PER_READ = 1000;

async function storedSourceKeys(em: SqlEntityManager): Promise<Set<string>> {
  const rows: { sourceSystem: string; sourceId: string }[] = await em
    .createQueryBuilder(SourceRecordEntity)
    .select(['sourceSystem', 'sourceId'])
    .execute();
  return new Set(rows.map((row) => `${row.sourceSystem}\u0001${row.sourceId}`));
}

/** Every live customer as matching sees it, read a page at a time. */
async function knownParties(em: SqlEntityManager): Promise<LinkableParty[]> {
  const parties: LinkableParty[] = [];
  for (let after = ''; ;) {
    const page = await em.find(
      CustomerEntity,
      { mergedInto: null, id: { $gt: after } },
      { orderBy: { id: 'asc' }, limit: PARTIES_PER_READ },
    );
    parties.push(...(await linkableParties(em, page)));
    if (page.length < PARTIES_PER_READ) return parties;
    after = page[page.length - 1].id;
  }
}

const sourceOf = ({ sourceSystem, sourceId }: Omit<BulkRecord, 'attributes'>) => ({ sourceSystem, sourceId });

function seconds(since: bigint): number {
  return Number(process.hrtime.bigint() - since) / 1e9;
}

/**
 * A record taken for resolution: where its payload's JSON text is (in a temporary file: the
 * payloads would be a third of a large load's memory) and what matching reads of it. Its attributes
 * are mapped again when it is written: keeping them for every record of a million-record load would
 * cost more memory than mapping twice costs time.
 */
interface Accepted {
  sourceSystem: SourceSystem;
  sourceId: string;
  version: number;
  /** Epoch milliseconds: a Date object costs more. */
  verifiedAt: number | null;
  /** Its number in the load's SpilledTexts. */
  payload: number;
  linkage: MatchRecord;
}

/** A record as it is written: payload parsed and attributes mapped again. */
interface Written {
  record: Omit<BulkRecord, 'attributes'>;
  payload: Record<string, unknown>;
  attributes: MappedAttributes;
  mappingVersion: string;
}

function rewritten(
  { sourceSystem, sourceId, version, verifiedAt, payload }: Accepted,
  payloads: SpilledTexts,
): Written {
  const parsed = JSON.parse(payloads.get(payload)) as Record<string, unknown>;
  const { attributes, mappingVersion } = mapRecord(sourceSystem, parsed);
  const record = { sourceSystem, sourceId, version, verifiedAt: verifiedAt === null ? null : new Date(verifiedAt) };
  return { record, payload: parsed, attributes, mappingVersion };
}

export interface BulkLoadOptions {
  actor: string;
  batchId: string;
  configuration: MatchConfiguration;
  /** Customers written per transaction; default 25,000. */
  customersPerTransaction?: number;
}

export async function bulkLoad(
  em: SqlEntityManager,
  input: Iterable<BulkRecord> | AsyncIterable<BulkRecord>,
  options: BulkLoadOptions,
): Promise<BulkLoadResult> {
  const payloads = new SpilledTexts();
  try {
    return await loadInBulk(em, input, options, payloads);
  } finally {
    payloads.close();
  }
}

async function loadInBulk(
  em: SqlEntityManager,
  input: Iterable<BulkRecord> | AsyncIterable<BulkRecord>,
  options: BulkLoadOptions,
  payloads: SpilledTexts,
): Promise<BulkLoadResult> {
  const started = process.hrtime.bigint();
  const { actor, batchId, configuration } = options;
  const perTransaction = options.customersPerTransaction ?? CUSTOMERS_PER_TRANSACTION;
  const reason = `bulk load ${batchId}`;
  const result: BulkLoadResult = {
    batchId,
    records: 0,
    alreadyStored: 0,
    rejected: [],
    warned: 0,
    customersCreated: 0,
    joinedExisting: 0,
    queuedForReview: 0,
    compared: 0,
    seconds: { resolve: 0, write: 0 },
  };

  await enlargeWriteCache(em, WRITE_CACHE_MIB);
  const stored = await storedSourceKeys(em);
  // Emptied chunk by chunk as records are written.
  const accepted: (Accepted | undefined)[] = [];
  for await (const { attributes: payload, ...record } of input) {
    result.records += 1;
    if (stored.has(`${record.sourceSystem}\u0001${record.sourceId}`)) {
      result.alreadyStored += 1;
      continue;
    }
    if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
      result.rejected.push({ ...sourceOf(record), reasons: ['attributes must be a JSON object'] });
      continue;
    }
    const mapped = mapRecord(record.sourceSystem, payload as Record<string, unknown>);
    if (mapped.problems.length > 0) {
      result.rejected.push({ ...sourceOf(record), reasons: mapped.problems });
      continue;
    }
    if (mapped.warnings.length > 0) result.warned += 1;
    // Two records with one system and id in a load: the later one is the record.
    stored.add(`${record.sourceSystem}\u0001${record.sourceId}`);
    accepted.push({
      sourceSystem: record.sourceSystem,
      sourceId: record.sourceId,
      version: record.version,
      verifiedAt: record.verifiedAt?.getTime() ?? null,
      payload: payloads.add(JSON.stringify(payload)),
      linkage: sourceLinkageRecord('', mapped.attributes),
    });
  }
  stored.clear();

  const existing = await knownParties(em);
  const resolution = await resolveRecords(
    accepted.map((a) => (a as Accepted).linkage),
    existing,
    configuration,
  );
  // The write phase needs the memory more than the next resolution needs the normalised names;
  // the words of each name stay, for the keys it writes.
  forgetCompanyNames();
  result.compared = resolution.compared;
  result.seconds.resolve = seconds(started);

  const writing = process.hrtime.bigint();
  const at = new Date();
  // Ids rise in the order rows are written, so each index on them is filled at its end.
  const nextCustomerId = risingIds('cus', 16);
  const nextSourceRecordId = risingIds('src', 32);
  const nextChangeId = risingIds('chg', 32);
  const nextReviewId = risingIds('rev', 32);
  const customerIds = resolution.customers.map((c) => c.existingCustomerId ?? nextCustomerId());
  const sourceRecordIds = new Array<string>(accepted.length);
  const customerOfRecord = new Map<number, string>();
  resolution.customers.forEach((c, i) =>
    c.members.forEach((m) => {
      sourceRecordIds[m.record] = nextSourceRecordId();
      customerOfRecord.set(m.record, customerIds[i]);
    }),
  );

  // A review is written with the chunk that writes the later of its customers.
  const reviewsOfChunk = new Map<number, ResolvedReview[]>();
  for (const review of resolution.reviews) {
    const last = Math.max(review.customer, 'customer' in review.candidate ? review.candidate.customer : 0);
    const chunk = Math.floor(last / perTransaction);
    const reviews = reviewsOfChunk.get(chunk);
    if (reviews) reviews.push(review);
    else reviewsOfChunk.set(chunk, [review]);
  }
  const reviewRow = (review: ResolvedReview) => ({
    id: nextReviewId(),
    sourceRecordId: sourceRecordIds[review.record],
    customerId: customerIds[review.customer],
    candidateCustomerId:
      'customer' in review.candidate ? customerIds[review.candidate.customer] : review.candidate.existingCustomerId,
    score: review.score,
    rule: review.rule,
    reasons: review.reasons,
    status: 'PENDING' as const,
    createdAt: at,
  });

  for (let start = 0; start < resolution.customers.length; start += perTransaction) {
    const chunk = resolution.customers.slice(start, start + perTransaction);
    const reviews = (reviewsOfChunk.get(start / perTransaction) ?? []).map(reviewRow);
    const written = new Map<number, Written>();
    for (const { members } of chunk)
      for (const { record } of members) {
        written.set(record, rewritten(accepted[record] as Accepted, payloads));
        accepted[record] = undefined;
      }
    const writtenOf = (record: number) => written.get(record) as Written;
    await em.transactional(async (tx) => {
      const customers: Customer[] = [];
      const parties: LinkableParty[] = [];
      const lineage: ReturnType<typeof lineageRows> = [];
      const changes: ChangeOutbox[] = [];
      const taxIds: TaxIdentifier[] = [];
      const joined: string[] = [];
      chunk.forEach((resolved, offset) => {
        const customerId = customerIds[start + offset];
        if (resolved.existingCustomerId) {
          joined.push(customerId);
          result.joinedExisting += resolved.members.length;
          return;
        }
        const members = resolved.members.map(({ record }) => writtenOf(record));
        const golden = survive(
          resolved.members.map(({ record }, m) => ({
            sourceSystem: members[m].record.sourceSystem,
            sourceRecordId: sourceRecordIds[record],
            batchId,
            verifiedAt: members[m].record.verifiedAt,
            attributes: members[m].attributes,
          })),
        );
        // As batch ingestion makes a customer from its first record and then applies the golden record.
        const customer = {
          id: customerId,
          name: members[0].attributes.legalName as string,
          country: members[0].attributes.country as string,
          region: 'UNKNOWN',
          creditHold: false,
          status: 'PROSPECT',
          createdAt: at,
          updatedAt: at,
        } as Customer;
        for (const change of applyGolden(customer, golden, at))
          changes.push({ id: nextChangeId(), customerId, ...change, actor, at, reason, deliveredAt: null });
        customer.searchText = customerSearchText(customer);
        customers.push(customer);
        lineage.push(...lineageRows(customerId, golden));
        const taxId = golden.taxId?.value;
        if (taxId) taxIds.push({ id: `${customerId}_tax_${taxId.kind}_${taxId.country}`, customerId, ...taxId });
        parties.push({
          customer,
          taxIds: taxId ? [taxId] : [],
          sources: resolved.members.map(({ record }, m) => ({
            id: sourceRecordIds[record],
            attributes: members[m].attributes,
          })),
        });
      });
      result.customersCreated += customers.length;
      await bulkInsert(tx, CustomerEntity, customers);
      await bulkInsert(tx, TaxIdentifierEntity, taxIds);
      await bulkInsert(
        tx,
        SourceRecordEntity,
        chunk.flatMap((resolved) =>
          resolved.members.map(({ record, link }) => {
            const { record: source, payload, mappingVersion } = writtenOf(record);
            return {
              id: sourceRecordIds[record],
              customerId: customerOfRecord.get(record) as string,
              sourceSystem: source.sourceSystem,
              sourceId: source.sourceId,
              payload,
              ingestedAt: at,
              sourceVersion: source.version,
              verifiedAt: source.verifiedAt,
              batchId,
              mappingVersion,
              matchScore: link.score,
              matchRule: link.rule,
            };
          }),
        ),
      );
      await bulkInsert(tx, AttributeLineageEntity, lineage);
      await bulkInsert(tx, ChangeOutboxEntity, changes);
      await bulkInsert(
        tx,
        CustomerMatchKeyEntity,
        parties.flatMap((party) =>
          partyMatchKeys(party, configuration).map((key) => ({ customerId: party.customer.id, key })),
        ),
      );
      // Records that joined a known customer change its golden record: recomputed as batch ingestion does.
      for (const customerId of joined) {
        const customer = await tx.findOneOrFail(CustomerEntity, { id: customerId });
        await recomputeGolden(tx, customer, actor, reason);
      }
      await bulkInsert(tx, MatchReviewEntity, reviews);
    });
    result.queuedForReview += reviews.length;
  }

  await em.transactional(async (tx) => {
    const { rejected, ...counts } = result;
    await bulkInsert(tx, IngestBatchEntity, [
      {
        id: batchId,
        sourceSystem: 'BULK',
        receivedAt: at,
        result: { ...counts, rejected: rejected.length },
      },
    ]);
  });
  result.seconds.write = seconds(writing);
  return result;
}
