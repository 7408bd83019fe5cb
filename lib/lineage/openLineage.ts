import { createHash } from 'node:crypto';

/**
 * OpenLineage run events (https://openlineage.io/spec/2-0-2/OpenLineage.json), as plain data: what
 * `npm run lineage:export` sends a lineage consumer such as Marquez. They name datasets and
 * columns, never the values in them, so they carry nothing classified.
 */

export const OPENLINEAGE_SCHEMA_URL = 'https://openlineage.io/spec/2-0-2/OpenLineage.json#/$defs/RunEvent';
export const PRODUCER = 'https://github.com/custos/custos/tree/main/bin/lineage-export.ts';

const FACET_SCHEMAS = {
  schema: 'https://openlineage.io/spec/facets/1-2-0/SchemaDatasetFacet.json#/$defs/SchemaDatasetFacet',
  columnLineage:
    'https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet',
  nominalTime: 'https://openlineage.io/spec/facets/1-0-1/NominalTimeRunFacet.json#/$defs/NominalTimeRunFacet',
  errorMessage: 'https://openlineage.io/spec/facets/1-0-1/ErrorMessageRunFacet.json#/$defs/ErrorMessageRunFacet',
  jobType: 'https://openlineage.io/spec/facets/2-0-4/JobTypeJobFacet.json#/$defs/JobTypeJobFacet',
} as const;

/** The namespace of Custos's own jobs and datasets; a source system's feed has its own. */
export const CUSTOS_NAMESPACE = 'custos';

/** A column of a dataset: a table's column, or a field of a source system's record. */
export interface ColumnRef {
  namespace: string;
  dataset: string;
  field: string;
}

/** How an output column is made from input columns. */
export interface ColumnDerivation {
  from: readonly ColumnRef[];
  /** DIRECT: the value is (a copy or function of) the inputs'; INDIRECT: the inputs decide which rows or how. */
  type: 'DIRECT' | 'INDIRECT';
  /** IDENTITY, TRANSFORMATION or AGGREGATION for DIRECT; FILTER, JOIN, CONDITIONAL... for INDIRECT. */
  subtype: string;
  description?: string;
}

export interface DatasetSpec {
  namespace: string;
  name: string;
  fields: readonly string[];
}

export interface OutputSpec extends DatasetSpec {
  /** Per output column, where it comes from. */
  columns: Readonly<Record<string, ColumnDerivation>>;
}

export interface RunSpec {
  /** A stable id of the run in Custos (a batch id, a job run id): the same run always has the same runId. */
  id: string;
  job: string;
  jobType: 'INGESTION' | 'JOB';
  startedAt: Date;
  finishedAt: Date;
  outcome: 'COMPLETE' | 'FAIL';
  /** Why it failed: a code or a summary with no values in it. */
  failure?: string;
  /** The schedule slot the run was for. */
  nominalTime?: Date;
  inputs: readonly DatasetSpec[];
  outputs: readonly OutputSpec[];
  /** Custos's own run facet: counts and references, never values. */
  details?: Record<string, unknown>;
}

export interface RunEvent {
  eventType: 'START' | 'COMPLETE' | 'FAIL';
  eventTime: string;
  producer: string;
  schemaURL: string;
  run: { runId: string; facets: Record<string, Record<string, unknown>> };
  job: { namespace: string; name: string; facets: Record<string, Record<string, unknown>> };
  inputs: Array<{ namespace: string; name: string; facets: Record<string, Record<string, unknown>> }>;
  outputs: Array<{ namespace: string; name: string; facets: Record<string, Record<string, unknown>> }>;
}

/** A UUID named by the run (RFC 4122 version 5 layout over SHA-1), so exporting a run twice gives one run to the consumer. */
export function runIdOf(kind: string, id: string): string {
  const bytes = createHash('sha1').update(`custos:${kind}:${id}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function facet(schema: keyof typeof FACET_SCHEMAS, body: Record<string, unknown>): Record<string, unknown> {
  return { _producer: PRODUCER, _schemaURL: FACET_SCHEMAS[schema], ...body };
}

function schemaFacet(fields: readonly string[]): Record<string, unknown> {
  return facet('schema', { fields: fields.map((name) => ({ name })) });
}

function columnLineageFacet(columns: OutputSpec['columns']): Record<string, unknown> {
  const fields = Object.fromEntries(
    Object.entries(columns).map(([column, derivation]) => [
      column,
      {
        inputFields: derivation.from.map((input) => ({
          namespace: input.namespace,
          name: input.dataset,
          field: input.field,
          transformations: [
            {
              type: derivation.type,
              subtype: derivation.subtype,
              ...(derivation.description ? { description: derivation.description } : {}),
            },
          ],
        })),
      },
    ]),
  );
  return facet('columnLineage', { fields });
}

/** The START event and the COMPLETE or FAIL event of one run; the second carries the column lineage. */
export function runEvents(spec: RunSpec): [RunEvent, RunEvent] {
  const runId = runIdOf(spec.jobType, spec.id);
  const job = {
    namespace: CUSTOS_NAMESPACE,
    name: spec.job,
    facets: { jobType: facet('jobType', { processingType: 'BATCH', integration: 'CUSTOS', jobType: spec.jobType }) },
  };
  const inputs = spec.inputs.map((input) => ({
    namespace: input.namespace,
    name: input.name,
    facets: { schema: schemaFacet(input.fields) },
  }));
  const runFacets: Record<string, Record<string, unknown>> = {};
  if (spec.nominalTime)
    runFacets.nominalTime = facet('nominalTime', { nominalStartTime: spec.nominalTime.toISOString() });
  if (spec.details)
    runFacets.custos = { _producer: PRODUCER, _schemaURL: `${PRODUCER}#CustosRunFacet`, ...spec.details };
  const start: RunEvent = {
    eventType: 'START',
    eventTime: spec.startedAt.toISOString(),
    producer: PRODUCER,
    schemaURL: OPENLINEAGE_SCHEMA_URL,
    run: { runId, facets: runFacets },
    job,
    inputs,
    outputs: spec.outputs.map((output) => ({ namespace: output.namespace, name: output.name, facets: {} })),
  };
  const endFacets = { ...runFacets };
  if (spec.outcome === 'FAIL')
    endFacets.errorMessage = facet('errorMessage', {
      message: spec.failure ?? 'failed',
      programmingLanguage: 'TypeScript',
    });
  const end: RunEvent = {
    ...start,
    eventType: spec.outcome,
    eventTime: spec.finishedAt.toISOString(),
    run: { runId, facets: endFacets },
    outputs: spec.outputs.map((output) => ({
      namespace: output.namespace,
      name: output.name,
      facets: { schema: schemaFacet(output.fields), columnLineage: columnLineageFacet(output.columns) },
    })),
  };
  return [start, end];
}
