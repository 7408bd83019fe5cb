import { generateDemoBook, type DemoSourceRecord } from '../../lib/demo/book';
import { clusters, linkRecords, pairKey, precisionRecallF1, type MatchConfiguration, type MatchRecord } from '../../subgraphs/customer/matching/engine';
import { normaliseName } from '../../subgraphs/customer/matching/names';
import { mapRecord } from '../../subgraphs/customer/ingestion/mapRecord';
import { survive } from '../../subgraphs/customer/ingestion/survivorship';

/**
 * Entity resolution at volume, in memory: demo source records (CRM, ERP, billing, collections,
 * risk, with their realistic variations) are mapped, blocked, compared, clustered and given golden
 * attributes. Database writes are not part of it. Reports records/s, peak memory, and pairwise
 * precision/recall against the book's truth (which customer each record came from).
 */

export const COMPANY_CONFIGURATION: MatchConfiguration = {
  version: 'companies-2026.11-bench',
  comparisons: [
    { name: 'taxId', levels: [{ label: 'missing', condition: { kind: 'null', field: 'taxId' }, weight: 0 }, { label: 'same', condition: { kind: 'exact', field: 'taxId' }, weight: 12 }, { label: 'different', condition: { kind: 'else' }, weight: -12 }] },
    { name: 'duns', levels: [{ label: 'missing', condition: { kind: 'null', field: 'duns' }, weight: 0 }, { label: 'same', condition: { kind: 'exact', field: 'duns' }, weight: 10 }, { label: 'different', condition: { kind: 'else' }, weight: -4 }] },
    {
      name: 'name',
      levels: [
        { label: 'same', condition: { kind: 'exact', field: 'name' }, weight: 8 },
        { label: 'very close', condition: { kind: 'jaroWinkler', field: 'name', atLeast: 0.94 }, weight: 6 },
        { label: 'close', condition: { kind: 'jaroWinkler', field: 'name', atLeast: 0.86 }, weight: 3 },
        { label: 'different', condition: { kind: 'else' }, weight: -6 },
      ],
    },
    { name: 'country', levels: [{ label: 'same', condition: { kind: 'exact', field: 'country' }, weight: 1 }, { label: 'different', condition: { kind: 'else' }, weight: -10 }] },
    { name: 'postcode', levels: [{ label: 'missing', condition: { kind: 'null', field: 'postcode' }, weight: 0 }, { label: 'same', condition: { kind: 'exact', field: 'postcode' }, weight: 2 }, { label: 'different', condition: { kind: 'else' }, weight: -1 }] },
  ],
  blocking: [
    { name: 'tax id', keys: [{ field: 'taxId', transform: 'exact' }] },
    { name: 'D-U-N-S', keys: [{ field: 'duns', transform: 'exact' }] },
    // Name starts alone make huge blocks (many firms start "Shanghai", "Sakura"): pair them with the city.
    { name: 'country + city + name start', keys: [{ field: 'country', transform: 'exact' }, { field: 'city', transform: 'prefix3' }, { field: 'name', transform: 'prefix4' }] },
    { name: 'country + same words', keys: [{ field: 'country', transform: 'exact' }, { field: 'name', transform: 'sortedTokens' }] },
    { name: 'country + postcode', keys: [{ field: 'country', transform: 'exact' }, { field: 'postcode', transform: 'exact' }] },
  ],
  thresholds: { autoMerge: 10, review: 6 },
};

function toMatchRecord(record: DemoSourceRecord): MatchRecord {
  const mapped = mapRecord(record.sourceSystem, record.payload).attributes;
  const name = mapped.legalName ? normaliseName(mapped.legalName).latinTokens.join(' ') : undefined;
  return {
    id: record.id,
    fields: {
      taxId: mapped.taxId?.value,
      duns: mapped.duns,
      name: name || undefined,
      country: mapped.country,
      postcode: mapped.billingAddress?.postalCode?.replace(/\s+/g, '').toUpperCase(),
      city: mapped.billingAddress?.city ? normaliseName(mapped.billingAddress.city).folded : undefined,
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

export function resolveBook(targetRecords: number): ResolutionResult {
  // About 3.2 source records per customer in the demo book.
  const book = generateDemoBook({ customers: Math.ceil(targetRecords / 3.2), seed: 2026 });
  const sources = book.sourceRecords.slice(0, targetRecords);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = process.hrtime.bigint();

  const records = sources.map(toMatchRecord);
  const { pairs } = linkRecords(records, undefined, COMPANY_CONFIGURATION);
  const matched = pairs.filter((pair) => pair.score >= COMPANY_CONFIGURATION.thresholds.autoMerge);
  const groups = clusters(matched, COMPANY_CONFIGURATION.thresholds.autoMerge);
  const byId = new Map(sources.map((source) => [source.id, source]));
  const inCluster = new Set(groups.flat());
  const golden = [
    ...groups.map((ids) => ids.map((id) => byId.get(id) as DemoSourceRecord)),
    ...sources.filter((source) => !inCluster.has(source.id)).map((source) => [source]),
  ].map((members) =>
    survive(members.map((m) => ({ sourceSystem: m.sourceSystem, sourceRecordId: m.id, verifiedAt: new Date(m.ingestedAt), attributes: mapRecord(m.sourceSystem, m.payload).attributes }))),
  );

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);

  const truth = new Set<string>();
  const byCustomer = new Map<string, string[]>();
  for (const source of sources) byCustomer.set(source.customerId, [...(byCustomer.get(source.customerId) ?? []), source.id]);
  for (const ids of byCustomer.values()) for (let i = 0; i < ids.length; i += 1) for (let j = i + 1; j < ids.length; j += 1) truth.add(pairKey(ids[i], ids[j]));
  const predicted = new Set<string>();
  for (const ids of groups) for (let i = 0; i < ids.length; i += 1) for (let j = i + 1; j < ids.length; j += 1) predicted.add(pairKey(ids[i], ids[j]));
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
  console.log('| source records | true customers | golden records | seconds | records/s | peak RSS MiB | precision | recall | F1 |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  console.log(
    `| ${result.records} | ${result.customers} | ${result.goldenRecords} | ${result.seconds.toFixed(1)} | ${Math.round(result.recordsPerSecond)} | ${Math.round(result.peakRssMiB)} | ${result.precision.toFixed(4)} | ${result.recall.toFixed(4)} | ${result.f1.toFixed(4)} |`,
  );
}
