import {
  ScheduleError,
  allocationOn,
  contractSchedule,
  fractionSatisfied,
  recognizedThrough,
  revenueSummary,
} from '../../../../../subgraphs/contract/revrec/revenueSchedule';
import type { ObligationTerms } from '../../../../../subgraphs/contract/revrec/types';

const subscription = (overrides: Partial<ObligationTerms> = {}): ObligationTerms => ({
  id: 'subscription',
  pattern: 'RATABLE',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 1_200_000, treatment: 'INITIAL' }],
  ...overrides,
});

const monthly = (obligation: ObligationTerms, from: string, to: string) =>
  contractSchedule([obligation], [], from, to).obligations[0].rows.map((r) => r.recognizedMinor);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const quarterlyInAdvance = ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'].map((date) => ({
  date,
  amountMinor: 300_000,
}));

describe('recognising a 12-month subscription by day', () => {
  it('12,000.00 from 2026-01-01: January 1,019.17 (31/365, rounded down), the months add up to exactly 1,200,000 cents', () => {
    const months = monthly(subscription(), '2026-01', '2026-12');
    expect(months).toEqual([
      101_917, 92_055, 101_918, 98_630, 101_918, 98_630, 101_918, 101_918, 98_630, 101_918, 98_630, 101_918,
    ]);
    expect(sum(months)).toBe(1_200_000);
  });

  it('a mid-month start (2026-01-15 to 2027-01-14) recognises 17 days in January 2026 and 14 in January 2027', () => {
    const months = monthly(subscription({ startDate: '2026-01-15', endDate: '2027-01-14' }), '2025-12', '2027-02');
    expect(months).toEqual([
      0, 55_890, 92_055, 101_918, 98_630, 101_917, 98_631, 101_917, 101_918, 98_630, 101_918, 98_630, 101_918, 46_028,
      0,
    ]);
    expect(sum(months)).toBe(1_200_000);
  });

  it('counts the day itself: 1 of 365 days through the start, everything through the end and after', () => {
    expect(recognizedThrough(subscription(), '2025-12-31')).toBe(0);
    expect(recognizedThrough(subscription(), '2026-01-01')).toBe(3_287); // 1,200,000 / 365 = 3,287.67
    expect(recognizedThrough(subscription(), '2026-12-30')).toBe(1_196_712);
    expect(recognizedThrough(subscription(), '2026-12-31')).toBe(1_200_000);
    expect(recognizedThrough(subscription(), '2030-06-30')).toBe(1_200_000);
  });

  it('multiplies in BigInt: the largest safe amount × 31 / 365 is exact', () => {
    const huge = subscription({
      revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: Number.MAX_SAFE_INTEGER, treatment: 'INITIAL' }],
    });
    expect(recognizedThrough(huge, '2026-01-01')).toBe(24_677_258_232_167);
    expect(recognizedThrough(huge, '2026-01-31')).toBe(764_995_005_197_180);
    expect(recognizedThrough(huge, '2026-12-31')).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('point in time and input method', () => {
  it('recognises a point-in-time obligation entirely in its transfer month and nothing before', () => {
    const licence: ObligationTerms = {
      id: 'licence',
      pattern: 'POINT_IN_TIME',
      transferDate: '2026-03-20',
      revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 500_000, treatment: 'INITIAL' }],
    };
    expect(monthly(licence, '2026-01', '2026-04')).toEqual([0, 0, 500_000, 0]);
    expect(recognizedThrough(licence, '2026-03-19')).toBe(0);
    expect(recognizedThrough(licence, '2026-03-20')).toBe(500_000);
    expect(monthly({ ...licence, transferDate: null }, '2026-01', '2026-04')).toEqual([0, 0, 0, 0]);
  });

  it('follows the latest measurement on or before the day, in any order, re-estimated totals and 1/3 rounded down', () => {
    const build: ObligationTerms = {
      id: 'build',
      pattern: 'INPUT_METHOD',
      progress: [
        { asOf: '2026-02-28', completedUnits: 40, totalUnits: 100 },
        { asOf: '2026-01-31', completedUnits: 25, totalUnits: 100 },
        { asOf: '2026-03-15', completedUnits: 90, totalUnits: 120 },
        { asOf: '2026-04-30', completedUnits: 100, totalUnits: 120 },
        { asOf: '2026-05-31', completedUnits: 130, totalUnits: 120 },
      ],
      revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 1_000_000, treatment: 'INITIAL' }],
    };
    // 25%, 40%, 75%, 83.33% (833,333), then more than done counts as done.
    expect(monthly(build, '2025-12', '2026-06')).toEqual([0, 250_000, 150_000, 350_000, 83_333, 166_667, 0]);
    expect(recognizedThrough(build, '2026-03-14')).toBe(400_000);
  });

  it('reads units as the decimals they are written as: 0.29 of 1 unit of 100 cents is 29, not 28', () => {
    const hours: ObligationTerms = {
      id: 'hours',
      pattern: 'INPUT_METHOD',
      progress: [{ asOf: '2026-01-10', completedUnits: 0.29, totalUnits: 1 }],
      revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 100, treatment: 'INITIAL' }],
    };
    expect(Math.trunc(100 * 0.29)).toBe(28);
    expect(recognizedThrough(hours, '2026-01-10')).toBe(29);
    expect(fractionSatisfied(hours, '2026-01-10')).toEqual({ numerator: 29n, denominator: 100n });
    const thirds = {
      ...hours,
      progress: [{ asOf: '2026-01-10', completedUnits: 37.5, totalUnits: 112.5 }],
      revisions: [{ ...hours.revisions[0], allocatedMinor: 1_000_000 }],
    };
    expect(recognizedThrough(thirds, '2026-01-10')).toBe(333_333);
  });
});

describe('revisions', () => {
  it('recognises nothing before the first revision; on its date the days before catch up', () => {
    const late = subscription({
      revisions: [{ effectiveDate: '2026-03-01', allocatedMinor: 1_200_000, treatment: 'INITIAL' }],
    });
    expect(recognizedThrough(late, '2026-02-28')).toBe(0);
    expect(recognizedThrough(late, '2026-03-01')).toBe(197_260); // 60 / 365 of 1,200,000
    expect(allocationOn(late, '2026-02-28')).toBe(0);
    expect(allocationOn(late, '2026-03-01')).toBe(1_200_000);
  });

  it('PROSPECTIVE: what was recognised through the day before stands, the rest over the days left', () => {
    const revisions = [
      // Given out of order: they apply in effective-date order.
      { effectiveDate: '2026-07-01', allocatedMinor: 1_500_000, treatment: 'PROSPECTIVE' as const },
      { effectiveDate: '2026-01-01', allocatedMinor: 1_200_000, treatment: 'INITIAL' as const },
    ];
    const upgraded = subscription({ revisions });
    expect(recognizedThrough(upgraded, '2026-06-30')).toBe(595_068); // 181 / 365
    // 595,068 + (1,500,000 − 595,068) × 31 / 184 = 595,068 + 152,461.9
    expect(recognizedThrough(upgraded, '2026-07-31')).toBe(747_529);
    expect(recognizedThrough(upgraded, '2026-12-31')).toBe(1_500_000);
    expect(sum(monthly(upgraded, '2026-01', '2026-12'))).toBe(1_500_000);
    expect(allocationOn(upgraded, '2026-06-30')).toBe(1_200_000);
  });

  it('PROSPECTIVE with carriedMinor: the carried amount stands from the effective date (a concession taken off)', () => {
    const revisions = [
      { effectiveDate: '2026-01-01', allocatedMinor: 1_200_000, treatment: 'INITIAL' as const },
      {
        effectiveDate: '2026-07-01',
        allocatedMinor: 1_100_000,
        treatment: 'PROSPECTIVE' as const,
        carriedMinor: 500_000,
      },
    ];
    const credited = subscription({ revisions });
    expect(recognizedThrough(credited, '2026-06-30')).toBe(595_068);
    expect(recognizedThrough(credited, '2026-07-31')).toBe(500_000 + Math.trunc((600_000 * 31) / 184));
    expect(recognizedThrough(credited, '2026-12-31')).toBe(1_100_000);
  });

  it('CUMULATIVE_CATCH_UP: the new allocation × progress, so its date recognises the difference', () => {
    const revisions = [
      { effectiveDate: '2026-01-01', allocatedMinor: 1_200_000, treatment: 'INITIAL' as const },
      { effectiveDate: '2026-07-01', allocatedMinor: 1_500_000, treatment: 'CUMULATIVE_CATCH_UP' as const },
    ];
    const caughtUp = subscription({ revisions });
    expect(recognizedThrough(caughtUp, '2026-07-01')).toBe(747_945); // 1,500,000 × 182 / 365
    expect(recognizedThrough(caughtUp, '2026-07-01') - recognizedThrough(caughtUp, '2026-06-30')).toBe(
      747_945 - 595_068,
    );
  });
});

describe('contract schedule: billed, deferred and unbilled', () => {
  it('quarterly billing in advance: deferred at each month end, nothing left at the end of the term', () => {
    const { totals } = contractSchedule([subscription()], quarterlyInAdvance, '2026-01', '2026-12');
    expect(totals[0]).toEqual({
      month: '2026-01',
      recognizedMinor: 101_917,
      recognizedToDateMinor: 101_917,
      billedToDateMinor: 300_000,
      deferredMinor: 198_083,
      unbilledMinor: 0,
    });
    expect(totals[2]).toMatchObject({
      month: '2026-03',
      recognizedToDateMinor: 295_890,
      billedToDateMinor: 300_000,
      deferredMinor: 4_110,
      unbilledMinor: 0,
    });
    expect(totals[3]).toMatchObject({
      month: '2026-04',
      recognizedToDateMinor: 394_520,
      billedToDateMinor: 600_000,
      deferredMinor: 205_480,
    });
    expect(totals[11]).toMatchObject({
      recognizedToDateMinor: 1_200_000,
      billedToDateMinor: 1_200_000,
      deferredMinor: 0,
      unbilledMinor: 0,
    });
  });

  it('billing in arrears shows unbilled revenue (a contract asset)', () => {
    const inArrears = ['2026-04-01', '2026-07-01', '2026-10-01', '2027-01-01'].map((date) => ({
      date,
      amountMinor: 300_000,
    }));
    const { totals } = contractSchedule([subscription()], inArrears, '2026-01', '2026-04');
    expect(totals.map((t) => [t.billedToDateMinor, t.deferredMinor, t.unbilledMinor])).toEqual([
      [0, 0, 101_917],
      [0, 0, 193_972],
      [0, 0, 295_890],
      [300_000, 0, 94_520],
    ]);
  });

  it('splits the contract billing over obligations by allocation, exactly; the contract total is its net position', () => {
    const setup: ObligationTerms = {
      id: 'setup',
      pattern: 'POINT_IN_TIME',
      transferDate: '2026-01-20',
      revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 300_000, treatment: 'INITIAL' }],
    };
    const schedule = contractSchedule(
      [subscription(), setup],
      [{ date: '2026-01-01', amountMinor: 750_000 }],
      '2026-01',
      '2026-01',
    );
    const [sub, once] = schedule.obligations.map((o) => o.rows[0]);
    expect(sub).toMatchObject({
      billedToDateMinor: 600_000,
      recognizedToDateMinor: 101_917,
      deferredMinor: 498_083,
      unbilledMinor: 0,
    });
    expect(once).toMatchObject({
      billedToDateMinor: 150_000,
      recognizedToDateMinor: 300_000,
      deferredMinor: 0,
      unbilledMinor: 150_000,
    });
    // The contract nets the setup billed behind against the subscription billed ahead.
    expect(schedule.totals[0]).toMatchObject({
      recognizedMinor: 401_917,
      billedToDateMinor: 750_000,
      deferredMinor: 348_083,
      unbilledMinor: 0,
    });
  });

  it('splits by largest remainder (33,334 / 33,333 / 33,333), and all to the first obligation before any allocation', () => {
    const three = ['a', 'b', 'c'].map((id) =>
      subscription({ id, revisions: [{ effectiveDate: '2026-02-01', allocatedMinor: 100_000, treatment: 'INITIAL' }] }),
    );
    const schedule = contractSchedule(three, [{ date: '2026-01-15', amountMinor: 100_000 }], '2026-01', '2026-02');
    expect(schedule.obligations.map((o) => o.rows[0].billedToDateMinor)).toEqual([100_000, 0, 0]);
    expect(schedule.obligations.map((o) => o.rows[1].billedToDateMinor)).toEqual([33_334, 33_333, 33_333]);
  });
});

describe('revenue summary', () => {
  it('a 12-month subscription of 12,000.00 has MRR 1,000.00 and ARR 12,000.00 exactly', () => {
    expect(revenueSummary([subscription()], quarterlyInAdvance, '2026-06-15')).toEqual({
      recognizedToDateMinor: 545_753, // 166 / 365
      billedToDateMinor: 600_000,
      deferredMinor: 54_247,
      unbilledMinor: 0,
      mrrMinor: 100_000,
      arrMinor: 1_200_000,
    });
  });

  it('a 24-month subscription of 30,000.00: MRR 1,250.00, ARR 15,000.00; a mid-month start counts whole months from its start', () => {
    const twoYears = subscription({
      endDate: '2027-12-31',
      revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 3_000_000, treatment: 'INITIAL' }],
    });
    expect(revenueSummary([twoYears], [], '2027-03-01')).toMatchObject({ mrrMinor: 125_000, arrMinor: 1_500_000 });
    const midMonth = subscription({ startDate: '2026-01-15', endDate: '2027-01-14' });
    expect(revenueSummary([midMonth], [], '2026-01-15')).toMatchObject({ mrrMinor: 100_000, arrMinor: 1_200_000 });
  });

  it('leftover days count as a share of their month: 12 + 15/31 months; halves round up', () => {
    const longer = subscription({
      endDate: '2027-01-15',
      revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 1_000_000, treatment: 'INITIAL' }],
    });
    // 1,000,000 × 31 / 387 = 80,103.36; × 12 = 961,240.31
    expect(revenueSummary([longer], [], '2026-05-01')).toMatchObject({ mrrMinor: 80_103, arrMinor: 961_240 });
    const twoMonths = subscription({
      endDate: '2026-02-28',
      revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 300_001, treatment: 'INITIAL' }],
    });
    expect(revenueSummary([twoMonths], [], '2026-01-10')).toMatchObject({ mrrMinor: 150_001, arrMinor: 1_800_006 });
  });

  it('counts only RATABLE obligations in service on the day', () => {
    const licence: ObligationTerms = {
      id: 'licence',
      pattern: 'POINT_IN_TIME',
      transferDate: '2026-01-01',
      revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 50_000, treatment: 'INITIAL' }],
    };
    const summary = revenueSummary([subscription(), licence], [], '2027-01-01');
    expect(summary).toMatchObject({
      recognizedToDateMinor: 1_250_000,
      unbilledMinor: 1_250_000,
      mrrMinor: 0,
      arrMinor: 0,
    });
  });
});

describe('invalid input', () => {
  it('refuses with a ScheduleError naming what is wrong', () => {
    expect(() => recognizedThrough(subscription({ startDate: null }), '2026-01-01')).toThrow(ScheduleError);
    expect(() => recognizedThrough(subscription({ endDate: undefined }), '2026-01-01')).toThrow(
      /endDate of RATABLE obligation subscription/,
    );
    expect(() =>
      recognizedThrough(subscription({ startDate: '2026-12-31', endDate: '2026-01-01' }), '2026-01-01'),
    ).toThrow(/ends \(2026-01-01\) before it starts/);
    const zeroTotal: ObligationTerms = {
      id: 'build',
      pattern: 'INPUT_METHOD',
      progress: [{ asOf: '2026-01-31', completedUnits: 1, totalUnits: 0 }],
      revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 1_000, treatment: 'INITIAL' }],
    };
    expect(() => recognizedThrough(zeroTotal, '2026-02-01')).toThrow(/build: totalUnits must be more than 0/);
    expect(() =>
      recognizedThrough(
        { ...zeroTotal, progress: [{ asOf: '2026-01-31', completedUnits: -1, totalUnits: 10 }] },
        '2026-02-01',
      ),
    ).toThrow(/completedUnits must be 0 or more/);
    expect(() => recognizedThrough(subscription({ revisions: [] }), '2026-01-01')).toThrow(
      /at least one allocation revision/,
    );
    expect(() =>
      allocationOn(
        subscription({ revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 10.5, treatment: 'INITIAL' }] }),
        '2026-01-01',
      ),
    ).toThrow(/allocatedMinor .* minor units/);
    expect(() => recognizedThrough(subscription(), '2026-02-30')).toThrow(/date YYYY-MM-DD, got 2026-02-30/);
    expect(() => contractSchedule([subscription()], [], '2026-03', '2026-01')).toThrow(
      /toMonth 2026-01 is before fromMonth 2026-03/,
    );
    expect(() => contractSchedule([subscription(), subscription()], [], '2026-01', '2026-01')).toThrow(/unique/);
    expect(() => revenueSummary([subscription()], [{ date: '2026-01-01', amountMinor: 1.5 }], '2026-01-01')).toThrow(
      /billing of 2026-01-01/,
    );
  });
});
