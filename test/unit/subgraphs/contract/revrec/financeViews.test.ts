import { contractBalances } from '../../../../../subgraphs/contract/revrec/contractBalances';
import { journalLines } from '../../../../../subgraphs/contract/revrec/journalEntries';
import { contractSchedule } from '../../../../../subgraphs/contract/revrec/revenueSchedule';
import { revenueWaterfall, type WaterfallSource } from '../../../../../subgraphs/contract/revrec/revenueWaterfall';
import type { ObligationTerms } from '../../../../../subgraphs/contract/revrec/types';

const support: ObligationTerms = {
  id: 'support',
  pattern: 'RATABLE',
  startDate: '2025-01-01',
  endDate: '2025-12-31',
  revisions: [{ effectiveDate: '2025-01-01', allocatedMinor: 365_000, treatment: 'INITIAL' }],
};
const licence: ObligationTerms = {
  id: 'licence',
  pattern: 'POINT_IN_TIME',
  transferDate: '2025-03-10',
  revisions: [{ effectiveDate: '2025-01-01', allocatedMinor: 100_000, treatment: 'INITIAL' }],
};

describe('journal entries from a schedule', () => {
  it('balance every month, whether billing runs ahead of revenue or behind it', () => {
    // Billed quarterly in arrears: revenue runs ahead (an unbilled receivable), then billing catches up.
    const billings = ['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31'].map((date) => ({
      date,
      amountMinor: 116_250,
    }));
    const schedule = contractSchedule([support, licence], billings, '2024-12', '2025-12');
    for (let m = 1; m < schedule.totals.length; m += 1) {
      const lines = journalLines(schedule, m, schedule.totals[m - 1]);
      const debits = lines.reduce((sum, line) => sum + line.debitMinor, 0);
      const credits = lines.reduce((sum, line) => sum + line.creditMinor, 0);
      expect([schedule.totals[m].month, debits]).toEqual([schedule.totals[m].month, credits]);
      for (const line of lines) expect(line.debitMinor === 0 || line.creditMinor === 0).toBe(true);
    }
    // January: 31,000 of support revenue, nothing billed: Dr unbilled receivable 31,000 / Cr revenue.
    expect(journalLines(schedule, 1, schedule.totals[0])).toEqual([
      { account: 'REVENUE', ledgerAccount: '4000', obligationId: 'support', debitMinor: 0, creditMinor: 31_000 },
      { account: 'UNBILLED_RECEIVABLE', ledgerAccount: '1250', obligationId: null, debitMinor: 31_000, creditMinor: 0 },
    ]);
  });
});

describe('contract balances', () => {
  it('name what does not agree with the schedule', () => {
    const summary = { recognizedToDateMinor: 500, billedToDateMinor: 800, deferredMinor: 300, unbilledMinor: 0 };
    const invoice = { issueDate: '2025-01-01', amountMinor: 800, void: false, payments: [], writtenOff: [] };
    expect(contractBalances(summary, [invoice], '2025-02-01')).toMatchObject({
      contractLiabilityMinor: 300,
      receivableMinor: 800,
      reconciled: true,
    });
    const missing = contractBalances(summary, [], '2025-02-01');
    expect(missing.differences).toEqual(['what the schedule counts as billed is not what was invoiced']);
    const overpaid = contractBalances(
      summary,
      [{ ...invoice, payments: [{ receivedOn: '2025-01-15', amountMinor: 900 }] }],
      '2025-02-01',
    );
    expect(overpaid.differences).toEqual(['more was paid or written off than was invoiced']);
    // A payment after the day does not count yet.
    const later = contractBalances(
      summary,
      [{ ...invoice, payments: [{ receivedOn: '2025-03-01', amountMinor: 800 }] }],
      '2025-02-01',
    );
    expect(later.receivableMinor).toBe(800);
  });
});

describe('the revenue waterfall', () => {
  const source = (overrides: Partial<WaterfallSource>): WaterfallSource => ({
    month: '2025-01',
    region: 'EU',
    currency: 'EUR',
    customerId: 'c1',
    segment: 'SMB',
    productCode: 'PLAT',
    recognizedMinor: 100,
    ...overrides,
  });

  it('sums by the dimensions asked for, never across regions or currencies, and drops empty rows', () => {
    const sources = [
      source({}),
      source({ customerId: 'c2' }),
      source({ productCode: 'SEAT', recognizedMinor: 50 }),
      source({ region: 'US' }),
      source({ currency: 'USD' }),
      source({ month: '2025-02', recognizedMinor: 0 }),
    ];
    expect(
      revenueWaterfall(sources, ['PRODUCT']).map((r) => [r.region, r.currency, r.productCode, r.recognizedMinor]),
    ).toEqual([
      ['EU', 'EUR', 'PLAT', 200],
      ['EU', 'EUR', 'SEAT', 50],
      ['EU', 'USD', 'PLAT', 100],
      ['US', 'EUR', 'PLAT', 100],
    ]);
    expect(revenueWaterfall(sources, []).map((r) => r.recognizedMinor)).toEqual([250, 100, 100]);
    expect(
      revenueWaterfall(sources, ['CUSTOMER']).filter((r) => r.region === 'EU' && r.currency === 'EUR'),
    ).toHaveLength(2);
  });
});
