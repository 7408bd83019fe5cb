import { createRng } from '../../../../lib/rng';
import { generateTaxId } from '../../../../lib/taxids/generate';
import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/** Ingesting source batches: idempotent, version-aware, matched, golden records with lineage. */

const INGEST = `mutation($batch: SourceBatchInput!) { ingestSourceRecords(batch: $batch) {
  batchId replayed accepted unchanged created merged queuedForReview rejected rejections { sourceId reasons } } }`;
const CUSTOMER = `query($id: ID!) { customer(id: $id) { id legalName country
  sourceRecords { sourceSystem sourceId sourceVersion batchId matchScore matchRule }
  lineage { field value source sourceRecordId batchId verifiedAt rule } } }`;

let federation: TestFederation;
let steward: string;
let known: { id: string; legalName: string; country: string; taxId: string };

const batch = (
  batchId: string,
  records: { sourceId: string; version: number; verifiedAt?: string; attributes: unknown }[],
  sourceSystem = 'CRM',
) => ({
  batchId,
  sourceSystem,
  records: records.map((r) => ({
    ...r,
    attributes: typeof r.attributes === 'string' ? r.attributes : JSON.stringify(r.attributes),
  })),
});

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '60' });
  steward = await federation.token({ sub: 'steward.sam', roles: ['data_steward'], regions: ['EU'] });
  const admin = await federation.token({ roles: ['admin'], regions: [] });
  const { body } = await graphql(
    federation.gateway.url,
    '{ customers(first: 60, filter: { country: "DE" }) { edges { node { id legalName country taxIds { value } } } } }',
    { token: admin },
  );
  const node = body.data.customers.edges[0].node;
  known = { id: node.id, legalName: node.legalName, country: node.country, taxId: node.taxIds[0].value };
});

afterAll(async () => {
  await federation?.close();
});

it('merges by tax id, creates what is new, rejects what is invalid with reasons, and lands the rest', async () => {
  const { body } = await graphql(federation.gateway.url, INGEST, {
    token: steward,
    variables: {
      batch: batch('crm-2026-11-28-001', [
        {
          sourceId: 'CRM-A',
          version: 1,
          verifiedAt: '2026-11-20T00:00:00Z',
          attributes: { name: 'Renamed Holding GmbH', country: 'DE', taxId: known.taxId },
        },
        {
          sourceId: 'CRM-B',
          version: 1,
          attributes: {
            name: 'Zeppelin Brandneu Analytik GmbH',
            country: 'DE',
            address: { line1: 'Am Markt 1', city: 'Ulm', postalCode: '89073', country: 'DE' },
          },
        },
        { sourceId: 'CRM-C', version: 1, attributes: { name: 'Broken Tax Ltd', country: 'DE', taxId: 'DE000000000' } },
        { sourceId: 'CRM-D', version: 1, attributes: 'not json' },
      ]),
    },
  });
  expect(body.errors).toBeUndefined();
  expect(body.data.ingestSourceRecords).toMatchObject({
    replayed: false,
    accepted: 2,
    merged: 1,
    created: 1,
    rejected: 2,
    unchanged: 0,
    queuedForReview: 0,
  });
  expect(body.data.ingestSourceRecords.rejections).toEqual([
    { sourceId: 'CRM-C', reasons: ['tax id is not a valid EU_VAT (format or check digit)'] },
    { sourceId: 'CRM-D', reasons: ['attributes must be a JSON object'] },
  ]);

  const { body: merged } = await graphql(federation.gateway.url, CUSTOMER, {
    token: steward,
    variables: { id: known.id },
  });
  const link = merged.data.customer.sourceRecords.find((r: any) => r.sourceId === 'CRM-A');
  expect(link).toMatchObject({
    sourceSystem: 'CRM',
    sourceVersion: 1,
    batchId: 'crm-2026-11-28-001',
    matchScore: 1,
    matchRule: 'TAX_ID',
  });
  // The CRM record is the most recently verified, so its name survives, with provenance.
  expect(merged.data.customer.legalName).toBe('Renamed Holding GmbH');
  expect(merged.data.customer.lineage.find((l: any) => l.field === 'legalName')).toMatchObject({
    value: '"Renamed Holding GmbH"',
    source: 'CRM',
    batchId: 'crm-2026-11-28-001',
    verifiedAt: '2026-11-20T00:00:00.000Z',
    rule: 'MOST_RECENTLY_VERIFIED',
  });
  // A classified attribute's lineage value is governed as the attribute: the admin reads tax ids raw.
  expect(JSON.parse(merged.data.customer.lineage.find((l: any) => l.field === 'taxId').value)).toEqual({
    kind: 'EU_VAT',
    value: known.taxId,
    country: 'DE',
  });
});

it('changes nothing when a batch is replayed', async () => {
  const replay = batch('crm-2026-11-28-001', [
    { sourceId: 'CRM-E', version: 1, attributes: { name: 'Would Be New AG', country: 'DE' } },
  ]);
  const { body } = await graphql(federation.gateway.url, INGEST, { token: steward, variables: { batch: replay } });
  expect(body.data.ingestSourceRecords).toMatchObject({
    replayed: true,
    accepted: 2,
    merged: 1,
    created: 1,
    rejected: 2,
  });
  const search = await graphql(
    federation.gateway.url,
    '{ customers(first: 5, filter: { nameContains: "Would Be New" }) { totalCount } }',
    { token: steward },
  );
  expect(search.body.data.customers.totalCount).toBe(0);
});

it('ignores a record older than the stored version, and applies a newer one', async () => {
  const older = await graphql(federation.gateway.url, INGEST, {
    token: steward,
    variables: {
      batch: batch('crm-old', [
        {
          sourceId: 'CRM-A',
          version: 0,
          verifiedAt: '2026-11-27T00:00:00Z',
          attributes: { name: 'Stale Name GmbH', country: 'DE', taxId: known.taxId },
        },
      ]),
    },
  });
  expect(older.body.data.ingestSourceRecords).toMatchObject({ accepted: 1, unchanged: 1 });
  const newer = await graphql(federation.gateway.url, INGEST, {
    token: steward,
    variables: {
      batch: batch('crm-new', [
        {
          sourceId: 'CRM-A',
          version: 2,
          verifiedAt: '2026-11-27T00:00:00Z',
          attributes: { name: 'Fresh Name GmbH', country: 'DE', taxId: known.taxId },
        },
      ]),
    },
  });
  expect(newer.body.data.ingestSourceRecords).toMatchObject({ accepted: 1, unchanged: 0 });
  const { body } = await graphql(federation.gateway.url, CUSTOMER, { token: steward, variables: { id: known.id } });
  expect(body.data.customer.legalName).toBe('Fresh Name GmbH');
});

it('matches a differently written name of a known customer in the same country', async () => {
  const { body } = await graphql(federation.gateway.url, INGEST, {
    token: steward,
    variables: {
      batch: batch(
        'erp-fuzzy',
        [{ sourceId: 'ERP-Z', version: 1, attributes: { name: 'ZEPPELIN BRANDNEU ANALYTIK G.M.B.H.', country: 'DE' } }],
        'ERP',
      ),
    },
  });
  const result = body.data.ingestSourceRecords;
  expect(result.created).toBe(0);
  expect(result.merged + result.queuedForReview).toBe(1);
});

it('lets only stewards and admins ingest', async () => {
  const analyst = await federation.token({ roles: ['finance_analyst'], regions: ['EU'] });
  const { body } = await graphql(federation.gateway.url, INGEST, {
    token: analyst,
    variables: { batch: batch('nope', []) },
  });
  expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
});

it('refuses a malformed envelope with BAD_USER_INPUT', async () => {
  const { body } = await graphql(federation.gateway.url, INGEST, {
    token: steward,
    variables: { batch: batch('   ', []) },
  });
  expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

describe('change data capture', () => {
  const APPLY = `mutation($events: [ChangeEventInput!]!) { applyChanges(events: $events) { applied ignored rejected rejections { index reasons } } }`;
  const limit = (minor: number, sequence: number) => ({
    source: 'RISK',
    customerId: known.id,
    attribute: 'creditLimit',
    value: JSON.stringify({ minor, currency: 'EUR' }),
    sequence,
    at: `2026-11-2${sequence}T00:00:00Z`,
  });

  it('converges on the newest event per attribute, whatever the order, and rejects bad events', async () => {
    const { body } = await graphql(federation.gateway.url, APPLY, {
      token: steward,
      variables: {
        events: [
          limit(300_00, 3),
          limit(100_00, 1),
          limit(300_00, 3),
          { ...limit(1, 4), attribute: 'favouriteColour' },
          { ...limit(1, 5), value: '{oops' },
        ],
      },
    });
    expect(body.data.applyChanges).toMatchObject({ applied: 1, ignored: 2, rejected: 2 });
    expect(body.data.applyChanges.rejections.map((r: any) => r.index)).toEqual([3, 4]);
    const late = await graphql(federation.gateway.url, APPLY, {
      token: steward,
      variables: { events: [limit(200_00, 2)] },
    });
    expect(late.body.data.applyChanges).toMatchObject({ applied: 0, ignored: 1 });
    const admin = await federation.token({ roles: ['admin'], regions: [] });
    const { body: customer } = await graphql(
      federation.gateway.url,
      'query($id: ID!) { customer(id: $id) { creditLimit { amount currency } } }',
      { token: admin, variables: { id: known.id } },
    );
    expect(customer.data.customer.creditLimit).toEqual({ amount: '300.00', currency: 'EUR' });
  });
});

describe('merging and unmerging', () => {
  const MERGE = `mutation($s: ID!, $m: ID!) { mergeCustomers(survivorId: $s, mergedId: $m, reason: "duplicate") { id mergedId sourceRecordIds survivor { id } } }`;
  const UNMERGE = `mutation($id: ID!) { unmergeCustomers(mergeId: $id, reason: "not the same company") { id unmergedAt } }`;
  const SOURCES = `query($id: ID!) { customer(id: $id) { id mergedInto sourceRecords { sourceId } } }`;

  it('moves the merged customer’s records to the survivor, and an unmerge puts exactly them back', async () => {
    const { body: list } = await graphql(
      federation.gateway.url,
      '{ customers(first: 2, filter: { country: "FR" }) { totalCount edges { node { id } } } }',
      { token: steward },
    );
    const [survivor, merged] = list.data.customers.edges.map((e: any) => e.node.id);
    const before = await graphql(federation.gateway.url, SOURCES, { token: steward, variables: { id: merged } });
    const mergedSources = before.body.data.customer.sourceRecords.map((s: any) => s.sourceId).sort();
    const CONTRACTS = 'query($id: ID!) { customer(id: $id) { contracts { id customer { legalName mergedInto } } } }';
    const contractsOf = async (id: string) =>
      (await graphql(federation.gateway.url, CONTRACTS, { token: steward, variables: { id } })).body.data.customer
        .contracts;
    const [survivorContracts, mergedContracts] = [await contractsOf(survivor), await contractsOf(merged)];

    const { body } = await graphql(federation.gateway.url, MERGE, {
      token: steward,
      variables: { s: survivor, m: merged },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.mergeCustomers.sourceRecordIds).toHaveLength(mergedSources.length);
    const survivorAfter = await graphql(federation.gateway.url, SOURCES, {
      token: steward,
      variables: { id: survivor },
    });
    expect(survivorAfter.body.data.customer.sourceRecords.map((s: any) => s.sourceId)).toEqual(
      expect.arrayContaining(mergedSources),
    );
    const mergedAfter = await graphql(federation.gateway.url, SOURCES, { token: steward, variables: { id: merged } });
    expect(mergedAfter.body.data.customer).toMatchObject({ mergedInto: survivor, sourceRecords: [] });
    // Downstream references follow the survivor: its contracts include the merged customer's, which point at it.
    const combined = await contractsOf(survivor);
    expect(combined.map((c: any) => c.id).sort()).toEqual(
      [...survivorContracts, ...mergedContracts].map((c: any) => c.id).sort(),
    );
    // A contract's customer reference resolves to the survivor's record, not the merged one.
    expect(combined.every((c: any) => c.customer.mergedInto === null)).toBe(true);
    const { body: fewer } = await graphql(
      federation.gateway.url,
      '{ customers(first: 2, filter: { country: "FR" }) { totalCount } }',
      { token: steward },
    );
    expect(fewer.data.customers.totalCount).toBe(list.data.customers.totalCount - 1);

    const again = await graphql(federation.gateway.url, MERGE, {
      token: steward,
      variables: { s: survivor, m: merged },
    });
    expect(again.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const undone = await graphql(federation.gateway.url, UNMERGE, {
      token: steward,
      variables: { id: body.data.mergeCustomers.id },
    });
    expect(undone.body.data.unmergeCustomers.unmergedAt).toEqual(expect.any(String));
    const restored = await graphql(federation.gateway.url, SOURCES, { token: steward, variables: { id: merged } });
    expect(restored.body.data.customer.mergedInto).toBeNull();
    expect(restored.body.data.customer.sourceRecords.map((s: any) => s.sourceId).sort()).toEqual(mergedSources);
    expect((await contractsOf(survivor)).map((c: any) => c.id).sort()).toEqual(
      survivorContracts.map((c: any) => c.id).sort(),
    );
  });

  it('never merges a same-named company with another tax id in the same country, and lets a steward decide', async () => {
    const admin = await federation.token({ roles: ['admin'], regions: [] });
    const { body: target } = await graphql(
      federation.gateway.url,
      '{ customers(first: 1, filter: { country: "IT" }) { edges { node { id legalName } } } }',
      { token: admin },
    );
    const { id, legalName } = target.data.customers.edges[0].node;
    const otherTaxId = generateTaxId('EU_VAT', createRng(99), 'IT');
    const ingested = await graphql(federation.gateway.url, INGEST, {
      token: steward,
      variables: {
        batch: batch('crm-conflict', [
          { sourceId: 'CRM-CONFLICT', version: 1, attributes: { name: legalName, country: 'IT', taxId: otherTaxId } },
        ]),
      },
    });
    expect(ingested.body.data.ingestSourceRecords).toMatchObject({ merged: 0, queuedForReview: 1 });

    const { body } = await graphql(
      federation.gateway.url,
      '{ matchReviews(status: "PENDING") { id rule reasons customer { id } candidate { id } } }',
      { token: steward },
    );
    const reviews = body.data.matchReviews.filter((r: any) => r.candidate.id === id);
    expect(reviews).toHaveLength(1);
    expect(reviews[0].rule).toBe('NAME_CONFLICTING_TAX_ID');
    const decided = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { decideMatchReview(id: $id, approve: true) { status decidedBy } }',
      { token: steward, variables: { id: reviews[0].id } },
    );
    expect(decided.body.data.decideMatchReview).toEqual({ status: 'APPROVED', decidedBy: 'steward.sam' });
    const provisional = await graphql(federation.gateway.url, SOURCES, {
      token: steward,
      variables: { id: reviews[0].customer.id },
    });
    expect(provisional.body.data.customer.mergedInto).toBe(reviews[0].candidate.id);
  });
});

describe('match configuration sign-off', () => {
  const PROPOSE = `mutation($input: MatchConfigurationInput!) { proposeMatchConfiguration(input: $input) { version status proposedBy } }`;
  const APPROVE = `mutation($v: String!) { approveMatchConfiguration(version: $v) { version status approvedBy } }`;

  it('applies a configuration only once a second steward approves it, and sandboxes proposals without changing anything', async () => {
    const other = await federation.token({ sub: 'steward.kim', roles: ['data_steward'], regions: ['EU'] });
    const sandbox = await graphql(
      federation.gateway.url,
      '{ sandboxMatchConfiguration(autoMerge: 0.9, review: 0.8) { comparedWith scored mergesGained mergesLost reviewsGained reviewsLost unchanged } }',
      { token: steward },
    );
    expect(sandbox.body.errors).toBeUndefined();
    const report = sandbox.body.data.sandboxMatchConfiguration;
    expect(report.comparedWith).toBe('2026-12-04.3');
    expect(
      report.mergesGained + report.mergesLost + report.reviewsGained + report.reviewsLost + report.unchanged,
    ).toBeGreaterThanOrEqual(report.scored);

    const proposed = await graphql(federation.gateway.url, PROPOSE, {
      token: steward,
      variables: { input: { version: '2026-12-01.1', autoMerge: 0.96, review: 0.86, notes: 'fewer reviews' } },
    });
    expect(proposed.body.data.proposeMatchConfiguration).toEqual({
      version: '2026-12-01.1',
      status: 'PROPOSED',
      proposedBy: 'steward.sam',
    });
    const bad = await graphql(federation.gateway.url, PROPOSE, {
      token: steward,
      variables: { input: { version: 'x', autoMerge: 0.5, review: 0.9, notes: '' } },
    });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const self = await graphql(federation.gateway.url, APPROVE, { token: steward, variables: { v: '2026-12-01.1' } });
    expect(self.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const approved = await graphql(federation.gateway.url, APPROVE, { token: other, variables: { v: '2026-12-01.1' } });
    expect(approved.body.data.approveMatchConfiguration).toEqual({
      version: '2026-12-01.1',
      status: 'ACTIVE',
      approvedBy: 'steward.kim',
    });

    const { body } = await graphql(federation.gateway.url, '{ matchConfigurations { version status } }', {
      token: steward,
    });
    expect(body.data.matchConfigurations).toEqual([
      { version: '2026-12-01.1', status: 'ACTIVE' },
      { version: '2026-12-04.3', status: 'RETIRED' },
    ]);
    const after = await graphql(
      federation.gateway.url,
      '{ sandboxMatchConfiguration(autoMerge: 0.9, review: 0.8) { comparedWith } }',
      { token: steward },
    );
    expect(after.body.data.sandboxMatchConfiguration.comparedWith).toBe('2026-12-01.1');
  });

  it('signs off comparisons and blocking rules with the thresholds, checks them, and rebuilds every key when blocking changes', async () => {
    const other = await federation.token({ sub: 'steward.kim', roles: ['data_steward'], regions: ['EU'] });
    const LIST = '{ matchConfigurations { version status linkage digest } }';
    const FIND = `query($record: SourceRecordInput!) { findMatches(record: $record, sourceSystem: ERP) { customer { id } rule } }`;
    const { body: listed } = await graphql(federation.gateway.url, LIST, { token: steward });
    const builtIn = listed.data.matchConfigurations.find((c: any) => c.version === '2026-12-04.3');
    const linkage = JSON.parse(builtIn.linkage);
    expect(linkage.blocking.map((rule: any) => rule.name)).toContain('tax id');
    expect(builtIn.digest).toMatch(/^[0-9a-f]{64}$/);

    const propose = (version: string, text: string) =>
      graphql(federation.gateway.url, PROPOSE, {
        token: steward,
        variables: { input: { version, autoMerge: 0.97, review: 0.85, notes: 'linkage', linkage: text } },
      });
    for (const bad of [
      '{not json',
      '{"comparisons": []}',
      JSON.stringify({ ...linkage, blocking: [{ name: 'all', keys: [] }] }),
    ]) {
      const { body } = await propose('2026-12-09.bad', bad);
      expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }

    // Customers are found by name through the name keys: without those rules, by identifiers only.
    const { body: book } = await graphql(
      federation.gateway.url,
      '{ customers(first: 1, filter: { country: "DE" }) { edges { node { legalName country } } } }',
      { token: steward },
    );
    const [{ node: known }] = book.data.customers.edges;
    const record = {
      sourceId: 'FIND-1',
      version: 1,
      attributes: JSON.stringify({ name: known.legalName.toUpperCase(), country: known.country }),
    };
    const before = await graphql(federation.gateway.url, FIND, { token: steward, variables: { record } });
    expect(before.body.data.findMatches.length).toBeGreaterThan(0);
    const identifiersOnly = {
      ...linkage,
      blocking: linkage.blocking.filter((rule: any) => /tax id|D-U-N-S/.test(rule.name)),
    };
    expect((await propose('2026-12-09.1', JSON.stringify(identifiersOnly))).body.errors).toBeUndefined();
    expect(
      (await graphql(federation.gateway.url, APPROVE, { token: other, variables: { v: '2026-12-09.1' } })).body.errors,
    ).toBeUndefined();
    const narrowed = await graphql(federation.gateway.url, FIND, { token: steward, variables: { record } });
    expect(narrowed.body.data.findMatches).toEqual([]);

    expect((await propose('2026-12-09.2', builtIn.linkage)).body.errors).toBeUndefined();
    expect(
      (await graphql(federation.gateway.url, APPROVE, { token: other, variables: { v: '2026-12-09.2' } })).body.errors,
    ).toBeUndefined();
    const restored = await graphql(federation.gateway.url, FIND, { token: steward, variables: { record } });
    expect(restored.body.data.findMatches).toEqual(before.body.data.findMatches);
    const { body: after } = await graphql(federation.gateway.url, LIST, { token: steward });
    const active = after.data.matchConfigurations.find((c: any) => c.status === 'ACTIVE');
    expect([active.version, active.linkage]).toEqual(['2026-12-09.2', builtIn.linkage]);
  });
});

describe('account hierarchies', () => {
  const INGEST_H = `mutation($batch: SourceBatchInput!) { ingestSourceRecords(batch: $batch) { accepted created hierarchyLinksChanged warnings { sourceId reasons } } }`;
  const PARENT = `query($id: ID!) { customer(id: $id) { parent { legalName } } }`;
  const idOf = async (sourceId: string) => {
    const admin = await federation.token({ roles: ['admin'], regions: [] });
    const { body } = await graphql(
      federation.gateway.url,
      '{ customers(first: 100, filter: { country: "NL" }) { edges { node { id sourceRecords { sourceId } } } } }',
      { token: admin },
    );
    return body.data.customers.edges
      .map((e: any) => e.node)
      .find((c: any) => c.sourceRecords.some((s: any) => s.sourceId === sourceId)).id;
  };

  it('links a child to its parent, moves the link after an acquisition, and warns about an unknown parent', async () => {
    const first = await graphql(federation.gateway.url, INGEST_H, {
      token: steward,
      variables: {
        batch: batch('crm-hierarchy-1', [
          { sourceId: 'H-PARENT', version: 1, attributes: { name: 'Oranje Holding B.V.', country: 'NL' } },
          {
            sourceId: 'H-CHILD',
            version: 1,
            attributes: { name: 'Tulpen Logistiek B.V.', country: 'NL', parentId: 'H-PARENT' },
          },
          {
            sourceId: 'H-ORPHAN',
            version: 1,
            attributes: { name: 'Molen Techniek B.V.', country: 'NL', parentId: 'H-NOBODY' },
          },
        ]),
      },
    });
    expect(first.body.data.ingestSourceRecords).toMatchObject({ accepted: 3, created: 3, hierarchyLinksChanged: 1 });
    expect(first.body.data.ingestSourceRecords.warnings).toEqual([
      { sourceId: 'H-ORPHAN', reasons: ['parent H-NOBODY is not known from CRM yet'] },
    ]);
    const child = await idOf('H-CHILD');
    expect(
      (await graphql(federation.gateway.url, PARENT, { token: steward, variables: { id: child } })).body.data.customer
        .parent,
    ).toEqual({ legalName: 'Oranje Holding B.V.' });

    const acquired = await graphql(federation.gateway.url, INGEST_H, {
      token: steward,
      variables: {
        batch: batch('crm-hierarchy-2', [
          { sourceId: 'H-BUYER', version: 1, attributes: { name: 'Delta Acquisitie N.V.', country: 'NL' } },
          {
            sourceId: 'H-CHILD',
            version: 2,
            attributes: { name: 'Tulpen Logistiek B.V.', country: 'NL', parentId: 'H-BUYER' },
          },
        ]),
      },
    });
    expect(acquired.body.data.ingestSourceRecords).toMatchObject({ hierarchyLinksChanged: 1, warnings: [] });
    expect(
      (await graphql(federation.gateway.url, PARENT, { token: steward, variables: { id: child } })).body.data.customer
        .parent,
    ).toEqual({ legalName: 'Delta Acquisitie N.V.' });
  });
});

describe('findMatches', () => {
  const FIND = `query($record: SourceRecordInput!) { findMatches(record: $record, sourceSystem: ERP) { customer { id legalName } score rule reasons decision } }`;
  const record = (attributes: unknown) => ({ sourceId: 'probe', version: 1, attributes: JSON.stringify(attributes) });

  it('lists the customers a record could be, certain ones first, without ingesting it', async () => {
    const { body } = await graphql(federation.gateway.url, FIND, {
      token: steward,
      variables: { record: record({ name: 'Anything GmbH', country: 'DE', taxId: known.taxId }) },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.findMatches[0]).toMatchObject({
      customer: { id: known.id },
      score: 1,
      rule: 'TAX_ID',
      decision: 'MATCH',
    });

    const admin = await federation.token({ roles: ['admin'], regions: [] });
    const { body: list } = await graphql(
      federation.gateway.url,
      '{ customers(first: 60, filter: { country: "FR" }) { edges { node { id legalName } } } }',
      { token: admin },
    );
    const target = list.data.customers.edges[list.data.customers.edges.length - 1].node;
    // As an old ERP writes it: upper case, no punctuation.
    const written = target.legalName.toUpperCase().replace(/[.,]/g, '');
    const byName = await graphql(federation.gateway.url, FIND, {
      token: steward,
      variables: { record: record({ name: written, country: 'FR' }) },
    });
    const [best] = byName.body.data.findMatches;
    expect(best).toMatchObject({ rule: 'NAME', customer: { id: target.id } });
    expect(best.score).toBeGreaterThan(0.85);
    expect(Array.isArray(best.reasons)).toBe(true);
  });

  it('decides a same-named record with another tax id as ingestion does: a review, never a match', async () => {
    const admin = await federation.token({ roles: ['admin'], regions: [] });
    const { body: list } = await graphql(
      federation.gateway.url,
      '{ customers(first: 60, filter: { country: "NL" }) { edges { node { id legalName mergedInto } } } }',
      { token: admin },
    );
    const target = list.data.customers.edges.map((e: any) => e.node).find((c: any) => !c.mergedInto);
    const record_ = { name: target.legalName, country: 'NL', taxId: generateTaxId('EU_VAT', createRng(31), 'NL') };
    const { body } = await graphql(federation.gateway.url, FIND, {
      token: steward,
      variables: { record: record(record_) },
    });
    expect(body.errors).toBeUndefined();
    const [best] = body.data.findMatches;
    expect(best).toMatchObject({ customer: { id: target.id }, rule: 'NAME_CONFLICTING_TAX_ID', decision: 'REVIEW' });

    const ingested = await graphql(federation.gateway.url, INGEST, {
      token: steward,
      variables: {
        batch: batch('crm-conflict-nl', [{ sourceId: 'CRM-NL-CONFLICT', version: 1, attributes: record_ }]),
      },
    });
    expect(ingested.body.data.ingestSourceRecords).toMatchObject({ merged: 0, queuedForReview: 1 });
  });

  it('explains an unusable record with BAD_USER_INPUT, and is not for every role', async () => {
    const bad = await graphql(federation.gateway.url, FIND, {
      token: steward,
      variables: { record: record({ name: '', country: 'DE' }) },
    });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0].message).toMatch(/name is missing/);
    const analyst = await federation.token({ roles: ['finance_analyst'], regions: ['EU'] });
    const refused = await graphql(federation.gateway.url, FIND, {
      token: analyst,
      variables: { record: record({ name: 'X', country: 'DE' }) },
    });
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('address changes over weak links', () => {
  it('holds an address change from a record linked below the merge threshold until a steward approves it', async () => {
    const address = (line1: string) => ({ line1, city: 'Lyon', postalCode: '69002', country: 'FR' });
    await graphql(federation.gateway.url, INGEST, {
      token: steward,
      variables: {
        batch: batch('crm-weak-1', [
          {
            sourceId: 'WEAK-1',
            version: 1,
            verifiedAt: '2026-11-01T00:00:00Z',
            attributes: { name: 'Rhône Faible SAS', country: 'FR', address: address('1 Rue Ancienne') },
          },
        ]),
      },
    });
    // As if a steward had approved this record's link at a confidence below the threshold.
    await federation.subgraphs.customer.database
      .fork()
      .nativeUpdate('SourceRecord', { sourceId: 'WEAK-1' }, { matchScore: 0.9 });

    const changed = await graphql(federation.gateway.url, INGEST, {
      token: steward,
      variables: {
        batch: batch('crm-weak-2', [
          {
            sourceId: 'WEAK-1',
            version: 2,
            verifiedAt: '2026-11-20T00:00:00Z',
            attributes: { name: 'Rhône Faible SAS', country: 'FR', address: address('99 Rue Nouvelle') },
          },
        ]),
      },
    });
    expect(changed.body.data.ingestSourceRecords).toMatchObject({ accepted: 1, queuedForReview: 1 });

    const LOOKUP =
      '{ customers(first: 5, filter: { nameContains: "Faible" }) { edges { node { id billingAddress { line1 } } } } }';
    const held = (await graphql(federation.gateway.url, LOOKUP, { token: steward })).body.data.customers.edges[0].node;
    expect(held.billingAddress.line1).toBe('1 Rue Ancienne');

    const { body } = await graphql(
      federation.gateway.url,
      '{ matchReviews(status: "PENDING") { id rule customer { id } } }',
      { token: steward },
    );
    const review = body.data.matchReviews.find((r: any) => r.rule === 'ADDRESS_CHANGE' && r.customer.id === held.id);
    const approved = await graphql(
      federation.gateway.url,
      'mutation($id: ID!) { decideMatchReview(id: $id, approve: true) { status } }',
      { token: steward, variables: { id: review.id } },
    );
    expect(approved.body.data.decideMatchReview.status).toBe('APPROVED');
    const after = (await graphql(federation.gateway.url, LOOKUP, { token: steward })).body.data.customers.edges[0].node;
    expect(after.billingAddress.line1).toBe('99 Rue Nouvelle');
  });
});

describe('customers of every country', () => {
  const INGEST_WITH_WARNINGS = `mutation($batch: SourceBatchInput!) { ingestSourceRecords(batch: $batch) {
    accepted created rejected rejections { sourceId reasons } warnings { sourceId reasons } } }`;
  const BY_COUNTRY = `query($country: String!) { customers(first: 5, filter: { country: $country }) {
    edges { node { id legalName country region taxIds { kind value } } } } }`;

  it('ingests a GB, a CH and a Norwegian customer, each governed by its own region', async () => {
    const rng = createRng(13);
    const gbVat = generateTaxId('GB_VAT', rng, 'GB');
    const chUid = generateTaxId('CH_UID', rng, 'CH');
    const { body } = await graphql(federation.gateway.url, INGEST_WITH_WARNINGS, {
      token: steward,
      variables: {
        batch: batch('crm-every-country-1', [
          {
            sourceId: 'GB-1',
            version: 1,
            attributes: { name: 'Thames Widget Works Ltd', country: 'GB', taxId: gbVat },
          },
          { sourceId: 'CH-1', version: 1, attributes: { name: 'Aare Präzision AG', country: 'ch', taxId: chUid } },
          {
            sourceId: 'NO-1',
            version: 1,
            attributes: { name: 'Fjordkraft Utstyr AS', country: 'NO', taxId: '923609016' },
          },
          { sourceId: 'UK-1', version: 1, attributes: { name: 'Misspelt Country Ltd', country: 'UK' } },
        ]),
      },
    });
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestSourceRecords).toEqual({
      accepted: 3,
      created: 3,
      rejected: 1,
      rejections: [{ sourceId: 'UK-1', reasons: ['country "UK" is not an ISO 3166-1 alpha-2 code; send "GB"'] }],
      warnings: [
        {
          sourceId: 'NO-1',
          reasons: [
            'tax id not used for matching: Custos validates no company tax id of NO; it stays in the source record',
          ],
        },
      ],
    });

    const admin = await federation.token({ roles: ['admin'], regions: [] });
    const read = async (token: string, country: string) =>
      (await graphql(federation.gateway.url, BY_COUNTRY, { token, variables: { country } })).body;
    const gb = (await read(admin, 'GB')).data.customers.edges.map((e: any) => e.node);
    expect(gb).toEqual([
      expect.objectContaining({
        legalName: 'Thames Widget Works Ltd',
        region: 'UK',
        taxIds: [{ kind: 'GB_VAT', value: gbVat }],
      }),
    ]);
    const ch = (await read(admin, 'CH')).data.customers.edges.map((e: any) => e.node);
    expect(ch).toEqual([expect.objectContaining({ region: 'CH', taxIds: [{ kind: 'CH_UID', value: chUid }] })]);
    const no = (await read(admin, 'NO')).data.customers.edges.map((e: any) => e.node);
    expect(no).toEqual([expect.objectContaining({ region: 'EU', taxIds: [] })]);

    // billing_ops reads tax ids in its own regions only: the UK team sees the GB VAT number, the EU team does not.
    const ukBilling = await federation.token({ sub: 'billing.uk', roles: ['billing_ops'], regions: ['UK'] });
    const euBilling = await federation.token({ sub: 'billing.eu', roles: ['billing_ops'], regions: ['EU'] });
    expect(JSON.stringify(await read(ukBilling, 'GB'))).toContain(gbVat);
    expect(JSON.stringify(await read(euBilling, 'GB'))).not.toContain(gbVat);
  });
});

describe('answers a steward can act on', () => {
  const INGEST_RECORDS = `mutation($batch: SourceBatchInput!) { ingestSourceRecords(batch: $batch) {
    replayed records { sourceId outcome customerId reviewId matchRule matchScore reasons } } }`;
  const SOURCE = `query($system: SourceSystem!, $id: String!) { sourceRecord(sourceSystem: $system, sourceId: $id) {
    sourceSystem sourceId matchRule customer { id legalName } } }`;
  const REVIEWS = `query($customerId: ID, $after: ID, $first: Int) {
    matchReviews(customerId: $customerId, after: $after, first: $first) { id rule customer { id } candidate { id } } }`;

  it('says where each record of a batch went, in the order sent, and the same again on replay', async () => {
    const admin = await federation.token({ roles: ['admin'], regions: [] });
    const { body: target } = await graphql(
      federation.gateway.url,
      '{ customers(first: 1, filter: { country: "ES" }) { edges { node { id legalName taxIds { value } } } } }',
      { token: admin },
    );
    const es = target.data.customers.edges[0].node;
    const records = [
      { sourceId: 'ERP-1', version: 1, attributes: { name: 'Any Name SL', country: 'ES', taxId: es.taxIds[0].value } },
      { sourceId: 'ERP-2', version: 1, attributes: { name: 'Brand New Widgets Oy', country: 'FI' } },
      {
        sourceId: 'ERP-3',
        version: 1,
        attributes: { name: es.legalName, country: 'ES', taxId: generateTaxId('EU_VAT', createRng(7), 'ES') },
      },
      { sourceId: 'ERP-4', version: 1, attributes: { name: 'No Country Ltd' } },
      { sourceId: 'ERP-5', version: 1, attributes: { name: 'Nordic Tools AS', country: 'NO', taxId: '923609016' } },
    ];
    const send = () =>
      graphql(federation.gateway.url, INGEST_RECORDS, {
        token: steward,
        variables: { batch: batch('erp-outcomes-1', records, 'ERP') },
      });
    const { body } = await send();
    expect(body.errors).toBeUndefined();
    const results = body.data.ingestSourceRecords.records;
    expect(results.map((r: any) => [r.sourceId, r.outcome])).toEqual([
      ['ERP-1', 'MERGED'],
      ['ERP-2', 'CREATED'],
      ['ERP-3', 'QUEUED_FOR_REVIEW'],
      ['ERP-4', 'REJECTED'],
      ['ERP-5', 'CREATED'],
    ]);
    expect(results[0]).toMatchObject({ customerId: es.id, matchRule: 'TAX_ID', matchScore: 1, reviewId: null });
    expect(results[1]).toMatchObject({ matchRule: 'NEW_CUSTOMER', matchScore: null, reviewId: null });
    expect(results[1].customerId).toMatch(/^cus_/);
    expect(results[2]).toMatchObject({ matchRule: 'NAME_CONFLICTING_TAX_ID' });
    expect(results[2].reviewId).toMatch(/^rev_/);
    expect(results[3]).toEqual({
      sourceId: 'ERP-4',
      outcome: 'REJECTED',
      customerId: null,
      reviewId: null,
      matchRule: null,
      matchScore: null,
      reasons: ['country is missing'],
    });
    expect(results[4].reasons).toEqual([
      'tax id not used for matching: Custos validates no company tax id of NO; it stays in the source record',
    ]);

    const replay = await send();
    expect(replay.body.data.ingestSourceRecords).toEqual({ replayed: true, records: results });

    // Each record can be looked up by its source id, with the customer it went to.
    const lookUp = async (id: string, token = steward) =>
      (await graphql(federation.gateway.url, SOURCE, { token, variables: { system: 'ERP', id } })).body;
    expect((await lookUp('ERP-1')).data.sourceRecord).toMatchObject({
      sourceSystem: 'ERP',
      sourceId: 'ERP-1',
      matchRule: 'TAX_ID',
      customer: { id: es.id },
    });
    expect((await lookUp('ERP-4')).data.sourceRecord).toBeNull();
    // A role limited to its region's rows learns nothing of a record outside them.
    const usService = await federation.token({ sub: 'cs.us', roles: ['customer_service'], regions: ['US'] });
    expect((await lookUp('ERP-1', usService)).data.sourceRecord).toBeNull();

    // The review the conflicting record waits in is found by either customer, page by page.
    const reviewsOf = async (variables: Record<string, unknown>) =>
      (await graphql(federation.gateway.url, REVIEWS, { token: steward, variables })).body.data.matchReviews;
    const ofCandidate = await reviewsOf({ customerId: es.id });
    expect(ofCandidate.map((r: any) => r.id)).toContain(results[2].reviewId);
    expect(ofCandidate.every((r: any) => r.customer.id === es.id || r.candidate.id === es.id)).toBe(true);
    expect((await reviewsOf({ customerId: results[2].customerId })).map((r: any) => r.id)).toEqual([
      results[2].reviewId,
    ]);
    const all = await reviewsOf({ first: 100 });
    const [first, second] = [await reviewsOf({ first: 1 }), await reviewsOf({ first: 1, after: all[0].id })];
    expect([...first, ...second].map((r: any) => r.id)).toEqual(all.slice(0, 2).map((r: any) => r.id));
    const unknown = await graphql(federation.gateway.url, REVIEWS, { token: steward, variables: { after: 'rev_x' } });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('matching across scripts and spellings', () => {
  const INGEST_RECORDS = `mutation($batch: SourceBatchInput!) { ingestSourceRecords(batch: $batch) {
    records { sourceId outcome customerId } } }`;
  const CANDIDATES = `query($customerId: ID) { matchReviews(customerId: $customerId) { candidate { id } } }`;

  it('merges a name alone into neither of two customers of that name: both paths ask a steward', async () => {
    const town = (city: string, postalCode: string) => ({ line1: 'Stationsplein 1', city, postalCode, country: 'NL' });
    const known = await graphql(federation.gateway.url, INGEST_RECORDS, {
      token: steward,
      variables: {
        batch: batch(
          'erp-twins',
          [
            {
              sourceId: 'TWIN-A',
              version: 1,
              attributes: { name: 'Elektro Zeeland B.V.', country: 'NL', address: town('Middelburg', '4331 AA') },
            },
            {
              sourceId: 'TWIN-B',
              version: 1,
              attributes: { name: 'Elektro Zeeland B.V.', country: 'NL', address: town('Breda', '4811 AA') },
            },
          ],
          'ERP',
        ),
      },
    });
    const twins = known.body.data.ingestSourceRecords.records.map((r: any) => r.customerId);
    expect(new Set(twins).size).toBe(2);
    const attributes = JSON.stringify({ name: 'ELEKTRO ZEELAND BV', country: 'NL' });
    const { body: found } = await graphql(
      federation.gateway.url,
      `
        query ($record: SourceRecordInput!) {
          findMatches(record: $record, sourceSystem: RISK) {
            customer {
              id
            }
            decision
            reasons
          }
        }
      `,
      { token: steward, variables: { record: { sourceId: 'TWIN-C', version: 1, attributes } } },
    );
    const twinCandidates = found.data.findMatches.filter((c: any) => twins.includes(c.customer.id));
    expect(twinCandidates.map((c: any) => c.decision)).toEqual(['REVIEW', 'REVIEW']);
    expect(twinCandidates[0].reasons.join(' ')).toMatch(/2 customers match this name/);
    const { body: ingested } = await graphql(federation.gateway.url, INGEST_RECORDS, {
      token: steward,
      variables: { batch: batch('risk-twins', [{ sourceId: 'TWIN-C', version: 1, attributes }], 'RISK') },
    });
    expect(ingested.data.ingestSourceRecords.records[0].outcome).toBe('QUEUED_FOR_REVIEW');
  });

  it('finds a customer across scripts and spellings, and findMatches decides each pair as ingestion then does', async () => {
    const everywhere = await federation.token({
      sub: 'steward.world',
      roles: ['data_steward'],
      regions: ['EU', 'UK', 'CH', 'US', 'CA', 'MX', 'BR', 'IN', 'JP', 'CN', 'RU', 'SA', 'AU', 'ROW'],
    });
    const address = (line1: string, city: string, postalCode: string, country: string) => ({
      line1,
      city,
      postalCode,
      country,
    });
    // Made-up companies, so nothing in the demo book is a closer candidate; the first spelling is known.
    const pairs = [
      [
        'RU',
        'ООО «Северный Кабельзавод»',
        'Severny Kabelzavod OOO',
        address('ul. Lenina 5', 'Vologda', '160000', 'RU'),
      ],
      ['CN', '廣州海源醫藥有限公司', '广州海源医药有限公司', address('Tianhe Lu 1', 'Guangzhou', '510000', 'CN')],
      ['JP', 'ミドリ精機株式会社', 'Midori Seiki K.K.', address('1-2-3 Marunouchi', 'Chiyoda', '100-0005', 'JP')],
      ['DE', 'Großhandel Weißbräu KG', 'Grosshandel Weissbraeu KG', address('Hauptstr. 9', 'Erding', '85435', 'DE')],
      ['NO', 'Bjørnøya Ålesund Fisk AS', 'Bjoernoeya Aalesund Fisk AS', address('Kaiveien 2', 'Ålesund', '6002', 'NO')],
      ['GR', 'Κρητική Ναυτιλιακή Α.Ε.', 'Kritiki Naftiliaki AE', address('Odos 1', 'Irakleio', '71202', 'GR')],
      [
        'FR',
        'Société Générale Électrique du Rhône SA',
        'SOCIETE GENERALE ELECTRIQUE DU RHONE',
        address('1 rue X', 'Lyon', '69001', 'FR'),
      ],
    ] as const;
    const known = await graphql(federation.gateway.url, INGEST_RECORDS, {
      token: everywhere,
      variables: {
        batch: batch(
          'erp-scripts-known',
          pairs.map(([country, name, , where], i) => ({
            sourceId: `KNOWN-${i}`,
            version: 1,
            attributes: { name, country, address: where },
          })),
          'ERP',
        ),
      },
    });
    expect(known.body.errors).toBeUndefined();
    const targets = known.body.data.ingestSourceRecords.records.map((r: any) => r.customerId);

    const FIND = `query($record: SourceRecordInput!) { findMatches(record: $record, sourceSystem: BILLING) {
      customer { id } rule decision } }`;
    const decided: string[] = [];
    for (const [i, [country, , spelling]] of pairs.entries()) {
      const { body } = await graphql(federation.gateway.url, FIND, {
        token: everywhere,
        variables: {
          record: { sourceId: `X-${i}`, version: 1, attributes: JSON.stringify({ name: spelling, country }) },
        },
      });
      expect(body.errors).toBeUndefined();
      const top = body.data.findMatches[0];
      expect([spelling, top?.customer?.id]).toEqual([spelling, targets[i]]);
      expect([spelling, top.decision]).not.toEqual([spelling, 'NONE']);
      decided.push(top.decision);
    }
    const { body: ingested } = await graphql(federation.gateway.url, INGEST_RECORDS, {
      token: everywhere,
      variables: {
        batch: batch(
          'billing-scripts-other',
          pairs.map(([country, , spelling], i) => ({
            sourceId: `OTHER-${i}`,
            version: 1,
            attributes: { name: spelling, country },
          })),
          'BILLING',
        ),
      },
    });
    expect(ingested.errors).toBeUndefined();
    for (const [i, result] of ingested.data.ingestSourceRecords.records.entries()) {
      const expected = decided[i] === 'MATCH' ? 'MERGED' : 'QUEUED_FOR_REVIEW';
      expect([pairs[i][2], result.outcome]).toEqual([pairs[i][2], expected]);
      if (expected === 'MERGED') expect(result.customerId).toBe(targets[i]);
      else {
        const { body: reviews } = await graphql(federation.gateway.url, CANDIDATES, {
          token: everywhere,
          variables: { customerId: result.customerId },
        });
        expect(reviews.data.matchReviews.map((r: any) => r.candidate.id)).toContain(targets[i]);
      }
    }
  });

  it('links a record written in a customer’s native script, or without its accents, to that customer', async () => {
    const admin = await federation.token({ roles: ['admin'], regions: [] });
    const { body } = await graphql(
      federation.gateway.url,
      '{ customers(first: 60) { edges { node { id legalName nativeName country mergedInto } } } }',
      { token: admin },
    );
    const book = body.data.customers.edges.map((e: any) => e.node).filter((c: any) => !c.mergedInto);
    const native = book.filter((c: any) => c.nativeName && ['RU', 'JP', 'CN'].includes(c.country));
    const accented = book.filter((c: any) => /[À-ž]/.test(c.legalName ?? ''));
    const cases = [
      ...native.slice(0, 4).map((c: any) => ({ target: c, name: c.nativeName })),
      ...accented
        .slice(0, 2)
        .map((c: any) => ({ target: c, name: c.legalName.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase() })),
    ];
    expect(cases.length).toBeGreaterThanOrEqual(3);
    const { body: ingested } = await graphql(federation.gateway.url, INGEST_RECORDS, {
      token: steward,
      variables: {
        batch: batch(
          'crm-scripts-1',
          cases.map((c, i) => ({
            sourceId: `SCRIPT-${i}`,
            version: 1,
            attributes: { name: c.name, country: c.target.country },
          })),
        ),
      },
    });
    expect(ingested.errors).toBeUndefined();
    for (const [i, result] of ingested.data.ingestSourceRecords.records.entries()) {
      const { target, name } = cases[i];
      if (result.outcome === 'MERGED') {
        expect([name, result.customerId]).toEqual([name, target.id]);
        continue;
      }
      expect([name, result.outcome]).toEqual([name, 'QUEUED_FOR_REVIEW']);
      const { body: reviews } = await graphql(federation.gateway.url, CANDIDATES, {
        token: steward,
        variables: { customerId: result.customerId },
      });
      expect(reviews.data.matchReviews.map((r: any) => r.candidate.id)).toContain(target.id);
    }
  });
});
