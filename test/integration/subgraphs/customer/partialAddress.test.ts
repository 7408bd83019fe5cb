import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * Addresses follow their country's rule through the gateway: a Gulf or Hong Kong address without a
 * street line is taken, a German one is refused saying what is missing, postal codes come out the
 * way their country's post writes them, and a street-less address reads back with line1 null.
 */

const INGEST = `mutation($batch: SourceBatchInput!) { ingestSourceRecords(batch: $batch) {
  accepted created rejected rejections { sourceId reasons } } }`;
const FIND = `query($name: String!) { customers(first: 1, filter: { nameContains: $name }) { edges { node {
  id country billingAddress { line1 line2 city region postalCode country } dataQuality { issues { rule } } } } } }`;
const UPDATE = `mutation($id: ID!, $input: CustomerUpdateInput!) {
  updateCustomer(id: $id, input: $input, reason: "address from the customer's letterhead") {
    billingAddress { line1 city postalCode country } } }`;

let federation: TestFederation;
let steward: string;

const record = (sourceId: string, attributes: Record<string, unknown>) => ({
  sourceId,
  version: 1,
  attributes: JSON.stringify(attributes),
});

async function customerNamed(name: string) {
  const { body } = await graphql(federation.gateway.url, FIND, { token: steward, variables: { name } });
  expect(body.errors).toBeUndefined();
  return body.data.customers.edges[0].node;
}

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '10' });
  steward = await federation.token({ sub: 'steward.amal', roles: ['data_steward'], regions: ['EU', 'UK', 'ROW'] });
  const { body } = await graphql(federation.gateway.url, INGEST, {
    token: steward,
    variables: {
      batch: {
        batchId: 'crm-addresses-1',
        sourceSystem: 'CRM',
        records: [
          record('AE-1', {
            name: 'Falcon Gulf Logistics LLC',
            country: 'AE',
            address: { line2: 'Office 1203, Marina Plaza', city: 'Dubai', region: 'Dubai', country: 'AE' },
          }),
          record('GB-1', {
            name: 'Thamesbridge Consulting Ltd',
            country: 'GB',
            address: { line1: '1 Horse Guards Road', city: 'London', postalCode: 'sw1a2hq', country: 'GB' },
          }),
          record('DE-1', {
            name: 'Ohnestrasse Handel GmbH',
            country: 'DE',
            address: { city: 'Leipzig', postalCode: '04109', country: 'DE' },
          }),
          record('US-1', {
            name: 'Shortzip Supply Inc',
            country: 'US',
            address: { line1: '1 Market St', city: 'San Francisco', postalCode: '941O5', country: 'US' },
          }),
        ],
      },
    },
  });
  expect(body.errors).toBeUndefined();
  expect(body.data.ingestSourceRecords).toMatchObject({ accepted: 2, created: 2, rejected: 2 });
  expect(body.data.ingestSourceRecords.rejections).toEqual([
    { sourceId: 'DE-1', reasons: ['address in Germany (DE) needs a street line (line1)'] },
    {
      sourceId: 'US-1',
      reasons: [
        'address.postalCode does not fit United States (US): expected a ZIP code of 5 digits or a ZIP+4, e.g. 94105 or 94105-1234',
      ],
    },
  ]);
});

afterAll(async () => {
  await federation?.close();
});

it('creates a customer from a Gulf address without a street line, which reads back with line1 null', async () => {
  const customer = await customerNamed('Falcon Gulf');
  expect(customer.billingAddress).toEqual({
    line1: null,
    line2: 'Office 1203, Marina Plaza',
    city: 'Dubai',
    region: 'Dubai',
    postalCode: null,
    country: 'AE',
  });
  // The quality subgraph reads the address through @requires and still finds it incomplete.
  expect(customer.dataQuality.issues.map((issue: { rule: string }) => issue.rule)).toContain('required.billingAddress');
});

it('keeps a British postcode the way Royal Mail writes it', async () => {
  expect((await customerNamed('Thamesbridge')).billingAddress).toMatchObject({
    line1: '1 Horse Guards Road',
    postalCode: 'SW1A 2HQ',
  });
});

it("applies the same rules to a steward's edit of an address", async () => {
  const { id } = await customerNamed('Falcon Gulf');
  const edit = (billingAddress: Record<string, string>) =>
    graphql(federation.gateway.url, UPDATE, { token: steward, variables: { id, input: { billingAddress } } });

  const hongKong = await edit({ city: 'Kowloon', country: 'HK' });
  expect(hongKong.body.errors).toBeUndefined();
  expect(hongKong.body.data.updateCustomer.billingAddress).toEqual({
    line1: null,
    city: 'Kowloon',
    postalCode: null,
    country: 'HK',
  });

  const dutch = await edit({ line1: 'Damrak 1', city: 'Amsterdam', postalCode: '1012lg', country: 'NL' });
  expect(dutch.body.errors).toBeUndefined();
  expect(dutch.body.data.updateCustomer.billingAddress.postalCode).toBe('1012 LG');

  const german = await edit({ city: 'Berlin', postalCode: '10115', country: 'DE' });
  expect(german.body.errors?.[0]).toMatchObject({
    message: 'billingAddress in Germany (DE) needs a street line (line1)',
    extensions: { code: 'BAD_USER_INPUT', argumentName: 'billingAddress.line1' },
  });
  const qatar = await edit({ city: 'Doha', postalCode: '00000', country: 'QA' });
  expect(qatar.body.errors?.[0]).toMatchObject({
    message: 'billingAddress.postalCode sent, but Qatar (QA) has no postal codes',
    extensions: { code: 'BAD_USER_INPUT', argumentName: 'billingAddress.postalCode' },
  });
});
