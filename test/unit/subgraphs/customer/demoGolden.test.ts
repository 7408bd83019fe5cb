import { generateDemoBook } from '../../../../lib/demo/book';
import { demoGolden } from '../../../../subgraphs/customer/demoGolden';

/** The demo customers' golden records come from their source records, as ingestion would compute them. */

const book = generateDemoBook({ customers: 400, seed: 7 });
const goldens = book.customers.map((customer) => ({
  customer,
  records: book.sourceRecords.filter((record) => record.customerId === customer.id),
  golden: demoGolden(
    customer,
    book.sourceRecords.filter((record) => record.customerId === customer.id),
  ),
}));

it('gives every demo customer the golden values the book describes', () => {
  for (const { customer, golden } of goldens) {
    expect(golden.patch).toMatchObject({
      legalName: customer.legalName,
      country: customer.country,
      region: customer.region,
      billingAddress: customer.billingAddress,
    });
    if (customer.nativeName) expect(golden.patch.nativeName).toBe(customer.nativeName);
  }
});

it('names a real source record and survivorship rule for every attribute', () => {
  for (const { records, golden } of goldens) {
    const ids = new Set(records.map((record) => record.id));
    for (const row of golden.lineage) {
      expect(ids.has(row.sourceRecordId!)).toBe(true);
      expect(['MOST_RECENTLY_VERIFIED', 'SOURCE_PRIORITY', 'ONLY_SOURCE']).toContain(row.rule);
      expect(row.actor).toBeNull();
    }
    const legalName = golden.lineage.find((row) => row.field === 'legalName')!;
    const newest = [...records].sort((a, b) => b.ingestedAt.localeCompare(a.ingestedAt))[0];
    expect(legalName.sourceRecordId).toBe(newest.id);
  }
  // A credit limit comes from the risk system alone.
  const withRisk = goldens.filter(({ records }) => records.some((r) => r.sourceSystem === 'RISK'));
  expect(withRisk.length).toBeGreaterThan(50);
  for (const { golden } of withRisk)
    expect(golden.lineage.find((row) => row.field === 'creditLimit')).toMatchObject({
      sourceSystem: 'RISK',
      rule: 'ONLY_SOURCE',
    });
});

it('links each record by the rule ingestion would: the first makes the customer, later ones meet it', () => {
  const rules = new Map<string, number>();
  for (const { records, golden } of goldens) {
    const oldest = [...records].sort((a, b) => a.ingestedAt.localeCompare(b.ingestedAt))[0];
    expect(golden.links.get(oldest.id)).toEqual({ matchRule: 'NEW_CUSTOMER', matchScore: null });
    for (const link of golden.links.values()) rules.set(link.matchRule, (rules.get(link.matchRule) ?? 0) + 1);
    for (const link of golden.links.values())
      if (link.matchRule === 'NAME') expect(link.matchScore).toBeGreaterThan(0.5);
  }
  expect([...rules.keys()].sort()).toEqual(['DUNS', 'NAME', 'NEW_CUSTOMER', 'TAX_ID']);
  expect(rules.has('DEMO_SEED')).toBe(false);
});
