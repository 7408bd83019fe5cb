import { MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { SUBGRAPHS } from '../../../../subgraphs';
import { JOB_NAMES } from '../../../../lib/jobs/catalogue';
import { JOB_LINEAGE, jobRun } from '../../../../lib/jobs/jobLineage';
import { runEvents, runIdOf } from '../../../../lib/lineage/openLineage';
import { SOURCE_SYSTEMS } from '../../../../lib/sourceSystems';
import { ingestionOutputs, ingestionRun } from '../../../../subgraphs/customer/ingestion/ingestionLineage';
import { openLineageValidator } from '../../../support/lineageConsumer';

/** OpenLineage run events as `npm run lineage:export` builds them, checked against the published specification. */

const validator = openLineageValidator();
const at = new Date('2026-11-30T02:00:00.000Z');

it('makes a START and a COMPLETE event of every source system’s batch that the specification accepts', () => {
  for (const sourceSystem of SOURCE_SYSTEMS) {
    const events = runEvents(
      ingestionRun({ id: `b-${sourceSystem}`, sourceSystem, receivedAt: at, counts: { accepted: 3, rejected: 1 } }),
    );
    expect(events.map((event) => event.eventType)).toEqual(['START', 'COMPLETE']);
    for (const event of events) expect([sourceSystem, validator.errors(event)]).toEqual([sourceSystem, []]);
  }
});

it('traces each golden column to the source field its mapping reads', () => {
  const [, complete] = runEvents(ingestionRun({ id: 'b1', sourceSystem: 'CRM', receivedAt: at, counts: {} }));
  const customer = complete.outputs.find((output) => output.name === 'customer');
  const lineage = (customer?.facets.columnLineage as { fields: Record<string, { inputFields: object[] }> }).fields;
  expect(lineage.legal_name.inputFields).toEqual([
    expect.objectContaining({ namespace: 'custos-source://crm', name: 'customer_records', field: 'name' }),
  ]);
  expect(lineage.billing_address.inputFields).toEqual([expect.objectContaining({ field: 'address' })]);
  // CRM does not send credit limits: nothing claims it does.
  expect(lineage.credit_limit_minor).toBeUndefined();
  const [, risk] = runEvents(ingestionRun({ id: 'b2', sourceSystem: 'RISK', receivedAt: at, counts: {} }));
  const riskLineage = (
    risk.outputs.find((output) => output.name === 'customer')?.facets.columnLineage as {
      fields: Record<string, { inputFields: object[] }>;
    }
  ).fields;
  expect(riskLineage.credit_limit_minor.inputFields).toEqual([expect.objectContaining({ field: 'creditLimit' })]);
});

it('describes every job of the catalogue, and a failed run with its error', () => {
  for (const job of JOB_NAMES) {
    expect(JOB_LINEAGE[job]).toBeDefined();
    const run = jobRun({
      id: `run-${job}`,
      job,
      status: 'FAILED',
      trigger: 'SCHEDULE',
      attempt: 1,
      scheduledFor: at,
      startedAt: at,
      requestedAt: at,
      finishedAt: new Date(at.getTime() + 1000),
      outcome: 'CREDIT_REFUSED: at issueInvoice',
    });
    const events = runEvents(run!);
    expect(events.map((event) => event.eventType)).toEqual(['START', 'FAIL']);
    expect(events[1].run.facets.errorMessage).toMatchObject({ message: 'CREDIT_REFUSED: at issueInvoice' });
    for (const event of events) expect([job, validator.errors(event)]).toEqual([job, []]);
  }
});

it('leaves out a run of a job this release does not know, and one not finished', () => {
  const base = { id: 'r', status: 'SUCCEEDED', trigger: 'MANUAL', attempt: 1, requestedAt: at, finishedAt: at };
  expect(jobRun({ ...base, job: 'no-such-job' })).toBeNull();
  expect(jobRun({ ...base, job: 'quality-run', finishedAt: null })).toBeNull();
});

it('gives a run the same UUID every time, and different runs different ones', () => {
  expect(runIdOf('JOB', 'a')).toBe(runIdOf('JOB', 'a'));
  expect(runIdOf('JOB', 'a')).not.toBe(runIdOf('INGESTION', 'a'));
  expect(runIdOf('JOB', 'a')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});

it('refuses an event that breaks the specification (the validator can fail)', () => {
  const [start] = runEvents(ingestionRun({ id: 'b', sourceSystem: 'ERP', receivedAt: at, counts: {} }));
  expect(validator.errors({ ...start, run: { runId: 'not-a-uuid', facets: {} } })).not.toEqual([]);
  expect(validator.errors({ ...start, eventTime: 'yesterday' })).not.toEqual([]);
  const broken = JSON.parse(JSON.stringify(start));
  broken.inputs[0].facets.schema = { fields: [{ name: 'x' }] };
  expect(validator.errors(broken)).not.toEqual([]);
});

describe('the tables and columns named', () => {
  let columnsOf: Map<string, Set<string>>;

  beforeAll(async () => {
    columnsOf = new Map();
    for (const [name, definition] of Object.entries(SUBGRAPHS)) {
      const orm = await MikroORM.init({
        driver: BetterSqliteDriver,
        dbName: ':memory:',
        entities: definition.entities,
        connect: false,
        discovery: { warnWhenNoEntities: false },
      });
      for (const meta of Object.values(orm.getMetadata().getAll()))
        columnsOf.set(
          `custos://${name}/${meta.tableName}`,
          new Set(Object.values(meta.properties).flatMap((property) => property.fieldNames ?? [])),
        );
      await orm.close();
    }
  });

  it('exist in the subgraphs’ entities, for every job and every source system', () => {
    const named: { namespace: string; name: string; fields: readonly string[] }[] = [
      ...Object.values(JOB_LINEAGE).flatMap((lineage) => [...lineage.inputs, ...lineage.outputs]),
      ...SOURCE_SYSTEMS.flatMap((system) => ingestionOutputs(system)),
    ];
    const missing: string[] = [];
    for (const dataset of named.filter((candidate) => candidate.namespace.startsWith('custos://'))) {
      const columns = columnsOf.get(`${dataset.namespace}/${dataset.name}`);
      if (!columns) missing.push(`${dataset.namespace}/${dataset.name}`);
      else
        for (const field of dataset.fields)
          if (!columns.has(field)) missing.push(`${dataset.namespace}/${dataset.name}.${field}`);
    }
    expect(missing).toEqual([]);
    expect(named.length).toBeGreaterThan(10);
  });
});
