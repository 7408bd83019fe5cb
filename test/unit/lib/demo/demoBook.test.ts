import { demoBookChunks, generateDemoBook, splitEvenly } from '../../../../lib/demo/book';
import { isValidTaxId } from '../../../../lib/taxids/validate';
import type { TaxIdKind } from '../../../../lib/taxids/kinds';

describe('the demo book of business', () => {
  const book = generateDemoBook({ customers: 1500, seed: 42 });

  it('is the same for the same seed and different for another', () => {
    expect(generateDemoBook({ customers: 50, seed: 42 })).toEqual(generateDemoBook({ customers: 50, seed: 42 }));
    expect(generateDemoBook({ customers: 50, seed: 43 }).customers[0]).not.toEqual(
      generateDemoBook({ customers: 50, seed: 42 }).customers[0],
    );
  });

  it('spans at least twelve countries in every required region', () => {
    expect(new Set(book.customers.map((c) => c.country)).size).toBeGreaterThanOrEqual(12);
    expect(new Set(book.customers.map((c) => c.region))).toEqual(
      new Set(['EU', 'US', 'BR', 'IN', 'JP', 'CN', 'RU', 'SA', 'AU']),
    );
  });

  it('writes names in their original scripts with a Latin form', () => {
    const scripts = new Set(book.customers.filter((c) => c.nativeName).map((c) => c.nativeScript));
    expect(scripts).toEqual(new Set(['Jpan', 'Hans', 'Cyrl', 'Arab', 'Deva']));
    for (const customer of book.customers) expect(customer.name).toMatch(/^[\p{Script=Latin}\p{N}\p{P}\p{Zs}&+'’-]+$/u);
  });

  it('gives every customer a valid tax id for its country', () => {
    for (const customer of book.customers) {
      for (const taxId of customer.taxIds)
        expect([taxId.value, isValidTaxId(taxId.kind as TaxIdKind, taxId.value, customer.country)]).toEqual([
          taxId.value,
          true,
        ]);
    }
  });

  it('shows the same customer in several source systems, with variations', () => {
    const crm = book.sourceRecords.filter((r) => r.sourceSystem === 'CRM');
    expect(crm).toHaveLength(book.customers.length);
    expect(book.sourceRecords.filter((r) => r.sourceSystem === 'ERP').length).toBeGreaterThan(
      book.customers.length * 0.7,
    );
    const byId = new Map(book.customers.map((c) => [c.id, c]));
    const varied = book.sourceRecords.filter((r) => r.payload.name !== byId.get(r.customerId)?.legalName);
    expect(varied.length).toBeGreaterThan(book.sourceRecords.length * 0.2);
    expect(book.sourceRecords.some((r) => r.payload.taxId === undefined)).toBe(true);
  });

  it('keeps contract money exact: lines add up to the total, invoices to at most the total, payments to at most the invoice', () => {
    expect(book.contracts.length).toBeGreaterThan(book.customers.length);
    for (const contract of book.contracts) {
      expect(contract.lines.reduce((sum, line) => sum + line.amountMinor, 0)).toBe(contract.totalValueMinor);
      expect(contract.invoices.reduce((sum, invoice) => sum + invoice.amountMinor, 0)).toBeLessThanOrEqual(
        contract.totalValueMinor,
      );
      for (const invoice of contract.invoices) {
        expect(invoice.payments.reduce((sum, p) => sum + p.amountMinor, 0)).toBeLessThanOrEqual(invoice.amountMinor);
        expect(invoice.issueDate >= contract.startDate).toBe(true);
      }
    }
  });

  it('splits an amount into parts that add up exactly', () => {
    expect(splitEvenly(100, 3)).toEqual([33, 33, 34]);
    expect(splitEvenly(7, 1)).toEqual([7]);
  });
});

describe('the book a chunk at a time', () => {
  const options = { customers: 400, seed: 5 };
  const whole = generateDemoBook(options);

  it.each([1, 7, 64, 399, 400, 1000])('concatenates to the whole book in chunks of %i', (size) => {
    const chunks = [...demoBookChunks(options, size)];
    expect(chunks).toHaveLength(Math.ceil(options.customers / size));
    const joined = {
      asOf: whole.asOf,
      customers: chunks.flatMap((chunk) => chunk.customers),
      sourceRecords: chunks.flatMap((chunk) => chunk.sourceRecords),
      hierarchy: chunks.flatMap((chunk) => chunk.hierarchy),
      contracts: chunks.flatMap((chunk) => chunk.contracts),
      changes: chunks.flatMap((chunk) => chunk.changes),
    };
    expect(joined).toEqual(whole);
  });

  it('puts a subsidiary link in the chunk of its child, after its parent', () => {
    expect(whole.hierarchy.length).toBeGreaterThan(0);
    const chunks = [...demoBookChunks(options, 50)];
    chunks.forEach((chunk, n) => {
      const earlier = new Set(chunks.slice(0, n + 1).flatMap((c) => c.customers.map((customer) => customer.id)));
      for (const link of chunk.hierarchy) {
        expect(chunk.customers.map((customer) => customer.id)).toContain(link.childId);
        expect(earlier.has(link.parentId)).toBe(true);
      }
    });
  });
});
