import { parseMoney } from '../../../lib/money';
import {
  CREDIT_LIMIT_POLICY,
  SCORE_BANDS,
  bandLimit,
  limitChangeNeedsApproval,
  scoreBand,
} from '../../../policies/creditLimits';

const eur = (amount: string) => parseMoney({ amount, currency: 'EUR' });

describe('score bands', () => {
  it('place every score from 1 to 100 in exactly one band', () => {
    for (let score = 1; score <= 100; score += 1)
      expect([score, SCORE_BANDS.filter((band) => score >= band.from && score <= band.to).length]).toEqual([score, 1]);
    const covered = SCORE_BANDS.flatMap((band) =>
      Array.from({ length: band.to - band.from + 1 }, (_, i) => band.from + i),
    );
    expect(covered.sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it.each([
    [1, 'E'],
    [20, 'E'],
    [21, 'D'],
    [40, 'D'],
    [41, 'C'],
    [60, 'C'],
    [61, 'B'],
    [80, 'B'],
    [81, 'A'],
    [100, 'A'],
  ])('puts %i in band %s', (score, band) => {
    expect(scoreBand(score)).toBe(band);
  });

  it.each([0, 101, 50.5, -3, Number.NaN])('refuses %p as a score', (score) => {
    expect(() => scoreBand(score)).toThrow('a credit score is a whole number from 1 to 100');
  });
});

describe('band limits', () => {
  it('give each band its limit in the currency, at the edges of the bands', () => {
    expect(bandLimit(80, 'EUR')).toEqual(eur('150000.00'));
    expect(bandLimit(81, 'EUR')).toEqual(eur('500000.00'));
    expect(bandLimit(20, 'USD')).toEqual({ minor: 0, currency: 'USD' });
    expect(bandLimit(21, 'USD')).toEqual({ minor: 1_000_000, currency: 'USD' });
    expect(bandLimit(100, 'JPY')).toEqual({ minor: 75_000_000, currency: 'JPY' });
  });

  it('give nothing in a currency the policy has no limits in', () => {
    expect(bandLimit(90, 'NOK')).toBeUndefined();
    expect(bandLimit(90, 'constructor')).toBeUndefined();
  });

  it('are amounts every currency can be read in, rising with the band', () => {
    for (const [currency, rules] of Object.entries(CREDIT_LIMIT_POLICY.currencies)) {
      const limits = SCORE_BANDS.map(({ band }) => parseMoney({ amount: rules.limits[band], currency }).minor);
      expect([currency, limits]).toEqual([currency, [...limits].sort((a, b) => b - a)]);
      expect(parseMoney({ amount: rules.approvalAbove, currency }).minor).toBeGreaterThan(0);
    }
  });
});

describe('the approval threshold', () => {
  it('lets one person raise a limit by up to the threshold, and not a cent more', () => {
    expect(limitChangeNeedsApproval(eur('10000.00'), eur('60000.00'))).toBe(false);
    expect(limitChangeNeedsApproval(eur('10000.00'), eur('60000.01'))).toBe(true);
    expect(limitChangeNeedsApproval(null, eur('50000.00'))).toBe(false);
    expect(limitChangeNeedsApproval(null, eur('50000.01'))).toBe(true);
  });

  it('never holds back lowering a limit, or setting it again', () => {
    expect(limitChangeNeedsApproval(eur('900000.00'), eur('0.00'))).toBe(false);
    expect(limitChangeNeedsApproval(eur('900000.00'), eur('900000.00'))).toBe(false);
  });

  it('holds back a move to another currency, and any raise in a currency without a threshold', () => {
    expect(limitChangeNeedsApproval(eur('100000.00'), { minor: 100, currency: 'USD' })).toBe(true);
    expect(limitChangeNeedsApproval({ minor: 100, currency: 'NOK' }, { minor: 200, currency: 'NOK' })).toBe(true);
    expect(limitChangeNeedsApproval({ minor: 200, currency: 'NOK' }, { minor: 100, currency: 'NOK' })).toBe(false);
  });

  it('reads the threshold of the currency: 40,000 GBP, 7,500,000 JPY', () => {
    expect(limitChangeNeedsApproval(null, { minor: 4_000_000, currency: 'GBP' })).toBe(false);
    expect(limitChangeNeedsApproval(null, { minor: 4_000_001, currency: 'GBP' })).toBe(true);
    expect(limitChangeNeedsApproval({ minor: 1, currency: 'JPY' }, { minor: 7_500_001, currency: 'JPY' })).toBe(false);
    expect(limitChangeNeedsApproval({ minor: 0, currency: 'JPY' }, { minor: 7_500_001, currency: 'JPY' })).toBe(true);
  });
});
