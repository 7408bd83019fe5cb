import fs from 'node:fs';
import path from 'node:path';
import type { RunningGateway } from '../../../gateway/server';
import { TaxExemptionCertificateEntity } from '../../../subgraphs/contract/entities/TaxExemptionCertificate';
import { graphql, startTestFederation, type TestFederation } from '../../support/federation';
import { startJobRunner, until } from '../../support/gateways';

/**
 * The tax-exemptions job through a real federation and job runner: a provider's bad file fails the
 * run, which the runner puts into the exception queue; once the file is fixed, an operator's retry
 * loads it and resolves the item. What the queue keeps of the failure quotes no certificate number.
 */

let federation: TestFederation;
let admin: string;
let runner: RunningGateway | undefined;

const NUMBER = 'TX-EXM-31415926';
const HEADER = 'customerId,jurisdiction,certificateNumber,scope,validFrom,validTo,status,documentReference';
const ITEM = 'id source subject reference error status attempts resolution';

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20' });
  admin = await federation.token({ roles: ['admin'] });
  // Automatic retries an hour away: only the operator's retry runs the job again here.
  runner = await startJobRunner(federation, {}, 3_600_000);
});

afterAll(async () => {
  await runner?.close();
  await federation?.close();
});

const run = async (query: string, variables: Record<string, unknown> = {}) =>
  (await graphql(federation.gateway.url, query, { token: admin, variables })).body;

const itemOf = (reference: string) => async () =>
  ((await run(`{ exceptions(source: "JOB", first: 100) { ${ITEM} } }`)).data.exceptions as Record<string, any>[]).find(
    (item) => item.reference === reference,
  );

it('fails on a bad drop file into the exception queue, and a retry after the fix loads it and resolves the item', async () => {
  const customers = await run('{ customers(first: 1, filter: { region: US }) { edges { node { id } } } }');
  const customerId = customers.data.customers.edges[0].node.id;
  const dropDir = federation.config.taxExemptions.dropDir;
  const file = path.join(dropDir, 'certificates-2026-12-05.csv');
  const line = (status: string) => `${customerId},US-TX,${NUMBER},ALL,2026-01-01,2026-12-31,${status},`;
  fs.mkdirSync(dropDir, { recursive: true });
  fs.writeFileSync(file, `${HEADER}\n${line('VERIFIED-ISH')}\n`);

  const asked = await run('mutation { runJobNow(job: "tax-exemptions") { id } }');
  expect(asked.errors).toBeUndefined();
  const reference = asked.data.runJobNow.id;
  const item = await until('the failed run in the queue', itemOf(reference), (found) => found !== undefined);
  expect(item).toMatchObject({
    source: 'JOB',
    subject: 'tax-exemptions',
    status: 'OPEN',
    attempts: 1,
    error: 'TAX_CERTIFICATES_REFUSED: at refreshTaxExemptions',
  });
  const failed = await run('{ jobRuns(job: "tax-exemptions", first: 10) { id status outcome } }');
  expect(failed.data.jobRuns.find((r: { id: string }) => r.id === reference)).toMatchObject({ status: 'FAILED' });
  expect(JSON.stringify(failed)).not.toContain('31415926');
  expect(fs.existsSync(file)).toBe(true);
  expect(await federation.subgraphs.contract.database.fork().count(TaxExemptionCertificateEntity, {})).toBe(0);

  fs.writeFileSync(file, `${HEADER}\n${line('VERIFIED')}\n`);
  const retried = await run('mutation($id: ID!) { retryException(id: $id) { status } }', { id: item?.id });
  expect(retried.errors).toBeUndefined();
  const resolved = await until('the retry to resolve it', itemOf(reference), (found) => found?.status === 'RESOLVED');
  expect(resolved?.resolution).toMatch(
    /^retry jrun_\S+ succeeded: file-drop: 1 batches loaded, 1 certificates \(1 new, 0 changed\)$/,
  );
  expect(fs.existsSync(file)).toBe(false);
  const stored = await federation.subgraphs.contract.database.fork().find(TaxExemptionCertificateEntity, {});
  expect(stored).toEqual([expect.objectContaining({ customerId, jurisdiction: 'US-TX', status: 'VERIFIED' })]);
});
