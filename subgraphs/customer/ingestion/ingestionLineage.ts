import type { SourceSystem } from '../../../lib/sourceSystems';
import type { ColumnDerivation, ColumnRef, DatasetSpec, OutputSpec, RunSpec } from '../../../lib/lineage/openLineage';
import { PARENT_REFERENCE, SOURCE_MAPPINGS, type MappedAttribute } from './mappings';

/**
 * The lineage of an ingestion batch, for the OpenLineage export: which fields of the source's
 * records feed which columns of the customer master, as the source's mapping (./mappings.ts) says.
 */

/** Where each golden attribute is stored, and how the value is made from the source's field. */
const GOLDEN_COLUMNS: Readonly<
  Record<MappedAttribute, { table: string; columns: readonly string[]; subtype: string }>
> = {
  legalName: { table: 'customer', columns: ['legal_name'], subtype: 'IDENTITY' },
  nativeName: { table: 'customer', columns: ['native_name'], subtype: 'IDENTITY' },
  country: { table: 'customer', columns: ['country'], subtype: 'TRANSFORMATION' },
  taxId: { table: 'tax_identifier', columns: ['kind', 'value', 'country'], subtype: 'TRANSFORMATION' },
  duns: { table: 'customer', columns: ['duns'], subtype: 'TRANSFORMATION' },
  billingAddress: { table: 'customer', columns: ['billing_address'], subtype: 'TRANSFORMATION' },
  paymentTermsCode: { table: 'customer', columns: ['payment_terms_code'], subtype: 'IDENTITY' },
  creditLimit: {
    table: 'customer',
    columns: ['credit_limit_minor', 'credit_limit_currency'],
    subtype: 'TRANSFORMATION',
  },
};

const SURVIVORSHIP =
  'the most recently verified value of the matched records wins (subgraphs/customer/ingestion/survivorship.ts)';

export const CUSTOMER_NAMESPACE = 'custos://customer';

/** The records a source system sends, as a dataset of its own. */
export function sourceFeed(system: SourceSystem): DatasetSpec {
  const mapping = SOURCE_MAPPINGS[system];
  const fields = new Set([
    'sourceId',
    'version',
    'verifiedAt',
    ...Object.values(mapping.fields),
    ...Object.keys(mapping.carries ?? {}),
    ...(PARENT_REFERENCE[system] ? [PARENT_REFERENCE[system]] : []),
  ]);
  return { namespace: `custos-source://${system.toLowerCase()}`, name: 'customer_records', fields: [...fields] };
}

/** The customer master's tables a batch from `system` writes, column by column from the feed's fields. */
export function ingestionOutputs(system: SourceSystem): OutputSpec[] {
  const feed = sourceFeed(system);
  const field = (name: string): ColumnRef => ({ namespace: feed.namespace, dataset: feed.name, field: name });
  const byTable = new Map<string, Record<string, ColumnDerivation>>();
  for (const [attribute, from] of Object.entries(SOURCE_MAPPINGS[system].fields) as [MappedAttribute, string][]) {
    const target = GOLDEN_COLUMNS[attribute];
    const columns = byTable.get(target.table) ?? {};
    for (const column of target.columns)
      columns[column] = { type: 'DIRECT', subtype: target.subtype, from: [field(from)], description: SURVIVORSHIP };
    byTable.set(target.table, columns);
  }
  byTable.set('source_record', {
    payload: {
      type: 'DIRECT',
      subtype: 'IDENTITY',
      from: feed.fields.map(field),
      description: 'kept as the source sent it',
    },
    source_id: { type: 'DIRECT', subtype: 'IDENTITY', from: [field('sourceId')] },
    verified_at: { type: 'DIRECT', subtype: 'IDENTITY', from: [field('verifiedAt')] },
  });
  return [...byTable].map(([name, columns]) => ({
    namespace: CUSTOMER_NAMESPACE,
    name,
    fields: Object.keys(columns),
    columns,
  }));
}

/** What Custos recorded of a batch: its id, source, when it arrived, and its counts (never its records). */
export interface IngestedBatch {
  id: string;
  sourceSystem: SourceSystem;
  receivedAt: Date;
  counts: Record<string, number>;
}

export function ingestionRun(batch: IngestedBatch): RunSpec {
  return {
    id: batch.id,
    job: `ingestion.${batch.sourceSystem.toLowerCase()}`,
    jobType: 'INGESTION',
    startedAt: batch.receivedAt,
    finishedAt: batch.receivedAt,
    outcome: 'COMPLETE',
    inputs: [sourceFeed(batch.sourceSystem)],
    outputs: ingestionOutputs(batch.sourceSystem),
    details: { batchId: batch.id, mappingVersion: SOURCE_MAPPINGS[batch.sourceSystem].version, ...batch.counts },
  };
}
