import { createRng } from '../../../../../lib/rng';
import {
  SamplingError,
  drawSample,
  estimateErrorRate,
  sampleSize,
  zScore,
} from '../../../../../subgraphs/quality/sampling/samplingAudit';

describe('sampling audit: z', () => {
  it('matches the standard normal table to 1e-6 (Acklam is good to about 1e-9)', () => {
    expect(Math.abs(zScore(0.95) - 1.959964)).toBeLessThan(1e-6);
    expect(Math.abs(zScore(0.99) - 2.575829)).toBeLessThan(1e-6);
    expect(Math.abs(zScore(0.9) - 1.644854)).toBeLessThan(1e-6);
    expect(Math.abs(zScore(0.5) - 0.67449)).toBeLessThan(1e-6);
    // In the tail region of the approximation.
    expect(Math.abs(zScore(0.999) - 3.290527)).toBeLessThan(1e-6);
    expect(Math.abs(zScore(0.999999) - 4.891638)).toBeLessThan(1e-6);
  });

  it('grows with the confidence', () => {
    const levels = [0.01, 0.3, 0.8, 0.95, 0.9515, 0.96, 0.999];
    const z = levels.map(zScore);
    for (let i = 1; i < z.length; i += 1) expect(z[i]).toBeGreaterThan(z[i - 1]);
  });

  it('refuses a confidence outside (0, 1)', () => {
    for (const bad of [0, 1, -0.5, 1.5, Number.NaN]) expect(() => zScore(bad)).toThrow(SamplingError);
    expect(() => zScore(1)).toThrow(/confidence must be strictly between 0 and 1, got 1/);
  });
});

describe('sampling audit: sample size', () => {
  it('Cochran with finite population correction: 10,000 records, 95% ± 5% -> 370', () => {
    // n0 = 1.959964² × 0.25 / 0.05² = 384.15; n = 384.15 / (1 + 383.15 / 10,000) = 369.98 -> 370
    expect(sampleSize(10_000, 0.95, 0.05)).toBe(370);
    expect(sampleSize(1_000_000_000, 0.95, 0.05)).toBe(385);
  });

  it('needs a smaller sample when errors are expected to be rare', () => {
    // n0 = 3.8415 × 0.05 × 0.95 / 0.02² = 456.17; n = 456.17 / 1.045517 = 436.31 -> 437
    expect(sampleSize(10_000, 0.95, 0.02, 0.05)).toBe(437);
    expect(sampleSize(10_000, 0.95, 0.02, 0.05)).toBeLessThan(sampleSize(10_000, 0.95, 0.02));
  });

  it('takes most or all of a small population, and never more than there is', () => {
    expect(sampleSize(2_000, 0.95, 0.05)).toBe(323);
    expect(sampleSize(50, 0.95, 0.05)).toBe(45); // 384.15 / (1 + 383.15 / 50) = 44.34
    expect(sampleSize(10, 0.95, 0.05)).toBe(10);
    expect(sampleSize(1, 0.95, 0.05)).toBe(1);
    expect(sampleSize(0, 0.95, 0.05)).toBe(0);
    for (let n = 1; n <= 400; n += 1) expect(sampleSize(n, 0.99, 0.01)).toBeLessThanOrEqual(n);
  });

  it('refuses invalid sizes and rates', () => {
    expect(() => sampleSize(-1, 0.95, 0.05)).toThrow(/populationSize must be a non-negative integer, got -1/);
    expect(() => sampleSize(10.5, 0.95, 0.05)).toThrow(SamplingError);
    expect(() => sampleSize(Number.NaN, 0.95, 0.05)).toThrow(SamplingError);
    expect(() => sampleSize(100, 0.95, 0)).toThrow(/margin/);
    expect(() => sampleSize(100, 0.95, 0.05, 1)).toThrow(/expectedErrorRate/);
    expect(() => sampleSize(100, 95, 0.05)).toThrow(/confidence/);
  });
});

describe('sampling audit: drawing the sample', () => {
  const population = Array.from({ length: 500 }, (_, i) => `INV-${i}`);

  it('is reproducible: the same seed draws the same records, another seed others', () => {
    const first = drawSample(population, 40, 'audit-2026-Q1');
    expect(drawSample(population, 40, 'audit-2026-Q1')).toEqual(first);
    expect(drawSample(population, 40, 'audit-2026-Q2')).not.toEqual(first);
    expect(new Set(first).size).toBe(40);
  });

  it('returns the records in population order', () => {
    const indexes = drawSample(population, 60, 'order').map((id) => Number(id.slice(4)));
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
  });

  it('gives every record about the same chance', () => {
    // 20 records, 5 drawn, 4,000 seeds: each should be drawn about 1,000 times (sd ≈ 27).
    const small = Array.from({ length: 20 }, (_, i) => i);
    const drawn = new Array<number>(20).fill(0);
    for (let s = 0; s < 4_000; s += 1) for (const i of drawSample(small, 5, `seed-${s}`)) drawn[i] += 1;
    for (const count of drawn) {
      expect(count).toBeGreaterThan(880);
      expect(count).toBeLessThan(1_120);
    }
  });

  it('draws nothing or everything at the ends', () => {
    expect(drawSample(population, 0, 'x')).toEqual([]);
    expect(drawSample(population, 500, 'x')).toEqual(population);
    expect(drawSample([], 0, 'x')).toEqual([]);
  });

  it('refuses an impossible size or an empty seed', () => {
    expect(() => drawSample(population, 501, 'x')).toThrow(/cannot draw 501 from a population of 500/);
    expect(() => drawSample(population, -1, 'x')).toThrow(/size must be a non-negative integer/);
    expect(() => drawSample(population, 2.5, 'x')).toThrow(SamplingError);
    expect(() => drawSample(population, 5, '')).toThrow(/seed must not be empty/);
  });
});

describe('sampling audit: the error rate', () => {
  it('Wilson interval for 5 errors in 100 at 95%: [0.0215, 0.1118]', () => {
    const estimate = estimateErrorRate(5, 100, 0.95);
    expect(estimate).toMatchObject({ sampleSize: 100, errors: 5, rate: 0.05, confidence: 0.95, method: 'WILSON' });
    expect(estimate.lower).toBeCloseTo(0.02154, 5);
    expect(estimate.upper).toBeCloseTo(0.11175, 5);
  });

  it('no errors in 50: the lower bound is exactly 0 and the upper still above 0 (0.0713)', () => {
    const estimate = estimateErrorRate(0, 50, 0.95);
    expect(estimate.lower).toBe(0);
    expect(estimate.upper).toBeCloseTo(0.07135, 5);
  });

  it('all in error: the upper bound is exactly 1', () => {
    expect(estimateErrorRate(50, 50, 0.95)).toMatchObject({ rate: 1, upper: 1, lower: expect.closeTo(0.92865, 5) });
  });

  it('refuses impossible counts', () => {
    expect(() => estimateErrorRate(1, 0, 0.95)).toThrow(/sampleSize must be at least 1/);
    expect(() => estimateErrorRate(11, 10, 0.95)).toThrow(/errors \(11\) cannot exceed sampleSize \(10\)/);
    expect(() => estimateErrorRate(-1, 10, 0.95)).toThrow(/errors must be a non-negative integer/);
    expect(() => estimateErrorRate(1, 10, 1)).toThrow(SamplingError);
  });
});

describe('sampling audit: planted errors in 2,000 invoices', () => {
  const rng = createRng(99);
  const planted = 87;
  const errorIds = new Set<number>();
  while (errorIds.size < planted) errorIds.add(rng.int(0, 1_999));
  const invoices = Array.from({ length: 2_000 }, (_, i) => ({ id: `INV-${i}`, inError: errorIds.has(i) }));

  it('sampling everything finds exactly the planted errors', () => {
    const all = drawSample(invoices, invoices.length, 'full-audit');
    const errors = all.filter((invoice) => invoice.inError).length;
    expect(errors).toBe(planted);
    expect(estimateErrorRate(errors, all.length, 0.95).rate).toBe(planted / 2_000);
  });

  it('a Cochran-sized sample brackets the true rate', () => {
    const size = sampleSize(invoices.length, 0.95, 0.05);
    const sample = drawSample(invoices, size, 'audit-2026-03');
    const estimate = estimateErrorRate(sample.filter((invoice) => invoice.inError).length, size, 0.95);
    expect(size).toBe(323);
    expect(estimate.lower).toBeLessThan(planted / 2_000);
    expect(estimate.upper).toBeGreaterThan(planted / 2_000);
  });
});
