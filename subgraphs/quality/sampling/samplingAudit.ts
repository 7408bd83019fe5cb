/**
 * Statistical sampling audit: how many records to check by hand, which ones, and what the errors
 * found say about the whole population.
 *
 * - Sample size by Cochran (1977, "Sampling Techniques", 3rd ed., chapter 4): for a
 *   proportion, n0 = z² p (1 − p) / e², with the finite population correction n = n0 / (1 + (n0 − 1) / N),
 *   rounded up. p = 0.5 when nothing is known gives the largest, safest sample.
 * - z from the inverse normal distribution by Acklam's rational approximation (P. J. Acklam, "An
 *   algorithm for computing the inverse normal cumulative distribution function", 2003; relative
 *   error below 1.15e-9), two-sided: the confidence is the probability between −z and z.
 * - The sample is a seeded partial Fisher-Yates shuffle (Durstenfeld 1964, Algorithm 235), so that
 *   an auditor can redraw exactly the same records from the same population and seed; the seed
 *   text is hashed with 32-bit FNV-1a into the mulberry32 generator of lib/rng.
 * - The error rate's confidence interval is Wilson's score interval (Wilson 1927, JASA 22), which,
 *   unlike the normal approximation, stays within [0, 1] and is honest with few or no errors found
 *   (Brown, Cai and DasGupta 2001, Statistical Science 16).
 */
import { createRng } from '../../../lib/rng';

export interface ErrorRateEstimate {
  sampleSize: number;
  errors: number;
  rate: number;
  lower: number;
  upper: number;
  confidence: number;
  method: 'WILSON';
}

export class SamplingError extends Error {}

/** Acklam's coefficients: central region numerator a, denominator b; tail numerator c, denominator d. */
const ACKLAM_A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
];
const ACKLAM_B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1,
];
const ACKLAM_C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
/** Below this tail probability Acklam switches from the central to the tail approximation. */
const ACKLAM_TAIL = 0.02425;

/** Two-sided critical value: P(−z < Z < z) = confidence for a standard normal Z. */
export function zScore(confidence: number): number {
  assertProbability(confidence, 'confidence');
  // The upper tail beyond z, computed from the confidence directly to keep precision near 1.
  const tail = (1 - confidence) / 2;
  if (tail >= ACKLAM_TAIL) {
    const q = confidence / 2; // Φ(z) − 0.5
    const r = q * q;
    return (polynomial(ACKLAM_A, r) * q) / (polynomial(ACKLAM_B, r) * r + 1);
  }
  const q = Math.sqrt(-2 * Math.log(tail));
  return -polynomial(ACKLAM_C, q) / (polynomial(ACKLAM_D, q) * q + 1);
}

/** Records to check so that the error rate is known within ±margin at the given confidence. */
export function sampleSize(
  populationSize: number,
  confidence: number,
  margin: number,
  expectedErrorRate = 0.5,
): number {
  assertCount(populationSize, 'populationSize');
  assertProbability(confidence, 'confidence');
  assertProbability(margin, 'margin');
  assertProbability(expectedErrorRate, 'expectedErrorRate');
  if (populationSize === 0) return 0;
  const z = zScore(confidence);
  const infinitePopulation = (z * z * expectedErrorRate * (1 - expectedErrorRate)) / (margin * margin);
  const corrected = infinitePopulation / (1 + (infinitePopulation - 1) / populationSize);
  return Math.min(Math.ceil(corrected), populationSize);
}

/** A simple random sample without replacement, the same for the same population order and seed, in population order. */
export function drawSample<T>(population: readonly T[], size: number, seed: string): T[] {
  assertCount(size, 'size');
  if (size > population.length)
    throw new SamplingError(`cannot draw ${size} from a population of ${population.length}`);
  if (seed === '')
    throw new SamplingError('seed must not be empty: an audit sample has to be reproducible from its seed');
  const rng = createRng(fnv1a(seed));
  const indexes = population.map((_, i) => i);
  // Only the first `size` positions need shuffling.
  for (let i = 0; i < size; i += 1) {
    const j = rng.int(i, indexes.length - 1);
    [indexes[i], indexes[j]] = [indexes[j], indexes[i]];
  }
  return indexes
    .slice(0, size)
    .sort((a, b) => a - b)
    .map((i) => population[i]);
}

export function estimateErrorRate(errors: number, sampleSize: number, confidence: number): ErrorRateEstimate {
  assertCount(sampleSize, 'sampleSize');
  if (sampleSize === 0) throw new SamplingError('sampleSize must be at least 1 to estimate an error rate');
  assertCount(errors, 'errors');
  if (errors > sampleSize) throw new SamplingError(`errors (${errors}) cannot exceed sampleSize (${sampleSize})`);
  assertProbability(confidence, 'confidence');
  const z = zScore(confidence);
  const rate = errors / sampleSize;
  const zz = (z * z) / sampleSize;
  const centre = (rate + zz / 2) / (1 + zz);
  const halfWidth = (z / (1 + zz)) * Math.sqrt((rate * (1 - rate)) / sampleSize + zz / (4 * sampleSize));
  return {
    sampleSize,
    errors,
    rate,
    // At 0 or all errors the bound is exactly 0 or 1; floating point would leave dust.
    lower: errors === 0 ? 0 : centre - halfWidth,
    upper: errors === sampleSize ? 1 : centre + halfWidth,
    confidence,
    method: 'WILSON',
  };
}

/** Horner's rule, highest power first. */
function polynomial(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, coefficient) => sum * x + coefficient, 0);
}

/** 32-bit FNV-1a over the UTF-16 code units: a short text seed becomes a generator state. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

function assertProbability(value: number, name: string): void {
  if (!(value > 0 && value < 1)) throw new SamplingError(`${name} must be strictly between 0 and 1, got ${value}`);
}

function assertCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0)
    throw new SamplingError(`${name} must be a non-negative integer, got ${value}`);
}
