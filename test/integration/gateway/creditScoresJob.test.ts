import fs from 'node:fs';
import path from 'node:path';
import type { RunningGateway } from '../../../gateway/server';
import { CustomerEntity } from '../../../subgraphs/customer/entities/Customer';
import { graphql, startTestFederation, type TestFederation } from '../../support/federation';
import { startJobRunner, until } from '../../support/gateways';

/**
 * The credit-scores job through a real federation and a real job runner: a delivery the checks
 * refuse fails the run, which lands in the exception queue with the lines' reasons (never their
 * values); once the file is corrected, an operator's retry applies it and resolves the item, and
 * the raise the job proposed waits for a person.
 */

let federation: TestFederation;
let admin: string;
let runner: RunningGateway | undefined;
let [first, second] = ['', ''];

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20' });
  admin = await federation.token({ roles: ['admin'] });
  const em = federation.subgraphs.customer.database.fork();
  [first, second] = (await em.find(CustomerEntity, { mergedInto: null }, { orderBy: { id: 'asc' }, limit: 2 })).map(
    (customer) => customer.id,
  );
  await em.nativeUpdate(
    CustomerEntity,
    { id: { $in: [first, second] } },
    { creditScore: 30, creditScoreAsOf: null, creditLimitMinor: 500_000, creditLimitCurrency: 'EUR' },
  );
  // A runner that runs nothing by schedule, only what is asked for, and retries nothing by itself in this test.
  runner = await startJobRunner(federation, {}, 600_000);
});

afterAll(async () => {
  await runner?.close();
  await federation?.close();
});

async function run(query: string, token: string, variables: Record<string, unknown> = {}) {
  const { body } = await graphql(federation.gateway.url, query, { token, variables });
  return body;
}

const exceptionOf = (reference: string) => async () =>
  (
    (await run('{ exceptions(source: "JOB", first: 100) { id subject reference status error resolution } }', admin))
      .data.exceptions as Record<string, string>[]
  ).find((item) => item.reference === reference);

const runOf = (id: string) => async () =>
  (
    (await run('{ jobRuns(job: "credit-scores", first: 20) { id status outcome } }', admin)).data.jobRuns as Record<
      string,
      string
    >[]
  ).find((candidate) => candidate.id === id);

it('fails on a refused delivery, lands in the exception queue, and a retry after the fix applies it and resolves the item', async () => {
  const file = path.join(federation.config.creditScores.dropDir, '2026-12-04-scores.csv');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const header = 'customerId,score,asOf,vendorReference';
  fs.writeFileSync(file, `${header}\n${first},45,2026-12-04,V-1\n${second},950,2026-12-04,V-2\n`);

  const asked = await run('mutation { runJobNow(job: "credit-scores") { id } }', admin);
  const reference = asked.data.runJobNow.id;
  const failed = await until('the run to fail', runOf(reference), (found) => found?.status === 'FAILED');
  const why =
    'file-drop: 2026-12-04-scores.csv refused, nothing of it applied (line 3: score must be a whole number from 1 to 100)';
  expect(failed?.outcome).toBe(why);
  const item = await until('the exception', exceptionOf(reference), (found) => found !== undefined);
  expect(item).toMatchObject({ subject: 'credit-scores', status: 'OPEN', error: why });
  expect(item?.error).not.toContain('950');
  const untouched = await run(`query($id: ID!) { customer(id: $id) { creditScore } }`, admin, { id: first });
  expect(untouched.data.customer.creditScore).toBe(30);

  // The vendor corrects the file; an operator retries.
  fs.writeFileSync(file, `${header}\n${first},45,2026-12-04,V-1\n${second},95,2026-12-04,V-2\n`);
  const retried = await run('mutation($id: ID!) { retryException(id: $id) { status } }', admin, { id: item?.id });
  expect(retried.errors).toBeUndefined();
  const resolved = await until(
    'the retry to resolve it',
    exceptionOf(reference),
    (found) => found?.status === 'RESOLVED',
  );
  expect(resolved?.resolution).toMatch(
    /^retry jrun_\S+ succeeded: file-drop: 1 deliveries applied, 2 rows: 2 scores changed, 1 limits changed by score band, 1 limit raises wait for approval$/,
  );
  expect(fs.existsSync(file)).toBe(false);

  // The job's changes went through the change log under its name; its proposal waits for a person.
  await federation.subgraphs.customer.settled();
  const scored = await run(
    `query($id: ID!) { customer(id: $id) { creditScore creditLimit { amount } changeHistory(first: 20) { field actor } } }`,
    admin,
    { id: first },
  );
  expect(scored.data.customer).toMatchObject({ creditScore: 45, creditLimit: { amount: '50000.00' } });
  expect(scored.data.customer.changeHistory).toEqual(
    expect.arrayContaining([
      { field: 'creditScore', actor: 'job:credit-scores' },
      { field: 'creditLimit', actor: 'job:credit-scores' },
    ]),
  );
  const analyst = await federation.token({ sub: 'ana.credit', roles: ['credit_analyst'] });
  const waiting = await run(
    `query($id: ID!) { customer(id: $id) { pendingCreditLimitChange { id requestedBy proposedLimit { amount } } } }`,
    analyst,
    { id: second },
  );
  const change = waiting.data.customer.pendingCreditLimitChange;
  expect(change).toMatchObject({ requestedBy: 'job:credit-scores', proposedLimit: { amount: '500000.00' } });
  const approved = await run('mutation($id: ID!) { approveCreditLimitChange(id: $id) { status decidedBy } }', analyst, {
    id: change.id,
  });
  expect(approved.data.approveCreditLimitChange).toEqual({ status: 'APPROVED', decidedBy: 'ana.credit' });
  const applied = await run(`query($id: ID!) { customer(id: $id) { creditLimit { amount } } }`, analyst, {
    id: second,
  });
  expect(applied.data.customer.creditLimit).toEqual({ amount: '500000.00' });
});
