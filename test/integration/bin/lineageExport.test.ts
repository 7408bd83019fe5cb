import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { runIdOf } from '../../../lib/lineage/openLineage';
import { graphql, startTestFederation, type TestFederation } from '../../support/federation';
import { startJobRunner, until } from '../../support/gateways';
import { startLineageConsumer, type LineageConsumer } from '../../support/lineageConsumer';

/**
 * `npm run lineage:export -- --since DATE`: a real ingestion batch and a real job run, exported as
 * OpenLineage events to a Marquez-style consumer that checks each against the specification.
 */

const ROOT = path.resolve(__dirname, '../../..');
let federation: TestFederation;
let consumer: LineageConsumer;
let jobRunId: string;
const since = new Date(Date.now() - 60_000).toISOString();

/** Runs the command as a child process, without blocking this process: the consumer answers from here. */
function exportLineage(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bin/lineage-export.ts', ...args], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DATA_DIR: federation.config.dataDir,
      LOG_LEVEL: 'silent',
      ...(federation.config.databaseUrl('customer')
        ? { DATABASE_URL: federation.config.databaseUrl('customer') as string }
        : {}),
    },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '10' });
  consumer = await startLineageConsumer();
  const steward = await federation.token({ roles: ['data_steward'] });
  const ingested = await graphql(
    federation.gateway.url,
    'mutation($batch: SourceBatchInput!) { ingestSourceRecords(batch: $batch) { accepted rejected } }',
    {
      token: steward,
      variables: {
        batch: {
          batchId: 'lineage-batch-1',
          sourceSystem: 'ERP',
          records: [
            {
              sourceId: 'LIN-1',
              version: 1,
              attributes: JSON.stringify({ name: 'Lineage Werke GmbH', country: 'DE', taxId: 'DE136695976' }),
            },
          ],
        },
      },
    },
  );
  expect(ingested.body.errors).toBeUndefined();

  const runner = await startJobRunner(federation, {});
  try {
    const admin = await federation.token({ roles: ['admin'] });
    const asked = await graphql(federation.gateway.url, 'mutation { runJobNow(job: "reconciliation-check") { id } }', {
      token: admin,
    });
    jobRunId = asked.body.data.runJobNow.id;
    await until(
      'the reconciliation check to end',
      () =>
        graphql(federation.gateway.url, '{ jobRuns(job: "reconciliation-check", first: 5) { id status } }', {
          token: admin,
        }),
      (answer) =>
        answer.body.data?.jobRuns.some(
          (run: { id: string; status: string }) => run.id === jobRunId && ['SUCCEEDED', 'FAILED'].includes(run.status),
        ),
    );
  } finally {
    await runner.close();
  }
}, 120_000);

afterAll(async () => {
  await consumer?.close();
  await federation?.close();
});

it('sends the batch and the job run to the consumer, every event accepted by the specification', async () => {
  const run = await exportLineage('--since', since, '--url', consumer.url);
  expect([run.status, run.stderr]).toEqual([0, expect.stringContaining('sent to')]);
  expect(consumer.refused).toEqual([]);

  const batchEvents = consumer.accepted.filter((event) => event.run.runId === runIdOf('INGESTION', 'lineage-batch-1'));
  expect(batchEvents.map((event) => event.eventType)).toEqual(['START', 'COMPLETE']);
  expect(batchEvents[0].job).toMatchObject({ namespace: 'custos', name: 'ingestion.erp' });
  expect(batchEvents[1].run.facets.custos).toMatchObject({ batchId: 'lineage-batch-1', accepted: 1, rejected: 0 });
  const customer = batchEvents[1].outputs.find((output: { name: string }) => output.name === 'customer');
  expect(customer.facets.columnLineage.fields.legal_name.inputFields[0]).toMatchObject({
    namespace: 'custos-source://erp',
    field: 'name',
  });

  const jobEvents = consumer.accepted.filter((event) => event.run.runId === runIdOf('JOB', jobRunId));
  expect(jobEvents.map((event) => event.eventType)).toEqual(['START', expect.stringMatching(/^(COMPLETE|FAIL)$/)]);
  expect(jobEvents[0].job.name).toBe('job.reconciliation-check');
});

it('carries no value of the batch, only names of fields', async () => {
  const run = await exportLineage('--since', since);
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('lineage-batch-1');
  expect(run.stdout).not.toContain('Lineage Werke');
  expect(run.stdout).not.toContain('DE136695976');
});

it('writes NDJSON to a file, one valid event per line, the same runs again on a second export', async () => {
  const out = path.join(federation.config.dataDir, 'lineage.ndjson');
  expect((await exportLineage('--since', since, '--out', out)).status).toBe(0);
  const first = fs
    .readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect((await exportLineage('--since', since, '--out', out)).status).toBe(0);
  const second = fs
    .readFileSync(out, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(second.map((event) => event.run.runId)).toEqual(first.map((event) => event.run.runId));
});

it('exports nothing before the period and refuses bad arguments with a usage line', async () => {
  const empty = await exportLineage('--since', '2001-01-01', '--until', '2001-02-01');
  expect([empty.status, empty.stdout]).toEqual([0, '']);
  for (const args of [
    [],
    ['--since', 'yesterday'],
    ['--since', '2026-12-01', '--until', '2026-11-01'],
    ['--since', '2026-12-01', '--url', 'ftp://x'],
  ]) {
    const refused = await exportLineage(...args);
    expect([args, refused.status]).toEqual([args, 2]);
    expect(refused.stderr).toContain('usage: npm run lineage:export');
  }
});

it('stops with a clear error when the consumer refuses an event', async () => {
  const run = await exportLineage('--since', since, '--url', consumer.url.replace('/api/v1/lineage', '/nowhere'));
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('the consumer refused');
});
