import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * Lineage is never wrong: on every path that sets a golden attribute (the demo seed, ingestion, a
 * steward's edit, a change event, a merge and its undoing) it names where the current value came from.
 */

const LINEAGE = `query($id: ID!) { customer(id: $id) { id legalName duns
  sourceRecords { id sourceSystem matchRule matchScore }
  lineage { field value source sourceRecordId batchId verifiedAt actor rule } } }`;
const UPDATE = `mutation($id: ID!, $input: CustomerUpdateInput!) {
  updateCustomer(id: $id, input: $input, reason: "corrected by hand") { id legalName } }`;
const INGEST = `mutation($batch: SourceBatchInput!) { ingestSourceRecords(batch: $batch) { records { sourceId outcome customerId } } }`;
const APPLY = `mutation($events: [ChangeEventInput!]!) { applyChanges(events: $events) { applied rejected } }`;
const SOURCE_RULES = ['MOST_RECENTLY_VERIFIED', 'SOURCE_PRIORITY', 'ONLY_SOURCE'];

let federation: TestFederation;
let admin: string;
let steward: string;
let customers: { id: string; legalName: string; country: string; taxId: string }[];

async function customer(id: string, token = admin) {
  const { body } = await graphql(federation.gateway.url, LINEAGE, { token, variables: { id } });
  expect(body.errors).toBeUndefined();
  return body.data.customer;
}

const lineageOf = (c: any, field: string) => c.lineage.find((l: any) => l.field === field);

/** Every lineage row of a customer built from sources alone names one of its own source records. */
function expectOwnSources(c: any) {
  const own = new Map(c.sourceRecords.map((s: any) => [s.id, s.sourceSystem]));
  for (const row of c.lineage) {
    expect([row.field, own.get(row.sourceRecordId)]).toEqual([row.field, row.source]);
    expect(SOURCE_RULES).toContain(row.rule);
  }
}

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '40' });
  admin = await federation.token({ sub: 'admin.ada', roles: ['admin'], regions: [] });
  steward = await federation.token({ sub: 'steward.sam', roles: ['data_steward'], regions: ['EU'] });
  const { body } = await graphql(
    federation.gateway.url,
    '{ customers(first: 40) { edges { node { id legalName country region taxIds { value } } } } }',
    { token: admin },
  );
  customers = body.data.customers.edges
    .map((e: any) => e.node)
    .filter((c: any) => c.region === 'EU' && c.taxIds.length > 0)
    .map((c: any) => ({ id: c.id, legalName: c.legalName, country: c.country, taxId: c.taxIds[0].value }));
  expect(customers.length).toBeGreaterThanOrEqual(5);
});

afterAll(async () => {
  await federation?.close();
});

it('names a real source record and rule for every seeded golden attribute', async () => {
  for (const { id } of customers.slice(0, 5)) {
    const seeded = await customer(id);
    expect(seeded.lineage.map((l: any) => l.field)).toEqual(expect.arrayContaining(['legalName', 'country']));
    expectOwnSources(seeded);
    expect(JSON.parse(lineageOf(seeded, 'legalName').value)).toBe(seeded.legalName);
    expect(lineageOf(seeded, 'legalName')).toMatchObject({ batchId: 'demo-seed', actor: null });
    const rules = seeded.sourceRecords.map((s: any) => s.matchRule);
    expect(rules).not.toContain('DEMO_SEED');
    expect(rules.filter((rule: string) => rule === 'NEW_CUSTOMER')).toHaveLength(1);
  }
});

describe('a steward’s edit', () => {
  const ingestName = (sourceId: string, target: (typeof customers)[number], name: string, verifiedAt: string) =>
    graphql(federation.gateway.url, INGEST, {
      token: steward,
      variables: {
        batch: {
          batchId: `lineage-${sourceId}`,
          sourceSystem: 'ERP',
          records: [
            {
              sourceId,
              version: 1,
              verifiedAt,
              attributes: JSON.stringify({ name, country: target.country, taxId: target.taxId }),
            },
          ],
        },
      },
    });

  it('is named in lineage, holds against an older source value and gives way to a newer one', async () => {
    const target = customers[0];
    const before = Date.now();
    const { body } = await graphql(federation.gateway.url, UPDATE, {
      token: steward,
      variables: { id: target.id, input: { legalName: 'Hand Corrected Name GmbH' } },
    });
    expect(body.errors).toBeUndefined();
    const edited = await customer(target.id);
    expect(edited.legalName).toBe('Hand Corrected Name GmbH');
    const edit = lineageOf(edited, 'legalName');
    expect(edit).toMatchObject({
      value: '"Hand Corrected Name GmbH"',
      source: 'STEWARD',
      sourceRecordId: null,
      batchId: null,
      actor: 'steward.sam',
      rule: 'STEWARD_EDIT',
    });
    expect(Date.parse(edit.verifiedAt)).toBeGreaterThanOrEqual(before);

    // A source value verified before the edit does not overwrite it.
    const older = await ingestName('ERP-LIN-OLD', target, 'Stale Source Name GmbH', '2026-01-15T00:00:00Z');
    expect(older.body.data.ingestSourceRecords.records[0]).toMatchObject({ outcome: 'MERGED', customerId: target.id });
    const kept = await customer(target.id);
    expect(kept.legalName).toBe('Hand Corrected Name GmbH');
    expect(lineageOf(kept, 'legalName')).toEqual(edit);

    // One verified after the edit wins, as any newer value does, and lineage names its record.
    const later = new Date(Date.now() + 60_000).toISOString();
    const newer = await ingestName('ERP-LIN-NEW', target, 'Verified Later Name GmbH', later);
    expect(newer.body.data.ingestSourceRecords.records[0]).toMatchObject({ outcome: 'MERGED', customerId: target.id });
    const replaced = await customer(target.id);
    expect(replaced.legalName).toBe('Verified Later Name GmbH');
    const record = replaced.sourceRecords.find((s: any) =>
      replaced.lineage.some((l: any) => l.field === 'legalName' && l.sourceRecordId === s.id),
    );
    expect(record).toMatchObject({ sourceSystem: 'ERP' });
    expect(lineageOf(replaced, 'legalName')).toMatchObject({
      source: 'ERP',
      batchId: 'lineage-ERP-LIN-NEW',
      verifiedAt: later,
      actor: null,
      rule: 'MOST_RECENTLY_VERIFIED',
    });
  });

  it('leaves the attributes it did not change with their sources', async () => {
    const target = customers[1];
    const before = await customer(target.id);
    await graphql(federation.gateway.url, UPDATE, {
      token: steward,
      variables: { id: target.id, input: { legalName: before.legalName, paymentTermsCode: 'NET60' } },
    });
    const after = await customer(target.id);
    // The name was sent unchanged: it is no edit, and keeps its source.
    expect(lineageOf(after, 'legalName')).toEqual(lineageOf(before, 'legalName'));
    expect(lineageOf(after, 'paymentTermsCode')).toMatchObject({
      value: '"NET60"',
      source: 'STEWARD',
      rule: 'STEWARD_EDIT',
    });
  });

  it('is governed in lineage as the attribute: a role that sees it masked or not at all reads no more there', async () => {
    const target = customers[2];
    const creditAnalyst = await federation.token({ sub: 'credit.cat', roles: ['credit_analyst'], regions: ['EU'] });
    const { body } = await graphql(federation.gateway.url, UPDATE, {
      token: creditAnalyst,
      variables: { id: target.id, input: { duns: '987654321', creditLimit: { amount: '123456.78', currency: 'EUR' } } },
    });
    expect(body.errors).toBeUndefined();
    const raw = await customer(target.id);
    expect(lineageOf(raw, 'duns')).toMatchObject({ value: '"987654321"', source: 'STEWARD', actor: 'credit.cat' });
    expect(JSON.parse(lineageOf(raw, 'creditLimit').value)).toEqual({ minor: 12345678, currency: 'EUR' });

    const service = await federation.token({ sub: 'cs.lineage', roles: ['customer_service'], regions: ['EU'] });
    const { body: seen } = await graphql(
      federation.gateway.url,
      'query($id: ID!) { customer(id: $id) { duns lineage { field value source } } }',
      { token: service, variables: { id: target.id } },
    );
    const dunsCopy = seen.data.customer.lineage.find((l: any) => l.field === 'duns');
    expect(dunsCopy.source).toBe('STEWARD');
    expect(seen.data.customer.duns).not.toBe('987654321');
    expect(JSON.parse(dunsCopy.value)).toBe(seen.data.customer.duns);
    expect(seen.data.customer.lineage.find((l: any) => l.field === 'creditLimit').value).toBeNull();
    expect((seen.errors ?? []).map((e: any) => e.message)).toContain('Not authorised to read Customer.creditLimit');
    expect(JSON.stringify(seen.data)).not.toContain('987654321');
    expect(JSON.stringify(seen.data)).not.toContain('12345678');
  });
});

it('names a change event’s source system and time for the golden attributes it sets', async () => {
  const target = customers[3];
  const at = new Date(Date.now() + 120_000).toISOString();
  const { body } = await graphql(federation.gateway.url, APPLY, {
    token: steward,
    variables: {
      events: [
        {
          source: 'RISK',
          customerId: target.id,
          attribute: 'creditLimit',
          value: '{"minor": 4200000, "currency": "EUR"}',
          sequence: 1,
          at,
        },
        { source: 'BILLING', customerId: target.id, attribute: 'paymentTermsCode', value: '"NET45"', sequence: 1, at },
        { source: 'RISK', customerId: target.id, attribute: 'creditScore', value: '77', sequence: 1, at },
      ],
    },
  });
  expect(body.data.applyChanges).toEqual({ applied: 3, rejected: 0 });
  const changed = await customer(target.id);
  expect(lineageOf(changed, 'creditLimit')).toMatchObject({
    value: '{"minor":4200000,"currency":"EUR"}',
    source: 'RISK',
    sourceRecordId: null,
    verifiedAt: at,
    actor: null,
    rule: 'CHANGE_EVENT',
  });
  expect(lineageOf(changed, 'paymentTermsCode')).toMatchObject({
    value: '"NET45"',
    source: 'BILLING',
    rule: 'CHANGE_EVENT',
  });
  // Attributes the events did not touch keep their source records.
  expectOwnSources({ ...changed, lineage: changed.lineage.filter((l: any) => l.rule !== 'CHANGE_EVENT') });

  // A source record verified before the event leaves the event's value in place.
  const { body: ingested } = await graphql(federation.gateway.url, INGEST, {
    token: steward,
    variables: {
      batch: {
        batchId: 'lineage-risk-older',
        sourceSystem: 'RISK',
        records: [
          {
            sourceId: 'RISK-LIN-1',
            version: 1,
            verifiedAt: '2026-02-01T00:00:00Z',
            attributes: JSON.stringify({
              name: target.legalName,
              country: target.country,
              taxId: target.taxId,
              creditLimit: { minor: 1, currency: 'EUR' },
            }),
          },
        ],
      },
    },
  });
  expect(ingested.data.ingestSourceRecords.records[0].customerId).toBe(target.id);
  expect(lineageOf(await customer(target.id), 'creditLimit')).toMatchObject({ source: 'RISK', rule: 'CHANGE_EVENT' });
});

it('recomputes lineage from the survivor’s records after a merge, and from each one’s own after an unmerge', async () => {
  const [survivor, merged] = [customers[4], customers[5] ?? customers[1]];
  const { body } = await graphql(
    federation.gateway.url,
    'mutation($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m, reason: "duplicate") { id } }',
    { token: steward, variables: { s: survivor.id, m: merged.id } },
  );
  expect(body.errors).toBeUndefined();
  const [survivorAfter, mergedAfter] = [await customer(survivor.id), await customer(merged.id)];
  expectOwnSources(survivorAfter);
  // The merged customer's records are the survivor's now: its lineage names none of them.
  expect(mergedAfter.sourceRecords).toEqual([]);
  expect(mergedAfter.lineage.filter((l: any) => l.sourceRecordId !== null)).toEqual([]);

  const undone = await graphql(
    federation.gateway.url,
    'mutation($id: ID!) { unmergeCustomers(mergeId: $id, reason: "not the same") { id } }',
    { token: steward, variables: { id: body.data.mergeCustomers.id } },
  );
  expect(undone.body.errors).toBeUndefined();
  const [survivorRestored, mergedRestored] = [await customer(survivor.id), await customer(merged.id)];
  expectOwnSources(survivorRestored);
  expect(mergedRestored.sourceRecords.length).toBeGreaterThan(0);
  expectOwnSources({
    ...mergedRestored,
    lineage: mergedRestored.lineage.filter((l: any) => l.source !== 'STEWARD'),
  });
  expect(lineageOf(mergedRestored, 'legalName').sourceRecordId).not.toBeNull();
});
