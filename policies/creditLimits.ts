import { parseMoney, type MinorMoney } from '../lib/money';

/**
 * The credit-limit rules, as data a credit committee reads and signs off: which limit each band of
 * credit scores earns, and which raise of a limit is too large for one person to make alone.
 *
 * Amounts are per currency, written out for each: Custos has no booking exchange rates (the ones
 * in lib/referenceRates.ts rank, they never price), so a limit is never converted. A customer's
 * limit stays in the currency it has; a customer whose currency has no row here gets no limit from
 * its score band, and any raise of its limit waits for a second person.
 */

export const SCORE_BANDS = [
  { band: 'A', from: 81, to: 100 },
  { band: 'B', from: 61, to: 80 },
  { band: 'C', from: 41, to: 60 },
  { band: 'D', from: 21, to: 40 },
  { band: 'E', from: 1, to: 20 },
] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number]['band'];

interface CurrencyRules {
  /** The limit each score band earns, in the currency's major unit. */
  limits: Readonly<Record<ScoreBand, string>>;
  /** A raise of a limit by more than this (from none: by the whole new limit) needs a second person. */
  approvalAbove: string;
}

export interface CreditLimitPolicy {
  version: string;
  approvedBy: string;
  approvedAt: string;
  currencies: Readonly<Record<string, CurrencyRules>>;
}

export const CREDIT_LIMIT_POLICY: CreditLimitPolicy = {
  version: '2026-12-05.1',
  approvedBy: 'Credit committee (initial rules)',
  approvedAt: '2026-12-05',
  currencies: {
    EUR: {
      limits: { A: '500000.00', B: '150000.00', C: '50000.00', D: '10000.00', E: '0.00' },
      approvalAbove: '50000.00',
    },
    USD: {
      limits: { A: '500000.00', B: '150000.00', C: '50000.00', D: '10000.00', E: '0.00' },
      approvalAbove: '50000.00',
    },
    GBP: {
      limits: { A: '400000.00', B: '125000.00', C: '40000.00', D: '8000.00', E: '0.00' },
      approvalAbove: '40000.00',
    },
    CHF: {
      limits: { A: '500000.00', B: '150000.00', C: '50000.00', D: '10000.00', E: '0.00' },
      approvalAbove: '50000.00',
    },
    PLN: {
      limits: { A: '2000000.00', B: '600000.00', C: '200000.00', D: '40000.00', E: '0.00' },
      approvalAbove: '200000.00',
    },
    BRL: {
      limits: { A: '2500000.00', B: '750000.00', C: '250000.00', D: '50000.00', E: '0.00' },
      approvalAbove: '250000.00',
    },
    INR: {
      limits: { A: '40000000.00', B: '12000000.00', C: '4000000.00', D: '800000.00', E: '0.00' },
      approvalAbove: '4000000.00',
    },
    JPY: { limits: { A: '75000000', B: '22000000', C: '7500000', D: '1500000', E: '0' }, approvalAbove: '7500000' },
    CNY: {
      limits: { A: '3500000.00', B: '1000000.00', C: '350000.00', D: '70000.00', E: '0.00' },
      approvalAbove: '350000.00',
    },
    RUB: {
      limits: { A: '45000000.00', B: '13500000.00', C: '4500000.00', D: '900000.00', E: '0.00' },
      approvalAbove: '4500000.00',
    },
    SAR: {
      limits: { A: '2000000.00', B: '600000.00', C: '200000.00', D: '40000.00', E: '0.00' },
      approvalAbove: '200000.00',
    },
    AUD: {
      limits: { A: '750000.00', B: '225000.00', C: '75000.00', D: '15000.00', E: '0.00' },
      approvalAbove: '75000.00',
    },
    CAD: {
      limits: { A: '700000.00', B: '200000.00', C: '70000.00', D: '14000.00', E: '0.00' },
      approvalAbove: '70000.00',
    },
    MXN: {
      limits: { A: '9000000.00', B: '2700000.00', C: '900000.00', D: '180000.00', E: '0.00' },
      approvalAbove: '900000.00',
    },
  },
};

/** A credit score as vendors give it: a whole number from 1 (worst) to 100 (best). */
export function isCreditScore(score: number): boolean {
  return Number.isInteger(score) && score >= 1 && score <= 100;
}

/** The band a score falls in. */
export function scoreBand(score: number): ScoreBand {
  const found = SCORE_BANDS.find((band) => score >= band.from && score <= band.to);
  if (!isCreditScore(score) || !found) throw new RangeError('a credit score is a whole number from 1 to 100');
  return found.band;
}

/** The limit a score earns in `currency`; undefined where the policy has no limits in that currency. */
export function bandLimit(
  score: number,
  currency: string,
  policy: CreditLimitPolicy = CREDIT_LIMIT_POLICY,
): MinorMoney | undefined {
  const rules = Object.hasOwn(policy.currencies, currency) ? policy.currencies[currency] : undefined;
  return rules && parseMoney({ amount: rules.limits[scoreBand(score)], currency });
}

/**
 * Whether changing a limit from `current` (null: none) to `proposed` needs a second person: a raise
 * by more than the currency's threshold, a raise in a currency the policy has no threshold for, or a
 * move to another currency (which no rule here can compare). Lowering a limit never waits.
 */
export function limitChangeNeedsApproval(
  current: MinorMoney | null,
  proposed: MinorMoney,
  policy: CreditLimitPolicy = CREDIT_LIMIT_POLICY,
): boolean {
  if (current && current.currency !== proposed.currency) return true;
  const raise = proposed.minor - (current?.minor ?? 0);
  if (raise <= 0) return false;
  const rules = Object.hasOwn(policy.currencies, proposed.currency) ? policy.currencies[proposed.currency] : undefined;
  if (!rules) return true;
  return raise > parseMoney({ amount: rules.approvalAbove, currency: proposed.currency }).minor;
}
