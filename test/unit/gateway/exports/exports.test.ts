import { csvField, parseCsv } from '../../../../lib/csv';
import { ageReceivables, bucketOf, type AgedInvoice } from '../../../../gateway/exports/ageReceivables';
import { EXPORTS } from '../../../../gateway/exports/catalogue';
import { customerRevenueExport } from '../../../../gateway/exports/customerRevenueExport';
import { readParameters } from '../../../../gateway/exports/exportParameters';
import { PrincipalSlots } from '../../../../gateway/admission/principalSlots';
import { rowWriter } from '../../../../gateway/exports/rowFormats';
import { POLICY } from '../../../../policies/policy';
import { planFor } from '../../../../policies/plans';
import { readSupergraphSdl } from '../../../../schema/supergraphSdl';
import { parse, validate } from 'graphql';
import { apiSchemaOf } from '../../../../gateway/governance';

/** The pure parts of bulk exports: rows written, receivables aged, parameters read, slots counted. */

describe('CSV fields', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    [' padded ', '" padded "'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1 555', "'+1 555"],
    ['-cmd', "'-cmd"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['-1250.50', '-1250.50'],
    ['東京電力', '東京電力'],
  ])('writes %j as %s', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('writes null as empty, numbers and booleans as they are', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(true)).toBe('true');
  });

  it('reads back what it writes, whatever the text', () => {
    const values = ['a,b', '"', 'a\r\nb', 'Ünïcödé', 'مرحبا', '', 'x"y,z\nw'];
    const writer = rowWriter('csv', [{ name: 'v', type: 'text' }]);
    const text = writer.header() + writer.rows(values.map((value) => [value]));
    expect(parseCsv(text.slice(1)).slice(1)).toEqual(values.map((value) => [value]));
  });
});

describe('NDJSON rows', () => {
  it('keys each line by column, with integers as numbers and decimals as text', () => {
    const writer = rowWriter('ndjson', [
      { name: 'count', type: 'integer' },
      { name: 'amount', type: 'decimal' },
      { name: 'name', type: 'text' },
    ]);
    const lines = writer.rows([
      [3, '10.50', 'line\nbreak'],
      [null, null, null],
    ]);
    expect(
      lines
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    ).toEqual([
      { count: 3, amount: '10.50', name: 'line\nbreak' },
      { count: null, amount: null, name: null },
    ]);
  });
});

describe('receivables ageing', () => {
  const today = '2026-12-05';
  const invoice = (dueDate: string, amount: string | null, status = 'OPEN', currency = 'EUR'): AgedInvoice => ({
    dueDate,
    status,
    currency,
    balance: amount === null ? null : { amount, currency },
  });

  it.each([
    ['2026-12-05', 'current'],
    ['2027-01-01', 'current'],
    ['2026-12-04', 'days1to30'],
    ['2026-11-05', 'days1to30'],
    ['2026-11-04', 'days31to60'],
    ['2026-10-06', 'days31to60'],
    ['2026-10-05', 'days61to90'],
    ['2026-09-06', 'days61to90'],
    ['2026-09-05', 'over90'],
  ])('puts an invoice due %s in %s', (dueDate, bucket) => {
    expect(bucketOf(dueDate, today)).toBe(bucket);
  });

  it('sums open balances per currency and bucket, leaving paid, void and settled invoices out', () => {
    expect(
      ageReceivables(
        [
          invoice('2026-12-20', '100.00'),
          invoice('2026-11-20', '50.25'),
          invoice('2026-11-21', '49.75', 'PARTIALLY_PAID'),
          invoice('2026-01-01', '1000.00', 'PAID'),
          invoice('2026-01-01', '1000.00', 'VOID'),
          invoice('2026-01-01', '0.00'),
          invoice('2026-01-01', '7000', 'OPEN', 'JPY'),
        ],
        today,
      ),
    ).toEqual([
      {
        currency: 'EUR',
        openInvoices: 3,
        amounts: {
          current: '100.00',
          days1to30: '100.00',
          days31to60: '0.00',
          days61to90: '0.00',
          over90: '0.00',
          total: '200.00',
        },
      },
      {
        currency: 'JPY',
        openInvoices: 1,
        amounts: { current: '0', days1to30: '0', days31to60: '0', days61to90: '0', over90: '7000', total: '7000' },
      },
    ]);
  });

  it('gives no amount for a currency where a balance was withheld or masked to a range, rather than a wrong sum', () => {
    const [withheld] = ageReceivables([invoice('2026-12-20', '100.00'), invoice('2026-11-01', null)], today);
    expect(withheld.openInvoices).toBe(2);
    expect(Object.values(withheld.amounts)).toEqual([null, null, null, null, null, null]);
    const [ranged] = ageReceivables(
      [
        {
          ...invoice('2026-12-20', '10000.00'),
          balance: { amount: '10000.00', currency: 'EUR', bucket: '10000-50000' },
        },
      ],
      today,
    );
    expect(ranged.amounts.total).toBeNull();
  });
});

describe('export parameters', () => {
  it('refuses a parameter the export does not name, one given twice, and one too long', () => {
    expect(() => readParameters(new URLSearchParams('limit=5'), ['from'])).toThrow(/unknown parameter "limit"/);
    expect(() => readParameters(new URLSearchParams('from=a&from=b'), ['from'])).toThrow(/given twice/);
    expect(() => readParameters(new URLSearchParams(`from=${'x'.repeat(101)}`), ['from'])).toThrow(/longer/);
    expect([...readParameters(new URLSearchParams('from=2026-01'), ['from', 'to'])]).toEqual([['from', '2026-01']]);
  });

  it('reads revenue months: by default the twelve before the current one, the current one as of today', () => {
    const defaults = customerRevenueExport.parameters(new URLSearchParams(''), '2026-12-05') as any;
    expect(defaults.months).toHaveLength(12);
    expect(defaults.months[0]).toEqual({ month: '2025-12', asOf: '2025-12-31' });
    expect(defaults.months[11]).toEqual({ month: '2026-11', asOf: '2026-11-30' });
    const current = customerRevenueExport.parameters(
      new URLSearchParams('from=2026-11&to=2026-12'),
      '2026-12-05',
    ) as any;
    expect(current.months).toEqual([
      { month: '2026-11', asOf: '2026-11-30' },
      { month: '2026-12', asOf: '2026-12-05' },
    ]);
    expect(() =>
      customerRevenueExport.parameters(new URLSearchParams('from=2026-11&to=2026-10'), '2026-12-05'),
    ).toThrow(/from is after to/);
  });
});

describe('the catalogue', () => {
  const schema = apiSchemaOf(readSupergraphSdl());

  it('has a policy grant for every export and an export for every grant', () => {
    expect([...EXPORTS.keys()].sort()).toEqual(Object.keys(POLICY.exports).sort());
  });

  it.each([...EXPORTS.values()].map((definition) => [definition.name, definition]))(
    '%s: its operation is valid against the schema and names the coordinates its columns say govern them',
    (_name, definition) => {
      const parameters = definition.parameters(new URLSearchParams(''), '2026-12-05');
      const document = parse(definition.document(parameters));
      expect(validate(schema, document)).toEqual([]);
      const plan = planFor(parse(readSupergraphSdl()));
      for (const column of definition.columns)
        if (column.governedBy) expect(plan.fields[column.governedBy]).toBeDefined();
    },
  );
});

describe('each export names the parameters it takes', () => {
  it.each([...EXPORTS.values()].map((definition) => [definition.name, definition]))('%s', (_name, definition) => {
    expect(() => definition.parameters(new URLSearchParams('nope=1'), '2026-12-05')).toThrow(
      `this export takes ${definition.parameterNames.join(', ')}`,
    );
  });
});

describe('principal slots', () => {
  it('lets each principal hold only so many long requests at once', () => {
    const slots = new PrincipalSlots(2);
    expect(slots.take('ana')).toBe(true);
    expect(slots.take('ana')).toBe(true);
    expect(slots.take('ana')).toBe(false);
    expect(slots.take('ben')).toBe(true);
    slots.release('ana');
    expect(slots.count('ana')).toBe(1);
    expect(slots.take('ana')).toBe(true);
    slots.release('ana');
    slots.release('ana');
    expect(slots.count('ana')).toBe(0);
  });
});
