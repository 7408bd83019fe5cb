import type { DemoCustomer, DemoSourceRecord } from '../../lib/demo/book';
import type { AttributeLineage } from './entities/AttributeLineage';
import { goldenPatch } from './ingestion/goldenPatch';
import { lineageRows } from './ingestion/lineageRows';
import { mapRecord, type MappedAttributes } from './ingestion/mapRecord';
import { scoreCompanyNames } from './ingestion/scoreCompanyNames';
import { survive } from './ingestion/survivorship';

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
}

/** The first record made the customer; a later one met it by its tax id, its D-U-N-S or, failing both, its names. */
function linkOf(customer: DemoCustomer, attributes: MappedAttributes, first: boolean): DemoLink {
  if (first) return { matchRule: 'NEW_CUSTOMER', matchScore: null };
  const taxId = customer.taxIds[0];
  if (attributes.taxId && attributes.taxId.value === taxId?.value && attributes.taxId.country === taxId.country)
    return { matchRule: 'TAX_ID', matchScore: 1 };
  if (attributes.duns && attributes.duns === customer.duns) return { matchRule: 'DUNS', matchScore: 1 };
  const names = [customer.legalName, customer.nativeName].filter((name): name is string => Boolean(name));
  const score = Math.max(...names.map((name) => scoreCompanyNames(attributes.legalName ?? '', name).score));
  return { matchRule: 'NAME', matchScore: score };
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
  return {
    patch: goldenPatch(golden),
    lineage: lineageRows(customer.id, golden),
    links: new Map(
      contributions.map((contribution, n) => [
        contribution.sourceRecordId,
        linkOf(customer, contribution.attributes, n === 0),
      ]),
    ),
  };
}

/** The batch the demo book's source records arrived in. */
export const DEMO_BATCH_ID = 'demo-seed';
