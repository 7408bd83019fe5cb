import { graphql, startTestFederation, type TestFederation } from '../../../support/federation';

/**
 * nameContains folds case, accents and scripts the same way on SQLite and PostgreSQL: a customer
 * is found by its name as written, in capitals or not, without its accents, with umlauts spelled
 * out, or romanised.
 */

const INGEST = `mutation($batch: SourceBatchInput!) { ingestSourceRecords(batch: $batch) { accepted rejected } }`;
const SEARCH = `query($term: String) { customers(first: 20, filter: { nameContains: $term }) { edges { node { id name } } } }`;

let federation: TestFederation;
let admin: string;

const names = async (term: string): Promise<string[]> => {
  const { body } = await graphql(federation.gateway.url, SEARCH, { token: admin, variables: { term } });
  expect(body.errors).toBeUndefined();
  return body.data.customers.edges.map((edge: any) => edge.node.name);
};

beforeAll(async () => {
  federation = await startTestFederation({ SEED_CUSTOMERS: '20' });
  admin = await federation.token({ roles: ['admin'], regions: [] });
  const steward = await federation.token({ sub: 'steward.sam', roles: ['data_steward'] });
  const records = [
    { name: 'ГАЗПРОМ НЕФТЬ ПАО', country: 'RU' },
    { name: 'Müller Präzisionstechnik GmbH', country: 'DE' },
    { name: 'トヨタ自動車株式会社', country: 'JP' },
    { name: 'ÉCOLE SUPÉRIEURE Conseil SAS', country: 'FR' },
    { name: 'Großhandel Weiß KG', country: 'AT' },
  ].map((attributes, index) => ({ sourceId: `SEARCH-${index}`, version: 1, attributes: JSON.stringify(attributes) }));
  const { body } = await graphql(federation.gateway.url, INGEST, {
    token: steward,
    variables: { batch: { batchId: 'search-1', sourceSystem: 'CRM', records } },
  });
  expect(body.data.ingestSourceRecords).toEqual({ accepted: 5, rejected: 0 });
});

afterAll(async () => {
  await federation?.close();
});

it.each([
  ['ГАЗПРОМ', 'ГАЗПРОМ НЕФТЬ ПАО'],
  ['газпром', 'ГАЗПРОМ НЕФТЬ ПАО'],
  ['Gazprom', 'ГАЗПРОМ НЕФТЬ ПАО'],
  ['MÜLLER', 'Müller Präzisionstechnik GmbH'],
  ['muller', 'Müller Präzisionstechnik GmbH'],
  ['Mueller', 'Müller Präzisionstechnik GmbH'],
  ['praezision', 'Müller Präzisionstechnik GmbH'],
  ['トヨタ', 'トヨタ自動車株式会社'],
  ['toyota', 'トヨタ自動車株式会社'],
  ['ecole superieure', 'ÉCOLE SUPÉRIEURE Conseil SAS'],
  ['École', 'ÉCOLE SUPÉRIEURE Conseil SAS'],
  ['GROSSHANDEL', 'Großhandel Weiß KG'],
  ['weiss', 'Großhandel Weiß KG'],
])('finds a customer by "%s"', async (term, name) => {
  expect(await names(term)).toContain(name);
});

it('does not match across two of a customer’s names', async () => {
  expect(await names('gmbh mueller')).toEqual([]);
});

it('finds a renamed customer by its new name, in every spelling', async () => {
  const [id] = (
    await graphql(federation.gateway.url, SEARCH, { token: admin, variables: { term: 'Großhandel' } })
  ).body.data.customers.edges.map((edge: any) => edge.node.id);
  const { body } = await graphql(
    federation.gateway.url,
    'mutation($id: ID!) { updateCustomer(id: $id, input: { name: "Ölmühle Süd KG" }, reason: "renamed") { id } }',
    { token: admin, variables: { id } },
  );
  expect(body.errors).toBeUndefined();
  expect(await names('olmuhle')).toEqual(['Ölmühle Süd KG']);
  expect(await names('Oelmuehle')).toEqual(['Ölmühle Süd KG']);
});

it('finds by two characters, shorter than a trigram', async () => {
  expect(await names('トヨ')).toContain('トヨタ自動車株式会社');
  expect(await names('ÖL')).toContain('Ölmühle Süd KG');
});

it('refuses a term with nothing searchable in it', async () => {
  const { body } = await graphql(federation.gateway.url, SEARCH, { token: admin, variables: { term: '--' } });
  expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});
