import type { DemoCustomer, DemoSourceRecord } from '../../lib/demo/book';
import type { AttributeLineage } from './entities/AttributeLineage';
import { goldenPatch } from './ingestion/goldenPatch';
import { lineageRows } from './ingestion/lineageRows';
import { sourceLinkageRecord } from './ingestion/linkageRecords';
import { mapRecord, type MappedAttributes } from './ingestion/mapRecord';
import { MATCH_CONFIGURATION } from './ingestion/matchConfiguration';
import { survive } from './ingestion/survivorship';
import { scorePair, type MatchRecord } from './matching/engine';

/**
 * A demo customer's golden record as ingestion would have built it from the book's source records:
 * the same survivorship over the same mapped attributes, with the same lineage, and each record
 * linked by the rule that ingestion would have linked it by.
 */

export interface DemoLink {
  matchRule: string;
  matchScore: number | null;
}

export interface DemoGolden {
  patch: ReturnType<typeof goldenPatch>;
  lineage: AttributeLineage[];
  /** By source record id. */
  links: Map<string, DemoLink>;
  /** The source records' mapped attributes, which matching reads. */
  sources: { id: string; attributes: MappedAttributes }[];
}

/**
 * The first record made the customer; a later one met it as ingestion meets it: scored by the
 * linkage engine against the records before it, by the rule and score of the best.
 */
function linkOf(earlier: readonly MatchRecord[], record: MatchRecord): DemoLink {
  if (earlier.length === 0) return { matchRule: 'NEW_CUSTOMER', matchScore: null };
  const best = earlier
    .map((known) => scorePair(record, known, MATCH_CONFIGURATION))
    .reduce((a, b) => (b.score > a.score ? b : a));
  return { matchRule: best.rule ?? 'NAME', matchScore: Math.max(0, Math.min(1, best.score)) };
}

export function demoGolden(customer: DemoCustomer, records: readonly DemoSourceRecord[]): DemoGolden {
  const oldestFirst = [...records].sort((a, b) => a.ingestedAt.localeCompare(b.ingestedAt));
  const contributions = oldestFirst.map((record) => ({
    sourceSystem: record.sourceSystem,
    sourceRecordId: record.id,
    batchId: DEMO_BATCH_ID,
    verifiedAt: new Date(record.ingestedAt),
    attributes: mapRecord(record.sourceSystem, record.payload).attributes,
  }));
  const golden = survive(contributions);
  const linkageRecords = contributions.map((c) => sourceLinkageRecord(c.sourceRecordId, c.attributes));
  return {
    patch: goldenPatch(golden),
    lineage: lineageRows(customer.id, golden),
    links: new Map(linkageRecords.map((record, n) => [record.id, linkOf(linkageRecords.slice(0, n), record)])),
    sources: contributions.map((c) => ({ id: c.sourceRecordId, attributes: c.attributes })),
  };
}

/** The batch the demo book's source records arrived in. */
export const DEMO_BATCH_ID = 'demo-seed';
