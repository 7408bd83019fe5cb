import {
  type ForecastContract,
  ForecastError,
  type ForecastPeriod,
  forecastDeferredRevenue,
} from '../../../../../subgraphs/contract/revrec/forecastDeferredRevenue';
import type { ObligationTerms } from '../../../../../subgraphs/contract/revrec/types';

function ratable(id: string, startDate: string, endDate: string, allocatedMinor: number): ObligationTerms {
  return {
    id,
    pattern: 'RATABLE',
    startDate,
    endDate,
    revisions: [{ effectiveDate: startDate, allocatedMinor, treatment: 'INITIAL' }],
  };
}

const column = (periods: ForecastPeriod[], field: keyof ForecastPeriod) => periods.map((p) => p[field]);

// 12 000.00 over the 365 days of 2026: recognised through a day is floor(1 200 000 × days so far / 365).
const subscription2026: ForecastContract = {
  id: 'annual',
  currency: 'EUR',
  startDate: '2026-01-01',
  endDate: '2026-12-31',
  obligations: [ratable('saas', '2026-01-01', '2026-12-31', 12_000_00)],
  billings: [{ date: '2026-01-01', amountMinor: 12_000_00 }],
};

// Six months of service for 6 000.00 plus a 500.00 setup delivered on Jan 15, all billed up front.
function halfYear(renewal?: ForecastContract['renewal']): ForecastContract {
  return {
    id: 'half-year',
    currency: 'EUR',
    startDate: '2026-01-01',
    endDate: '2026-06-30',
    obligations: [
      ratable('saas', '2026-01-01', '2026-06-30', 6_000_00),
      {
        id: 'setup',
        pattern: 'POINT_IN_TIME',
        transferDate: '2026-01-15',
        revisions: [{ effectiveDate: '2026-01-01', allocatedMinor: 500_00, treatment: 'INITIAL' }],
      },
    ],
    billings: [{ date: '2026-01-01', amountMinor: 6_500_00 }],
    renewal,
  };
}
const halfYearContracted = [4_972_38, 4_044_20, 3_016_58, 2_022_10, 994_48, 0, 0, 0, 0, 0, 0, 0];
// The renewal, Jul 1..Dec 31 (184 days), 6 000.00 of service only (the setup is one-off), billed Jul 1.
const renewalDeferred = [0, 0, 0, 0, 0, 0, 4_989_14, 3_978_27, 3_000_00, 1_989_14, 1_010_87, 0];

describe('deferred revenue forecast: the contracted position', () => {
  it('a 12-month subscription billed annually in advance runs down to 0 by its last day, to the cent', () => {
    const periods = forecastDeferredRevenue([subscription2026], '2026-01', 12);
    expect(column(periods, 'month')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    expect(column(periods, 'contractedDeferredMinor')).toEqual([
      10_980_83, 10_060_28, 9_041_10, 8_054_80, 7_035_62, 6_049_32, 5_030_14, 4_010_96, 3_024_66, 2_005_48, 1_019_18, 0,
    ]);
    expect(column(periods, 'renewalDeferredMinor')).toEqual(Array(12).fill(0));
    expect(periods.every((p) => p.totalDeferredMinor === p.contractedDeferredMinor && p.currency === 'EUR')).toBe(true);
  });

  it('nothing is deferred before the first billing or after the term', () => {
    const periods = forecastDeferredRevenue([subscription2026], '2025-12', 14);
    expect(periods[0]).toEqual({
      month: '2025-12',
      currency: 'EUR',
      contractedDeferredMinor: 0,
      renewalDeferredMinor: 0,
      totalDeferredMinor: 0,
    });
    expect(periods[1].contractedDeferredMinor).toBe(10_980_83);
    expect(periods[13]).toMatchObject({ month: '2027-01', totalDeferredMinor: 0 });
  });

  it('quarterly billing in advance builds up at each invoice and runs down within the quarter', () => {
    const quarterly = {
      ...subscription2026,
      billings: ['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01'].map((date) => ({
        date,
        amountMinor: 3_000_00,
      })),
    };
    expect(column(forecastDeferredRevenue([quarterly], '2026-01', 12), 'contractedDeferredMinor')).toEqual([
      1_980_83, 1_060_28, 41_10, 2_054_80, 1_035_62, 49_32, 2_030_14, 1_010_96, 24_66, 2_005_48, 1_019_18, 0,
    ]);
  });
});

describe('deferred revenue forecast: renewals', () => {
  it('LIKELY 0.9: after the end, 90% of the renewal’s deferred, rounded half up; the one-off setup does not renew', () => {
    const periods = forecastDeferredRevenue([halfYear({ signal: 'LIKELY', probability: 0.9 })], '2026-01', 12);
    expect(column(periods, 'contractedDeferredMinor')).toEqual(halfYearContracted);
    // 4 989.14 × 0.9 = 4 490.226 -> 4 490.23; 1 010.87 × 0.9 = 909.783 -> 909.78.
    expect(column(periods, 'renewalDeferredMinor')).toEqual([
      0, 0, 0, 0, 0, 0, 4_490_23, 3_580_44, 2_700_00, 1_790_23, 909_78, 0,
    ]);
    expect(periods.every((p) => p.totalDeferredMinor === p.contractedDeferredMinor + p.renewalDeferredMinor)).toBe(
      true,
    );
  });

  it('CHURNING 0.1 adds 10% of it', () => {
    const periods = forecastDeferredRevenue([halfYear({ signal: 'CHURNING', probability: 0.1 })], '2026-01', 12);
    expect(column(periods, 'renewalDeferredMinor')).toEqual(renewalDeferred.map((amount) => Math.round(amount / 10)));
    expect(column(periods, 'renewalDeferredMinor')).toEqual([
      0, 0, 0, 0, 0, 0, 498_91, 397_83, 300_00, 198_91, 101_09, 0,
    ]);
  });

  it('no intent adds nothing, and neither does an intent for a contract ending after the horizon', () => {
    expect(column(forecastDeferredRevenue([halfYear()], '2026-01', 12), 'renewalDeferredMinor')).toEqual(
      Array(12).fill(0),
    );
    expect(column(forecastDeferredRevenue([halfYear(null)], '2026-01', 12), 'totalDeferredMinor')).toEqual(
      halfYearContracted,
    );
    expect(
      column(
        forecastDeferredRevenue([halfYear({ signal: 'LIKELY', probability: 1 })], '2026-01', 5),
        'renewalDeferredMinor',
      ),
    ).toEqual([0, 0, 0, 0, 0]);
  });

  it('renews at the allocation in force on the end date, billed in the original billings’ proportions', () => {
    const contract: ForecastContract = {
      ...halfYear({ signal: 'AT_RISK', probability: 0.9 }),
      obligations: [
        {
          ...ratable('saas', '2026-01-01', '2026-06-30', 6_000_00),
          revisions: [
            { effectiveDate: '2026-01-01', allocatedMinor: 6_000_00, treatment: 'INITIAL' },
            { effectiveDate: '2026-04-01', allocatedMinor: 7_200_00, treatment: 'PROSPECTIVE' },
          ],
        },
      ],
      billings: [
        { date: '2026-01-01', amountMinor: 3_000_00 },
        { date: '2026-04-01', amountMinor: 3_000_00 },
        { date: '2026-07-01', amountMinor: 1_200_00 },
      ],
    };
    // Renewal: 7 200.00 over Jul 1..Dec 31, billed 3 600.00 on Jul 1 and on Oct 1 (the Jul 1 true-up is after the term).
    // Jul 31: 3 600.00 − floor(720 000 × 31 / 184) = 2 386.96, × 0.9 = 2 148.264; Sep 30: half recognised, half billed;
    // Nov 30: 7 200.00 − 5 986.95 = 1 213.05, × 0.9 = 1 091.745 -> 1 091.75.
    const renewal = column(forecastDeferredRevenue([contract], '2026-06', 7), 'renewalDeferredMinor');
    expect(renewal).toEqual([0, 2_148_26, 1_056_53, 0, 2_148_26, 1_091_75, 0]);
  });

  it('a term that is not whole months renews by days, and rounding is half up on the exact product', () => {
    // Jan 10..Feb 8 is 30 days; the renewal runs Feb 9..Mar 10, billed 135 on Feb 9.
    const thirtyDays: ForecastContract = {
      id: 'thirty-days',
      currency: 'EUR',
      startDate: '2026-01-10',
      endDate: '2026-02-08',
      obligations: [ratable('saas', '2026-01-10', '2026-02-08', 135)],
      billings: [{ date: '2026-01-10', amountMinor: 135 }],
      renewal: { signal: 'AT_RISK', probability: 0.7 },
    };
    const periods = forecastDeferredRevenue([thirtyDays], '2026-01', 3);
    expect(column(periods, 'contractedDeferredMinor')).toEqual([135 - 99, 0, 0]);
    // Feb 28: 135 − 135 × 20 / 30 = 45; 45 × 0.7 = 31.5 -> 32 (in floating point 31.499999999999996).
    expect(column(periods, 'renewalDeferredMinor')).toEqual([0, 32, 0]);
  });
});

describe('deferred revenue forecast: periods and input', () => {
  it('keeps currencies apart, one period per month and currency, by month then currency', () => {
    const usd: ForecastContract = {
      ...subscription2026,
      id: 'usd',
      currency: 'USD',
      obligations: [ratable('saas', '2026-01-01', '2026-12-31', 3_650_00)],
      billings: [{ date: '2026-01-01', amountMinor: 3_650_00 }],
    };
    const periods = forecastDeferredRevenue(
      [usd, subscription2026, { ...subscription2026, id: 'annual-2' }],
      '2026-01',
      2,
    );
    expect(periods.map((p) => [p.month, p.currency, p.totalDeferredMinor])).toEqual([
      ['2026-01', 'EUR', 2 * 10_980_83],
      ['2026-01', 'USD', 3_650_00 - 31 * 10_00],
      ['2026-02', 'EUR', 2 * 10_060_28],
      ['2026-02', 'USD', 3_650_00 - 59 * 10_00],
    ]);
    expect(forecastDeferredRevenue([], '2026-01', 2)).toEqual([]);
  });

  it('refuses a horizon it cannot forecast, with the reason', () => {
    for (const months of [0, 61, 1.5, NaN])
      expect(() => forecastDeferredRevenue([], '2026-01', months)).toThrow(ForecastError);
    expect(() => forecastDeferredRevenue([], '2026-01', 61)).toThrow(/from 1 to 60/);
    expect(forecastDeferredRevenue([subscription2026], '2026-01', 60)).toHaveLength(60);
    for (const fromMonth of ['2026-13', '2026-1', '2026-01-01', ''])
      expect(() => forecastDeferredRevenue([], fromMonth, 12)).toThrow(/YYYY-MM/);
    expect(() => forecastDeferredRevenue([halfYear({ signal: 'LIKELY', probability: 1.2 })], '2026-01', 12)).toThrow(
      /probability must be from 0 to 1/,
    );
    expect(() => forecastDeferredRevenue([{ ...subscription2026, endDate: '2025-12-31' }], '2026-01', 12)).toThrow(
      /start before end/,
    );
  });
});
