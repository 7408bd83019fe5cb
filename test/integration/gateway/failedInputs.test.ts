import type { RunningGateway } from '../../../gateway/server';
import { CustomerEntity } from '../../../subgraphs/customer/entities/Customer';
import { FailedInputEntity } from '../../../subgraphs/customer/entities/FailedInput';
import { graphql, startTestFederation, type TestFederation } from '../../support/federation';
import { startJobRunner, until } from '../../support/gateways';

/**
 * Rejected source records and change events through a real federation: the customer subgraph keeps
 * them and reports them (without the values they carried) to the exception queue, a record sent
 * again corrected resolves its item, the failed-inputs job retries what is due through the same
 * door the source used, and an operator retries or dismisses an item.
 */

let federation: TestFederation;
let admin: string;
let auditor: string;
const runners: RunningGateway[] = [];

/** A valid German VAT id and an IBAN: classified values no exception item may show. */
const TAX_ID = 'DE136695976';
const IBAN = 'DE89370400440532013000';

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20' });
  admin = await federation.token({ roles: ['admin'] });
  auditor = await federation.token({ roles: ['auditor'] });
});

afterEach(async () => {
  for (const runner of runners.splice(0)) await runner.close();
});

afterAll(async () => {
  await federation?.close();
});

/** A job runner of its own (test/support/gateways.ts), stopped after the test; only what is asked for runs. */
async function startRunner(): Promise<RunningGateway> {
  const gateway = await startJobRunner(federation, {}, federation.config.jobs.retryBaseMs);
  runners.push(gateway);
  return gateway;
}

async function run<T = any>(query: string, variables: Record<string, unknown> = {}, token = admin): Promise<T> {
  const { body } = await graphql(federation.gateway.url, query, { token, variables });
  expect(body.errors).toBeUndefined();
  return body.data;
}

interface Item {
  id: string;
  source: string;
  subject: string;
  reference: string;
  payloadRef: string | null;
  error: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  resolvedBy: string | null;
  resolution: string | null;
}
const ITEM = 'id source subject reference payloadRef error status attempts nextAttemptAt resolvedBy resolution';

async function exceptions(token = admin): Promise<Item[]> {
  const data = await run<{ exceptions: Item[] }>(`{ exceptions(first: 100) { ${ITEM} } }`, {}, token);
  return data.exceptions;
}

/** The item of `reference`, once the customer subgraph's reports reached the queue. */
async function itemOf(reference: string): Promise<Item | undefined> {
  await federation.subgraphs.customer.settled();
  return (await exceptions()).find((item) => item.reference === reference);
}

const INGEST = `mutation($batch: SourceBatchInput!) {
  ingestSourceRecords(batch: $batch) { accepted rejected records { sourceId outcome customerId reasons } }
}`;
const APPLY = `mutation($events: [ChangeEventInput!]!) {
  applyChanges(events: $events) { applied ignored rejected rejections { index reasons } }
}`;
const RETRY = 'mutation($id: ID!) { retryException(id: $id) { status nextAttemptAt } }';
const DISMISS = 'mutation($id: ID!, $reason: String!) { dismissException(id: $id, reason: $reason) { status } }';

interface Run {
  id: string;
  status: string;
  outcome: string | null;
}

async function failedInputsRuns(): Promise<Run[]> {
  const data = await run<{ jobRuns: Run[] }>('{ jobRuns(job: "failed-inputs", first: 50) { id status outcome } }');
  return data.jobRuns;
}

/** Waits for a run of the failed-inputs job not among `before` to end. */
async function nextRunEnded(before: readonly Run[]): Promise<Run> {
  const known = new Set(before.map((r) => r.id));
  const runs = await until('a failed-inputs run to end', failedInputsRuns, (all) =>
    all.some((r) => !known.has(r.id) && (r.status === 'SUCCEEDED' || r.status === 'FAILED')),
  );
  return runs.find((r) => !known.has(r.id))!;
}

/** A customer the CDC stream knew before ingestion did: made in the customer subgraph's store, as no API lets a caller choose an id. */
async function makeCustomer(id: string): Promise<void> {
  const em = federation.subgraphs.customer.database.fork();
  const at = new Date();
  em.create(CustomerEntity, {
    id,
    name: `Latecomer ${id} GmbH`,
    country: 'DE',
    region: 'EU',
    creditHold: false,
    status: 'ACTIVE',
    createdAt: at,
    updatedAt: at,
  });
  await em.flush();
}

const creditLimitEvent = (customerId: string, sequence: number) => ({
  source: 'RISK',
  customerId,
  attribute: 'creditLimit',
  value: '{"minor": 5000000, "currency": "EUR"}',
  sequence,
  at: '2026-12-01T10:00:00.000Z',
});

describe('a rejected source record', () => {
  const good = {
    sourceId: 'FI-GOOD-1',
    version: 1,
    attributes: JSON.stringify({ name: 'Ferrum Werke GmbH', country: 'DE' }),
  };
  const bad = {
    sourceId: 'FI-BAD-1',
    version: 1,
    attributes: JSON.stringify({ name: 'Ferrum Handel GmbH', country: 'DE', taxId: TAX_ID, paymentTerms: IBAN }),
  };
  const reference = 'INGESTION:BILLING/FI-BAD-1';

  it('lands in the exception queue without the values it carried, while the good records land', async () => {
    const { ingestSourceRecords: result } = await run(INGEST, {
      batch: { batchId: 'fi-batch-1', sourceSystem: 'BILLING', records: [good, bad] },
    });
    expect(result).toMatchObject({ accepted: 1, rejected: 1 });
    expect(result.records[1].reasons.join(' ')).toContain(IBAN);
    const landed = await run('{ sourceRecord(sourceSystem: BILLING, sourceId: "FI-GOOD-1") { customer { id name } } }');
    expect(landed.sourceRecord.customer.name).toBe('Ferrum Werke GmbH');

    const item = await itemOf(reference);
    expect(item).toMatchObject({
      source: 'INGESTION',
      subject: 'BILLING',
      status: 'OPEN',
      attempts: 1,
      payloadRef: `customer subgraph failed input ${reference}`,
      error: 'unknown payment terms "…"',
    });
    expect(new Date(item!.nextAttemptAt!).getTime()).toBeGreaterThan(Date.now());
    // The queue is read by auditors and stewards, who may not see what a record carried.
    for (const token of [admin, auditor]) {
      const text = JSON.stringify(await exceptions(token));
      expect(text).not.toContain(IBAN);
      expect(text).not.toContain(TAX_ID);
      expect(text).not.toContain('Ferrum Handel');
    }
  });

  it('is reported once however often the report is sent', async () => {
    // A delivery whose acknowledgement was lost: the same report goes again.
    await federation.subgraphs.customer.database
      .fork()
      .nativeUpdate(FailedInputEntity, { id: reference }, { reported: false });
    expect(await itemOf(reference)).toMatchObject({ status: 'OPEN', attempts: 1 });
  });

  it('is retried by the failed-inputs job when an operator asks, failing again as it is', async () => {
    await startRunner();
    const before = await failedInputsRuns();
    const item = (await itemOf(reference))!;
    const retried = await run(RETRY, { id: item.id });
    expect(new Date(retried.retryException.nextAttemptAt).getTime()).toBeLessThanOrEqual(Date.now());
    const ended = await nextRunEnded(before);
    expect(ended).toMatchObject({
      status: 'SUCCEEDED',
      outcome: '1 failed inputs due: 0 resolved, 1 failed again',
    });
    const again = await until(
      'the second failure to be reported',
      () => itemOf(reference),
      (i) => i?.attempts === 2,
    );
    expect(again).toMatchObject({ status: 'OPEN', error: 'unknown payment terms "…"' });
    expect(JSON.stringify(await exceptions())).not.toContain(IBAN);
  });

  it('is resolved when the source sends it again, corrected', async () => {
    const corrected = {
      ...bad,
      version: 2,
      attributes: JSON.stringify({ name: 'Ferrum Handel GmbH', country: 'DE', paymentTerms: 'NET30' }),
    };
    const { ingestSourceRecords: result } = await run(INGEST, {
      batch: { batchId: 'fi-batch-2', sourceSystem: 'BILLING', records: [corrected] },
    });
    expect(result).toMatchObject({ accepted: 1, rejected: 0 });
    expect(await itemOf(reference)).toMatchObject({
      status: 'RESOLVED',
      resolvedBy: 'customer',
      resolution: 'accepted in BILLING batch fi-batch-2',
      nextAttemptAt: null,
    });
  });
});

describe('a rejected change event', () => {
  it('is applied by the job run an operator asks for, once its customer exists', async () => {
    const customerId = 'cus_fi_latecomer1';
    const { applyChanges } = await run(APPLY, { events: [creditLimitEvent(customerId, 1)] });
    expect(applyChanges).toMatchObject({
      applied: 0,
      rejected: 1,
      rejections: [{ index: 0, reasons: [`no customer ${customerId}`] }],
    });
    const reference = `CDC:RISK/${customerId}/creditLimit/1`;
    const item = await itemOf(reference);
    expect(item).toMatchObject({ source: 'CDC', subject: 'RISK', status: 'OPEN', attempts: 1 });

    await makeCustomer(customerId);
    await startRunner();
    const before = await failedInputsRuns();
    await run(RETRY, { id: item!.id });
    const ended = await nextRunEnded(before);
    expect(ended).toMatchObject({ status: 'SUCCEEDED', outcome: '1 failed inputs due: 1 resolved, 0 failed again' });
    expect(await itemOf(reference)).toMatchObject({ status: 'RESOLVED', resolution: 'applied: sequence 1' });
    const { customer } = await run('query($id: ID!) { customer(id: $id) { creditLimit { amount currency } } }', {
      id: customerId,
    });
    expect(customer.creditLimit).toEqual({ amount: '50000.00', currency: 'EUR' });
  });

  it('is resolved without a retry when a newer event of its attribute is applied', async () => {
    const customerId = 'cus_fi_latecomer2';
    await run(APPLY, { events: [{ ...creditLimitEvent(customerId, 3), value: '"lots"' }] });
    const reference = `CDC:RISK/${customerId}/creditLimit/3`;
    expect(await itemOf(reference)).toMatchObject({ status: 'OPEN' });
    await makeCustomer(customerId);
    const { applyChanges } = await run(APPLY, { events: [creditLimitEvent(customerId, 4)] });
    expect(applyChanges).toMatchObject({ applied: 1, rejected: 0 });
    expect(await itemOf(reference)).toMatchObject({ status: 'RESOLVED', resolution: 'superseded: sequence 4 applied' });
  });

  it('is not retried once an operator dismissed it', async () => {
    const customerId = 'cus_fi_latecomer3';
    await run(APPLY, { events: [creditLimitEvent(customerId, 1)] });
    const reference = `CDC:RISK/${customerId}/creditLimit/1`;
    const item = (await itemOf(reference))!;
    const dismissed = await run(DISMISS, {
      id: item.id,
      reason: 'the risk system sent it for a customer never created',
    });
    expect(dismissed.dismissException.status).toBe('DISMISSED');

    await makeCustomer(customerId);
    await startRunner();
    const before = await failedInputsRuns();
    await run('mutation { runJobNow(job: "failed-inputs") { id } }');
    const ended = await nextRunEnded(before);
    expect(ended).toMatchObject({ status: 'SUCCEEDED', outcome: '0 failed inputs due: 0 resolved, 0 failed again' });
    expect(await itemOf(reference)).toMatchObject({ status: 'DISMISSED' });
    const { customer } = await run('query($id: ID!) { customer(id: $id) { creditLimit { amount } } }', {
      id: customerId,
    });
    expect(customer.creditLimit).toBeNull();
  });
});

describe('retrying failed inputs', () => {
  it('is for stewards and operators only', async () => {
    const refused = await graphql(federation.gateway.url, 'mutation { retryFailedInputs { due } }', {
      token: await federation.token({ roles: ['finance_analyst'] }),
    });
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const steward = await graphql(
      federation.gateway.url,
      'mutation { retryFailedInputs { due resolved failed unknown } }',
      {
        token: await federation.token({ roles: ['data_steward'] }),
      },
    );
    expect(steward.body.errors).toBeUndefined();
  });
});
