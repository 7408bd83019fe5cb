import { createHmac } from 'node:crypto';
import { graphql, startTestFederation, type TestFederation } from '../../support/federation';

/**
 * Classification follows the value: copies of classified values (source payloads, lineage, the
 * change log) are governed as the attribute they copy; finding records by a classified value needs
 * the right to read it; every read, change and refusal of classified data is on the trail, naming
 * the records, so that an auditor can ask who read a customer's credit data.
 */

let federation: TestFederation;
let customerId: string;
const TAX_ID = 'DE136695976';
const DUNS = '318273645';
const LIMIT_MINOR = 7_342_519_83;
const EVENTS = `query($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 100) { edges { node {
  sequence at outcome operationName operationType principal { sub } coordinates { coordinate classification decision via }
  records { type count } touched { type id customerId read withheld changed } touchedOmitted lookups { coordinate outcome } } } } }`;

async function as(
  roles: string[],
  regions: string[],
  sub = `${roles.join('+')}-${regions.join('+')}`,
  purpose?: string,
) {
  return federation.token({ sub, roles: roles as never, regions: regions as never, ...(purpose ? { purpose } : {}) });
}

async function trail(filter: Record<string, unknown>): Promise<any[]> {
  const { body } = await graphql(federation.gateway.url, EVENTS, {
    token: await as(['auditor'], [], 'trail-reader'),
    variables: { filter },
  });
  expect(body.errors).toBeUndefined();
  return body.data.auditEvents.edges.map((edge: any) => edge.node);
}

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20' });
  const steward = await as(['data_steward'], ['EU'], 'steward-one');
  const ingest = async (batchId: string, sourceSystem: string, attributes: Record<string, unknown>) => {
    const { body } = await graphql(
      federation.gateway.url,
      'mutation($b: SourceBatchInput!) { ingestSourceRecords(batch: $b) { created merged rejected } }',
      {
        token: steward,
        variables: {
          b: {
            batchId,
            sourceSystem,
            records: [
              {
                sourceId: `${batchId}-1`,
                version: 1,
                verifiedAt: '2026-11-01T00:00:00Z',
                attributes: JSON.stringify(attributes),
              },
            ],
          },
        },
      },
    );
    expect(body.errors).toBeUndefined();
  };
  await ingest('copies-crm', 'CRM', {
    name: 'Governed Copies GmbH',
    country: 'DE',
    taxId: TAX_ID,
    duns: DUNS,
    legacyRating: 'AA-secret',
  });
  await ingest('copies-risk', 'RISK', {
    name: 'Governed Copies GmbH',
    country: 'DE',
    taxId: TAX_ID,
    creditLimit: { minor: LIMIT_MINOR, currency: 'EUR' },
  });
  const { body } = await graphql(
    federation.gateway.url,
    '{ customers(first: 2, filter: { nameContains: "Governed Copies" }) { edges { node { id } } } }',
    { token: steward },
  );
  customerId = body.data.customers.edges[0].node.id;
});

afterAll(async () => {
  await federation?.close();
});

describe('source payloads', () => {
  const PAYLOADS = 'query Payloads($id: ID!) { customer(id: $id) { sourceRecords { sourceSystem payload } } }';
  const payloads = async (token: string) => {
    const { body } = await graphql(federation.gateway.url, PAYLOADS, { token, variables: { id: customerId } });
    const bySystem = Object.fromEntries(
      body.data.customer.sourceRecords.map((r: any) => [r.sourceSystem, JSON.parse(r.payload)]),
    );
    return { bySystem, errors: body.errors ?? [] };
  };

  it('are masked key by key as the attributes they hold, for a BI reader', async () => {
    const { bySystem, errors } = await payloads(await as(['bi_reader'], ['EU'], 'bi-payloads'));
    const hash = (value: string) => createHmac('sha256', federation.config.maskingSalt).update(value).digest('hex');
    expect(bySystem.CRM).toEqual({
      name: 'Governed Copies GmbH',
      country: 'DE',
      taxId: hash(TAX_ID),
      duns: hash(DUNS),
    });
    expect(bySystem.RISK.creditLimit).toEqual({ amount: '1000000.00', currency: 'EUR', bucket: '1000000+' });
    // A key no mapping knows is the strictest class: left out, and the response says so without its value.
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Not authorised to read legacyRating of SourceRecord.payload',
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);
    expect(errors[0].path).toEqual(['customer', 'sourceRecords', expect.any(Number), 'payload']);
    expect(JSON.stringify(errors)).not.toContain('AA-secret');
  });

  it('leave out what the attribute’s own field would deny, and show it raw where the field would', async () => {
    const service = await payloads(await as(['customer_service'], ['EU'], 'cs-payloads'));
    expect(service.bySystem.CRM.taxId).toBe(`XXXXXXX${TAX_ID.slice(-4)}`);
    expect(service.bySystem.RISK).not.toHaveProperty('creditLimit');
    expect(service.errors.map((e: any) => e.message).sort()).toEqual([
      'Not authorised to read creditLimit of SourceRecord.payload',
      'Not authorised to read legacyRating of SourceRecord.payload',
    ]);
    const credit = await payloads(await as(['credit_analyst'], ['EU'], 'credit-payloads'));
    expect(credit.bySystem.RISK.creditLimit).toEqual({ minor: LIMIT_MINOR, currency: 'EUR' });
  });

  it('are audited when read on their own, naming the customer and the attribute they copied', async () => {
    await payloads(await as(['bi_reader'], ['EU'], 'bi-audited'));
    const [event] = await trail({ sub: 'bi-audited' });
    expect(event.outcome).toBe('PARTIAL');
    expect(event.coordinates).toEqual(
      expect.arrayContaining([
        { coordinate: 'TaxId.value', classification: 'TAX', decision: 'MASK', via: 'SourceRecord.payload' },
        { coordinate: 'Customer.creditLimit', classification: 'CREDIT', decision: 'MASK', via: 'SourceRecord.payload' },
      ]),
    );
    expect(event.touched).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'SourceRecord',
          customerId,
          read: expect.arrayContaining(['TAX:MASK', 'CREDIT:MASK']),
        }),
      ]),
    );
  });

  it('are not served while the audit store is down', async () => {
    const token = await as(['bi_reader'], ['EU'], 'bi-closed');
    await federation.subgraphs.audit.database.orm.em
      .getConnection()
      .execute('alter table audit_event rename to audit_event_gone');
    try {
      const { status, body } = await graphql(federation.gateway.url, PAYLOADS, {
        token,
        variables: { id: customerId },
      });
      expect(status).toBe(503);
      expect(body.data ?? null).toBeNull();
    } finally {
      await federation.subgraphs.audit.database.orm.em
        .getConnection()
        .execute('alter table audit_event_gone rename to audit_event');
    }
  });
});

describe('lineage', () => {
  it('governs the surviving value as the attribute', async () => {
    const read = async (token: string) => {
      const { body } = await graphql(
        federation.gateway.url,
        'query($id: ID!) { customer(id: $id) { lineage { field value } } }',
        { token, variables: { id: customerId } },
      );
      return {
        values: Object.fromEntries(
          body.data.customer.lineage.map((l: any) => [l.field, l.value === null ? null : JSON.parse(l.value)]),
        ),
        errors: body.errors ?? [],
      };
    };
    const steward = await read(await as(['data_steward'], ['EU'], 'steward-lineage'));
    expect(steward.values.taxId).toEqual({ kind: 'EU_VAT', value: TAX_ID, country: 'DE' });
    expect(steward.values.creditLimit).toBeNull();
    const service = await read(await as(['customer_service'], ['EU'], 'cs-lineage'));
    expect(service.values.taxId.value).toBe(`XXXXXXX${TAX_ID.slice(-4)}`);
    expect(service.values.creditLimit).toBeNull();
    expect(service.errors.map((e: any) => e.message)).toContain('Not authorised to read Customer.creditLimit');
  });
});

describe('lookups by a classified value', () => {
  const FIND = 'query($r: SourceRecordInput!) { findMatches(record: $r) { customer { id } score rule } }';
  const record = (taxId: string) => ({
    sourceId: 'probe',
    version: 1,
    attributes: JSON.stringify({ name: 'Somebody Else GmbH', country: 'DE', taxId }),
  });

  it('need the right to read the value: refused alike whether or not it is on file, and audited', async () => {
    const service = await as(['customer_service'], ['EU'], 'cs-finder');
    const onFile = await graphql(federation.gateway.url, FIND, { token: service, variables: { r: record(TAX_ID) } });
    const nowhere = await graphql(federation.gateway.url, FIND, {
      token: service,
      variables: { r: record('DE129273398') },
    });
    expect(onFile.body.errors?.[0]).toMatchObject({
      message: 'Finding records by TaxId.value needs the right to read it',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(onFile.body).toEqual(nowhere.body);
    const events = await trail({ sub: 'cs-finder' });
    expect(events.map((e) => e.lookups)).toEqual([
      [{ coordinate: 'TaxId.value', outcome: 'REFUSED' }],
      [{ coordinate: 'TaxId.value', outcome: 'REFUSED' }],
    ]);

    // Matching by name alone uses nothing classified.
    const byName = await graphql(federation.gateway.url, FIND, {
      token: service,
      variables: {
        r: { sourceId: 'p', version: 1, attributes: JSON.stringify({ name: 'Governed Copies GmbH', country: 'DE' }) },
      },
    });
    expect(byName.body.errors).toBeUndefined();

    const steward = await as(['data_steward'], ['EU'], 'steward-finder');
    const found = await graphql(federation.gateway.url, FIND, { token: steward, variables: { r: record(TAX_ID) } });
    expect(found.body.data.findMatches[0]).toMatchObject({ customer: { id: customerId }, score: 1, rule: 'TAX_ID' });
    expect((await trail({ sub: 'steward-finder' }))[0].lookups).toEqual([
      { coordinate: 'TaxId.value', outcome: 'ALLOWED' },
    ]);
  });
});

describe('changes and refusals', () => {
  const UPDATE =
    'mutation($id: ID!, $input: CustomerUpdateInput!) { updateCustomer(id: $id, input: $input, reason: "Credit review") { id } }';

  it('are on the trail with the records changed, even when the answer holds nothing classified', async () => {
    const { body } = await graphql(federation.gateway.url, UPDATE, {
      token: await as(['credit_analyst'], ['EU'], 'credit-changer'),
      variables: { id: customerId, input: { creditHold: true } },
    });
    expect(body.errors).toBeUndefined();
    const [event] = await trail({ sub: 'credit-changer' });
    expect(event).toMatchObject({ operationType: 'mutation', outcome: 'SERVED' });
    expect(event.touched).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'Customer',
          id: customerId,
          changed: expect.arrayContaining(['Customer.creditHold']),
        }),
      ]),
    );
    expect(await trail({ recordId: customerId, sub: 'credit-changer' })).toHaveLength(1);
  });

  it('records a refused mutation', async () => {
    const { body } = await graphql(federation.gateway.url, UPDATE, {
      token: await as(['bi_reader'], ['EU'], 'bi-changer'),
      variables: { id: customerId, input: { creditHold: false } },
    });
    expect(body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await trail({ sub: 'bi-changer' })).toEqual([
      expect.objectContaining({ outcome: 'DENIED', operationType: 'mutation' }),
    ]);
  });

  it('records a ledger posting that returns only a count', async () => {
    const { body } = await graphql(
      federation.gateway.url,
      'mutation($l: [LedgerLineInput!]!) { postLedgerLines(lines: $l) }',
      {
        token: await as(['finance_analyst'], ['EU'], 'ledger-poster'),
        variables: { l: [{ id: 'gl-copies-1', period: '2026-10', account: '4000', amount: '12.34', currency: 'EUR' }] },
      },
    );
    expect(body.data.postLedgerLines).toBe(1);
    const [event] = await trail({ sub: 'ledger-poster' });
    expect(event.touched).toEqual([
      expect.objectContaining({ type: 'LedgerLine', id: 'gl-copies-1', changed: ['CREATED'] }),
    ]);
  });
});

describe("the auditor's question: who read this customer's credit data, and when", () => {
  it('is answered by record and classification, leaving out reads of other data', async () => {
    const read = (token: string, fields: string) =>
      graphql(federation.gateway.url, `query($id: ID!) { customer(id: $id) { ${fields} } }`, {
        token,
        variables: { id: customerId },
      });
    await read(await as(['collections'], ['EU'], 'ana.collections'), 'creditHold');
    await read(await as(['finance_analyst'], ['EU'], 'ben.finance'), 'creditLimit { amount currency }');
    await read(await as(['bi_reader'], ['EU'], 'cy.bi'), 'duns');
    await read(await as(['customer_service'], ['EU'], 'dee.service'), 'name');
    const month = {
      from: new Date(Date.now() - 30 * 86_400_000).toISOString(),
      to: new Date(Date.now() + 60_000).toISOString(),
    };
    const events = await trail({ customerId, classification: 'CREDIT', ...month });
    const readers = events.map((event) => event.principal.sub);
    expect(readers).toEqual(
      expect.arrayContaining(['ana.collections', 'ben.finance', 'bi-payloads', 'credit-payloads']),
    );
    expect(readers).not.toContain('cy.bi');
    expect(readers).not.toContain('dee.service');
    expect(
      events.every(
        (event) =>
          event.at >= month.from &&
          event.touched.some(
            (t: any) => t.customerId === customerId && t.read.some((r: string) => r.startsWith('CREDIT:')),
          ),
      ),
    ).toBe(true);
  });
});
