import { generateDemoBook, type DemoSourceRecord } from '../../lib/demo/book';
import {
  clusters,
  linkRecords,
  pairKey,
  precisionRecallF1,
  type MatchConfiguration,
  type MatchRecord,
} from '../../subgraphs/customer/matching/engine';
import { normaliseName } from '../../subgraphs/customer/matching/names';
import { mapRecord, type MappedAttributes } from '../../subgraphs/customer/ingestion/mapRecord';
import { survive } from '../../subgraphs/customer/ingestion/survivorship';
import { printTable } from './printTable';

/**
 * Entity resolution at volume, in memory: demo source records (CRM, ERP, billing, collections,
 * risk, with their realistic variations) are mapped, blocked, compared, clustered and given golden
 * attributes. Database writes are not part of it. Reports records/s, peak memory, and pairwise
 * precision/recall against the book's truth (which customer each record came from).
 */

export const COMPANY_CONFIGURATION: MatchConfiguration = {
  version: 'companies-2026.11-bench',
  comparisons: [
    {
      name: 'taxId',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'taxId' }, weight: 0 },
        { label: 'same', condition: { kind: 'exact', field: 'taxId' }, weight: 12 },
        { label: 'different', condition: { kind: 'else' }, weight: -12 },
      ],
    },
    {
      name: 'duns',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'duns' }, weight: 0 },
        { label: 'same', condition: { kind: 'exact', field: 'duns' }, weight: 10 },
        { label: 'different', condition: { kind: 'else' }, weight: -4 },
      ],
    },
    {
      name: 'name',
      levels: [
        { label: 'same', condition: { kind: 'exact', field: 'name' }, weight: 8 },
        { label: 'very close', condition: { kind: 'jaroWinkler', field: 'name', atLeast: 0.94 }, weight: 6 },
        { label: 'close', condition: { kind: 'jaroWinkler', field: 'name', atLeast: 0.86 }, weight: 3 },
        { label: 'different', condition: { kind: 'else' }, weight: -6 },
      ],
    },
    {
      name: 'country',
      levels: [
        { label: 'same', condition: { kind: 'exact', field: 'country' }, weight: 1 },
        { label: 'different', condition: { kind: 'else' }, weight: -10 },
      ],
    },
    {
      name: 'postcode',
      levels: [
        { label: 'missing', condition: { kind: 'null', field: 'postcode' }, weight: 0 },
        { label: 'same', condition: { kind: 'exact', field: 'postcode' }, weight: 2 },
        { label: 'different', condition: { kind: 'else' }, weight: -1 },
      ],
    },
  ],
  blocking: [
    { name: 'tax id', keys: [{ field: 'taxId', transform: 'exact' }] },
    { name: 'D-U-N-S', keys: [{ field: 'duns', transform: 'exact' }] },
    // Name starts alone make huge blocks (many firms start "Shanghai", "Sakura"): pair them with the city.
    {
      name: 'country + city + name start',
      keys: [
        { field: 'country', transform: 'exact' },
        { field: 'city', transform: 'prefix3' },
        { field: 'name', transform: 'prefix4' },
      ],
    },
    {
      name: 'country + same words',
      keys: [
        { field: 'country', transform: 'exact' },
        { field: 'name', transform: 'sortedTokens' },
      ],
    },
    // A postcode alone makes blocks that grow with the book (quadratic pairs); with the name's start it does not.
    {
      name: 'country + postcode + name start',
      keys: [
        { field: 'country', transform: 'exact' },
        { field: 'postcode', transform: 'exact' },
        { field: 'name', transform: 'prefix2' },
      ],
    },
  ],
  thresholds: { autoMerge: 10, review: 6 },
};

/** The same name arrives from several sources: normalise each distinct one once. */
function nameKeyer(): (legalName: string | undefined) => string | undefined {
  const cache = new Map<string, string>();
  return (legalName) => {
    if (!legalName) return undefined;
    let key = cache.get(legalName);
    if (key === undefined) {
      key = normaliseName(legalName).latinTokens.join(' ');
      cache.set(legalName, key);
    }
    return key;
  };
}

function toMatchRecord(
  record: DemoSourceRecord,
  mapped: MappedAttributes,
  nameKey: (name: string | undefined) => string | undefined,
): MatchRecord {
  const name = nameKey(mapped.legalName);
  return {
    id: record.id,
    fields: {
      taxId: mapped.taxId?.value,
      duns: mapped.duns,
      name: name || undefined,
      country: mapped.country,
      postcode: mapped.billingAddress?.postalCode?.replace(/\s+/g, '').toUpperCase(),
      city: mapped.billingAddress?.city?.toLowerCase(),
    },
  };
}

export interface ResolutionResult {
  records: number;
  customers: number;
  goldenRecords: number;
  seconds: number;
  recordsPerSecond: number;
  peakRssMiB: number;
  precision: number;
  recall: number;
  f1: number;
}

/** How fast and how well a resolution went, as table columns: their headings, then one result's cells. */
export const RESOLUTION_MEASURES = ['seconds', 'records/s', 'peak RSS MiB', 'precision', 'recall', 'F1'] as const;

export function resolutionMeasures(result: ResolutionResult): (string | number)[] {
  return [
    result.seconds.toFixed(1),
    Math.round(result.recordsPerSecond),
    Math.round(result.peakRssMiB),
    result.precision.toFixed(4),
    result.recall.toFixed(4),
    result.f1.toFixed(4),
  ];
}

/** Only the source records are kept: the rest of the book (contracts, invoices) can be collected. */
function demoSourceRecords(targetRecords: number): DemoSourceRecord[] {
  // About 3.2 source records per customer in the demo book.
  return generateDemoBook({ customers: Math.ceil(targetRecords / 3.2), seed: 2026 }).sourceRecords.slice(
    0,
    targetRecords,
  );
}

export function resolveBook(targetRecords: number): ResolutionResult {
  const sources = demoSourceRecords(targetRecords);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = process.hrtime.bigint();

  const mapped = sources.map((source) => mapRecord(source.sourceSystem, source.payload).attributes);
  const nameKey = nameKeyer();
  const records = sources.map((source, i) => toMatchRecord(source, mapped[i], nameKey));
  const { pairs } = linkRecords(records, undefined, COMPANY_CONFIGURATION);
  const matched = pairs.filter((pair) => pair.score >= COMPANY_CONFIGURATION.thresholds.autoMerge);
  const groups = clusters(matched, COMPANY_CONFIGURATION.thresholds.autoMerge);
  const indexOf = new Map(sources.map((source, i) => [source.id, i]));
  const inCluster = new Set(groups.flat());
  const golden = [
    ...groups.map((ids) => ids.map((id) => indexOf.get(id) as number)),
    ...sources.flatMap((source, i) => (inCluster.has(source.id) ? [] : [[i]])),
  ].map((members) =>
    survive(
      members.map((i) => ({
        sourceSystem: sources[i].sourceSystem,
        sourceRecordId: sources[i].id,
        verifiedAt: new Date(sources[i].ingestedAt),
        attributes: mapped[i],
      })),
    ),
  );

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);

  const truth = new Set<string>();
  const byCustomer = new Map<string, string[]>();
  for (const source of sources)
    byCustomer.set(source.customerId, [...(byCustomer.get(source.customerId) ?? []), source.id]);
  for (const ids of byCustomer.values())
    for (let i = 0; i < ids.length; i += 1)
      for (let j = i + 1; j < ids.length; j += 1) truth.add(pairKey(ids[i], ids[j]));
  const predicted = new Set<string>();
  for (const ids of groups)
    for (let i = 0; i < ids.length; i += 1)
      for (let j = i + 1; j < ids.length; j += 1) predicted.add(pairKey(ids[i], ids[j]));
  const quality = precisionRecallF1(predicted, truth);

  return {
    records: sources.length,
    customers: byCustomer.size,
    goldenRecords: golden.length,
    seconds,
    recordsPerSecond: sources.length / seconds,
    peakRssMiB: peak / 1024 / 1024,
    precision: quality.precision,
    recall: quality.recall,
    f1: quality.f1,
  };
}

if (require.main === module) {
  const target = Number(process.argv[2] ?? 100_000);
  const result = resolveBook(target);
  printTable(
    ['source records', 'true customers', 'golden records', ...RESOLUTION_MEASURES],
    [[result.records, result.customers, result.goldenRecords, ...resolutionMeasures(result)]],
  );
}
