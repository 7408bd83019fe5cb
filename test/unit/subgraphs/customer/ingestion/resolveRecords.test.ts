import { generateSourceRecords } from '../../../../../lib/demo/sourceRecordGenerator';
import { sourceLinkageRecord, type LinkableParty } from '../../../../../subgraphs/customer/ingestion/linkageRecords';
import { mapRecord, type MappedAttributes } from '../../../../../subgraphs/customer/ingestion/mapRecord';
import { MATCH_CONFIGURATION } from '../../../../../subgraphs/customer/ingestion/matchConfiguration';
import { resolveRecords } from '../../../../../subgraphs/customer/ingestion/resolveRecords';

/** Resolving many records at once: groups, links, reviews, and the groups it refuses to join. */

const vat = (value: string) => ({ kind: 'EU_VAT' as const, value, country: 'NL' });
const at = (city: string, postalCode: string) => ({
  billingAddress: { line1: 'Straat 1', city, postalCode, country: 'NL' },
});
const nl = (legalName: string, extra: Partial<MappedAttributes> = {}): MappedAttributes => ({
  legalName,
  country: 'NL',
  ...extra,
});
const groups = async (records: MappedAttributes[], existing: LinkableParty[] = []) => {
  const resolution = await resolveRecords(
    records.map((attributes) => sourceLinkageRecord('', attributes)),
    existing,
    MATCH_CONFIGURATION,
  );
  return { resolution, members: resolution.customers.map((c) => c.members.map((m) => m.record)) };
};

describe('resolveRecords', () => {
  it('groups the records of one company and links each by the rule of its best match', async () => {
    const { resolution, members } = await groups([
      nl('Noord Transport B.V.', { taxId: vat('NL536458868B01'), ...at('Almere', '1348 PG') }),
      nl('NOORD TRANSPORT', at('ALMERE', '1348PG')),
      nl('Noord Transport BV', { taxId: vat('NL536458868B01') }),
      nl('Bakkerij de Vries', at('Utrecht', '3511 AA')),
    ]);
    expect(members).toEqual([[0, 1, 2], [3]]);
    expect(resolution.customers[0].members.map((m) => m.link.rule)).toEqual(['NEW_CUSTOMER', 'NAME', 'TAX_ID']);
    expect(resolution.reviews).toEqual([]);
  });

  it('never joins two groups holding different tax ids of one kind, however similar the names: a review', async () => {
    const { resolution, members } = await groups([
      nl('Noord Transport B.V.', { taxId: vat('NL536458868B01'), ...at('Almere', '1348 PG') }),
      nl('Noord Transport', at('Almere', '1348 PG')),
      nl('Noord Transport B.V.', { taxId: vat('NL564198018B01'), ...at('Almere', '1348 PG') }),
    ]);
    expect(members).toHaveLength(2);
    expect(resolution.reviews).toHaveLength(1);
    expect(resolution.reviews[0]).toMatchObject({ rule: 'NAME_CONFLICTING_TAX_ID' });
    expect(resolution.reviews[0].reasons.join(' ')).toMatch(/never merged automatically/);
  });

  it('does not let a record without an address join two same-named companies in different towns', async () => {
    const { members, resolution } = await groups([
      nl('Elektro Almere B.V.', at('Amsterdam', '1098 LP')),
      nl('Elektro Almere B.V.', at('Breda', '4815 WR')),
      nl('Elektro Almere BV'),
    ]);
    expect(members).toHaveLength(2);
    expect(resolution.reviews.length).toBeGreaterThan(0);
  });

  it('joins records to a known customer, and never merges two known customers', async () => {
    const party = (id: string, taxId: string): LinkableParty => ({
      customer: { id, name: 'Noord Transport B.V.', legalName: 'Noord Transport B.V.', country: 'NL' },
      taxIds: [{ kind: 'EU_VAT', value: taxId, country: 'NL' }],
      sources: [],
    });
    const { resolution } = await groups(
      [
        nl('Noord Transport', { taxId: vat('NL536458868B01') }),
        nl('Noord Transport', { taxId: vat('NL564198018B01') }),
      ],
      [party('cus_a', 'NL536458868B01'), party('cus_b', 'NL564198018B01')],
    );
    expect(resolution.customers.map((c) => [c.existingCustomerId, c.members.map((m) => m.record)])).toEqual([
      ['cus_a', [0]],
      ['cus_b', [1]],
    ]);
  });

  it('resolves a load the same on one thread and on several', async () => {
    const generated = [...generateSourceRecords({ records: 4000, seed: 11 })];
    const records = generated.map((record) =>
      sourceLinkageRecord('', mapRecord(record.sourceSystem, record.attributes).attributes),
    );
    const known = (await resolveRecords(records.slice(0, 1500), [], MATCH_CONFIGURATION)).customers.map(
      (customer, c): LinkableParty => {
        const first = generated[customer.members[0].record].attributes as { legalName: string; country: string };
        return {
          customer: { id: `cus_${c}`, name: first.legalName, legalName: first.legalName, country: first.country },
          taxIds: [],
          sources: customer.members.map(({ record }) => ({
            id: `src_${record}`,
            attributes: mapRecord(generated[record].sourceSystem, generated[record].attributes).attributes,
          })),
        };
      },
    );
    const rest = records.slice(1500);
    const alone = await resolveRecords(rest, known, MATCH_CONFIGURATION, { workers: 0 });
    const together = await resolveRecords(rest, known, MATCH_CONFIGURATION, { workers: 1 });
    expect(alone.customers.some((customer) => customer.existingCustomerId)).toBe(true);
    expect(alone.reviews.length).toBeGreaterThan(0);
    expect(together).toEqual(alone);
  });
});
