import { createRng } from '../../../../../lib/rng';
import type { LedgerSystem } from '../../../../../subgraphs/quality/generated/enums';
import {
  ReconciliationError,
  reconcile,
  type ReconciliationResult,
  type SystemBalances,
} from '../../../../../subgraphs/quality/reconciliation/reconcile';

type Balance = { customerId: string; currency: string; arBalanceMinor: number };

const copy = (system: LedgerSystem, balances: readonly Balance[]): { system: LedgerSystem; balances: Balance[] } => ({
  system,
  balances: balances.map((b) => ({ ...b })),
});

/** Per system and currency: the explaining customers' differences (absent = 0) against the reference. */
function explainedDifferences(
  result: ReconciliationResult,
  system: LedgerSystem,
  reference: LedgerSystem,
): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const customer of result.explainingCustomers) {
    sums[customer.currency] =
      (sums[customer.currency] ?? 0) + (customer.balances[system] ?? 0) - (customer.balances[reference] ?? 0);
  }
  return sums;
}

describe('reconciliation: planted breaks', () => {
  // 400 customers; every fifth also owes in a second currency.
  const rng = createRng(314);
  const currencies = ['EUR', 'GBP', 'USD'];
  const book: Balance[] = Array.from({ length: 400 }, (_, i) => {
    const customerId = `C${String(i).padStart(4, '0')}`;
    const currency = currencies[i % 3];
    const rows = [{ customerId, currency, arBalanceMinor: rng.int(0, 5_000_000) }];
    if (i % 5 === 0)
      rows.push({ customerId, currency: currencies[(i + 1) % 3], arBalanceMinor: rng.int(-50_000, 2_000_000) });
    return rows;
  }).flat();

  const billing = copy('BILLING', book);
  const gl = copy('GL', book);
  const collections = copy('COLLECTIONS', book);
  const remove = (ledger: { balances: Balance[] }, customerId: string, currency: string) => {
    const index = ledger.balances.findIndex((b) => b.customerId === customerId && b.currency === currency);
    ledger.balances.splice(index, 1);
  };
  const change = (ledger: { balances: Balance[] }, customerId: string, currency: string, byMinor: number) => {
    ledger.balances.find((b) => b.customerId === customerId && b.currency === currency)!.arBalanceMinor += byMinor;
  };
  const currencyOf = (i: number) => currencies[i % 3];
  const id = (i: number) => `C${String(i).padStart(4, '0')}`;

  // N = 6 missing: two from GL, two from collections, one from billing itself (customers with one currency only) ...
  remove(gl, id(7), currencyOf(7));
  remove(gl, id(101), currencyOf(101));
  remove(collections, id(44), currencyOf(44));
  remove(collections, id(302), currencyOf(302));
  remove(billing, id(199), currencyOf(199));
  // ... plus one second-currency row missing from GL: the customer is still there in its other currency.
  remove(gl, id(50), currencyOf(51));
  // M = 4 amount differences, two of them offsetting each other in the GL's EUR total.
  change(gl, id(3), 'EUR', 12_34);
  change(gl, id(9), 'EUR', -12_34);
  change(collections, id(250), currencyOf(250), 1);
  change(billing, id(388), currencyOf(388), -999_00);

  const result = reconcile('2026-03-31', [collections, billing, gl]);

  it('finds exactly the 6 missing and 4 disagreeing customers, sorted by id', () => {
    expect(result.explainingCustomers).toHaveLength(10);
    expect(result.explainingCustomers.filter((c) => c.reason === 'MISSING')).toHaveLength(6);
    expect(result.explainingCustomers.filter((c) => c.reason === 'AMOUNT')).toHaveLength(4);
    expect(result.explainingCustomers.map((c) => [c.customerId, c.reason, c.missingFrom])).toEqual([
      [id(3), 'AMOUNT', []],
      [id(7), 'MISSING', ['GL']],
      [id(9), 'AMOUNT', []],
      [id(44), 'MISSING', ['COLLECTIONS']],
      [id(50), 'MISSING', ['GL']],
      [id(101), 'MISSING', ['GL']],
      [id(199), 'MISSING', ['BILLING']],
      [id(250), 'AMOUNT', []],
      [id(302), 'MISSING', ['COLLECTIONS']],
      [id(388), 'AMOUNT', []],
    ]);
    expect(result.balanced).toBe(false);
  });

  it('shows each explaining customer’s balance in every system that has it', () => {
    const c388 = result.explainingCustomers.find((c) => c.customerId === id(388))!;
    const original = book.find((b) => b.customerId === id(388))!.arBalanceMinor;
    expect(c388.balances).toEqual({ BILLING: original - 999_00, GL: original, COLLECTIONS: original });
    const c7 = result.explainingCustomers.find((c) => c.customerId === id(7))!;
    expect(Object.keys(c7.balances)).toEqual(['BILLING', 'COLLECTIONS']);
  });

  it('the explaining customers add up exactly to the difference in totals, per system and currency', () => {
    for (const difference of result.differences) {
      const explained = explainedDifferences(result, difference.system, difference.against);
      for (const total of difference.totals) expect(explained[total.currency] ?? 0).toBe(total.differenceMinor);
    }
  });

  it('counts distinct customers per system and reports the systems in a fixed order, totals by currency', () => {
    expect(result.systems.map((s) => [s.system, s.customerCount])).toEqual([
      ['BILLING', 399],
      ['GL', 398],
      ['COLLECTIONS', 398],
    ]);
    for (const system of result.systems) expect(system.totals.map((t) => t.currency)).toEqual(['EUR', 'GBP', 'USD']);
    expect(result.differences.map((d) => [d.system, d.against, d.customerCountDifference])).toEqual([
      ['GL', 'BILLING', -1],
      ['COLLECTIONS', 'BILLING', -1],
    ]);
  });

  it('reconciles against another reference when asked', () => {
    const againstGl = reconcile('2026-03-31', [billing, gl, collections], 'GL');
    expect(againstGl.differences.map((d) => [d.system, d.against])).toEqual([
      ['BILLING', 'GL'],
      ['COLLECTIONS', 'GL'],
    ]);
    expect(againstGl.explainingCustomers).toEqual(result.explainingCustomers);
    for (const difference of againstGl.differences) {
      const explained = explainedDifferences(againstGl, difference.system, 'GL');
      for (const total of difference.totals) expect(explained[total.currency] ?? 0).toBe(total.differenceMinor);
    }
  });
});

describe('reconciliation: the rules', () => {
  const balance = (customerId: string, arBalanceMinor: number, currency = 'EUR'): Balance => ({
    customerId,
    currency,
    arBalanceMinor,
  });

  it('balances when every customer agrees everywhere', () => {
    const book = [balance('A', 100_00), balance('B', 250_00, 'USD'), balance('B', 5_00)];
    expect(reconcile('2026-03-31', [copy('BILLING', book), copy('GL', book)])).toEqual({
      date: '2026-03-31',
      systems: [
        // A total of one customer names it: it is that customer's balance.
        {
          system: 'BILLING',
          customerCount: 2,
          totals: [
            { currency: 'EUR', arBalanceMinor: 105_00, customerCount: 2 },
            { currency: 'USD', arBalanceMinor: 250_00, customerCount: 1, soleCustomerId: 'B' },
          ],
        },
        {
          system: 'GL',
          customerCount: 2,
          totals: [
            { currency: 'EUR', arBalanceMinor: 105_00, customerCount: 2 },
            { currency: 'USD', arBalanceMinor: 250_00, customerCount: 1, soleCustomerId: 'B' },
          ],
        },
      ],
      differences: [
        {
          system: 'GL',
          against: 'BILLING',
          customerCountDifference: 0,
          totals: [
            { currency: 'EUR', differenceMinor: 0 },
            { currency: 'USD', differenceMinor: 0 },
          ],
        },
      ],
      explainingCustomers: [],
      balanced: true,
    });
  });

  it('is not balanced when equal totals hide offsetting errors', () => {
    const result = reconcile('2026-03-31', [
      { system: 'BILLING', balances: [balance('A', 100), balance('B', 200)] },
      { system: 'GL', balances: [balance('A', 200), balance('B', 100)] },
    ]);
    expect(result.differences[0].totals).toEqual([{ currency: 'EUR', differenceMinor: 0 }]);
    expect(result.explainingCustomers.map((c) => c.customerId)).toEqual(['A', 'B']);
    expect(result.balanced).toBe(false);
  });

  it('lists a customer missing with a zero balance: the totals agree, the counts do not', () => {
    const result = reconcile('2026-03-31', [
      { system: 'BILLING', balances: [balance('A', 100), balance('Z', 0)] },
      { system: 'COLLECTIONS', balances: [balance('A', 100)] },
    ]);
    expect(result.differences).toEqual([
      {
        system: 'COLLECTIONS',
        against: 'BILLING',
        customerCountDifference: -1,
        totals: [{ currency: 'EUR', differenceMinor: 0 }],
      },
    ]);
    expect(result.explainingCustomers).toEqual([
      { customerId: 'Z', currency: 'EUR', balances: { BILLING: 0 }, missingFrom: ['COLLECTIONS'], reason: 'MISSING' },
    ]);
  });

  it('reports a currency only one side has, with the whole amount as the difference', () => {
    const result = reconcile('2026-03-31', [
      { system: 'BILLING', balances: [balance('A', 100)] },
      { system: 'GL', balances: [balance('A', 100), balance('A', 70, 'CHF')] },
    ]);
    expect(result.differences[0]).toMatchObject({
      customerCountDifference: 0,
      totals: [
        { currency: 'CHF', differenceMinor: 70 },
        { currency: 'EUR', differenceMinor: 0 },
      ],
    });
    expect(result.explainingCustomers).toEqual([
      { customerId: 'A', currency: 'CHF', balances: { GL: 70 }, missingFrom: ['BILLING'], reason: 'MISSING' },
    ]);
  });

  it('calls a customer missing when it is, even if the systems that have it also disagree', () => {
    const result = reconcile('2026-03-31', [
      { system: 'BILLING', balances: [balance('A', 100)] },
      { system: 'GL', balances: [balance('A', 90)] },
      { system: 'COLLECTIONS', balances: [] },
    ]);
    expect(result.explainingCustomers).toEqual([
      {
        customerId: 'A',
        currency: 'EUR',
        balances: { BILLING: 100, GL: 90 },
        missingFrom: ['COLLECTIONS'],
        reason: 'MISSING',
      },
    ]);
  });

  it('with the reference alone there is nothing to differ', () => {
    expect(reconcile('2026-03-31', [{ system: 'BILLING', balances: [balance('A', 1)] }])).toMatchObject({
      differences: [],
      explainingCustomers: [],
      balanced: true,
    });
  });

  it('refuses invalid input with ReconciliationError', () => {
    const ok: SystemBalances = { system: 'BILLING', balances: [balance('A', 1)] };
    expect(() => reconcile('2026-02-30', [ok])).toThrow(/date "2026-02-30" is not an ISO date/);
    expect(() => reconcile('2026-03-31', [])).toThrow(/reference system BILLING has no balances/);
    expect(() => reconcile('2026-03-31', [ok], 'GL')).toThrow(/reference system GL/);
    expect(() => reconcile('2026-03-31', [ok, ok])).toThrow(/system BILLING is given twice/);
    expect(() => reconcile('2026-03-31', [ok, { system: 'CRM' as LedgerSystem, balances: [] }])).toThrow(
      /system "CRM" is not one of BILLING, GL, COLLECTIONS/,
    );
    expect(() =>
      reconcile('2026-03-31', [{ system: 'BILLING', balances: [balance('A', 1), balance('A', 2)] }]),
    ).toThrow(/customer A has two EUR balances/);
    expect(() => reconcile('2026-03-31', [{ system: 'BILLING', balances: [balance('A', 1.5)] }])).toThrow(
      /minor units/,
    );
    expect(() => reconcile('2026-03-31', [{ system: 'BILLING', balances: [balance('A', 1, 'euro')] }])).toThrow(
      /ISO 4217/,
    );
    expect(() => reconcile('2026-03-31', [{ system: 'BILLING', balances: [balance('', 1)] }])).toThrow(
      ReconciliationError,
    );
    expect(() =>
      reconcile('2026-03-31', [
        { system: 'BILLING', balances: [balance('A', Number.MAX_SAFE_INTEGER), balance('B', 1)] },
      ]),
    ).toThrow(/too large to add exactly/);
  });
});
