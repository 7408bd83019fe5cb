/**
 * Deferred-revenue forecast per month and currency, from the signed contracts and the renewal
 * intent the CRM signals for them.
 *
 * The model:
 * - Deferred revenue at a month's end is, per contract, max(billed through that day − recognised
 *   through that day, 0): the contract's net position, so revenue recognised ahead of billing (a
 *   contract asset) is not deferred revenue and does not offset another contract's.
 * - Contracted: the signed contracts, their obligations and billing schedules as given, future
 *   billings included.
 * - Renewal: a contract that ends within the horizon and has a renewal intent is assumed renewed
 *   once, for the same term, from the day after its end. Only its RATABLE obligations renew (they
 *   are the recurring service; POINT_IN_TIME and INPUT_METHOD work is one-off), each at the
 *   allocation in force on the contract's end date, its service period shifted to the renewal term.
 *   The renewal is billed on the dates the original term was billed on, shifted the same way, with
 *   amounts in the original billings' proportions adding up to the renewed allocation (nothing
 *   billed in the original term: nothing to repeat, no renewal deferred). Dates shift by the
 *   term's whole months when the term is whole months (so month ends stay month ends), else by its
 *   days. The renewal's own deferred position is weighted by the renewal probability and
 *   rounded half up to the minor unit (the probability read to six decimals, so this is exact
 *   integer arithmetic); the CRM's signal label itself weighs nothing.
 * - No intent, no renewal: the forecast never assumes a renewal nobody signalled. A renewal is
 *   not renewed again within the horizon: the signal speaks for the coming renewal only.
 * Currencies are never mixed: there is one period, zeros included, per month of the horizon and
 * currency of the contracts, in month then currency order.
 */
import { DomainRefusal } from '../../../lib/domainRefusal';
import {
  addDays,
  addMonths,
  daysBetween,
  firstDayOfMonth,
  isIsoDate,
  isIsoMonth,
  lastDayOfMonth,
  nextMonth,
} from '../../../lib/calendar';
import { splitByWeight } from './allocateTransactionPrice';
import { allocationOn, recognizedThrough } from './revenueSchedule';
import type { RenewalSignal } from '../generated/enums';
import type { Billing, ObligationTerms } from './types';

export interface RenewalIntent {
  signal: RenewalSignal;
  /** Of renewal, 0..1. */
  probability: number;
}

export interface ForecastContract {
  id: string;
  currency: string;
  startDate: string;
  endDate: string;
  obligations: readonly ObligationTerms[];
  billings: readonly Billing[];
  renewal?: RenewalIntent | null;
}

export interface ForecastPeriod {
  month: string;
  currency: string;
  contractedDeferredMinor: number;
  renewalDeferredMinor: number;
  totalDeferredMinor: number;
}

export class ForecastError extends DomainRefusal {}

const MAX_MONTHS = 60;
// Probabilities are read to six decimals: 45 × 0.7 is 31.4999… in floating point, and must round to 32.
const PROBABILITY_SCALE = 1_000_000n;

interface Position {
  obligations: readonly ObligationTerms[];
  billings: readonly Billing[];
}

function checkHorizon(fromMonth: string, months: number): void {
  if (!isIsoMonth(fromMonth)) throw new ForecastError(`fromMonth must be a month as YYYY-MM, not ${fromMonth}`);
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS)
    throw new ForecastError(`months must be a whole number from 1 to ${MAX_MONTHS}, not ${months}`);
}

function checkContract(contract: ForecastContract): void {
  const { id, startDate, endDate, renewal } = contract;
  if (!isIsoDate(startDate) || !isIsoDate(endDate) || endDate < startDate)
    throw new ForecastError(`contract ${id} needs a term of ISO dates, start before end`);
  if (renewal && !(renewal.probability >= 0 && renewal.probability <= 1))
    throw new ForecastError(`contract ${id}: the renewal probability must be from 0 to 1, not ${renewal.probability}`);
}

function horizonMonths(fromMonth: string, months: number): string[] {
  const all = [fromMonth];
  while (all.length < months) all.push(nextMonth(all[all.length - 1]));
  return all;
}

function deferredAt(position: Position, date: string): number {
  const billed = position.billings.filter((b) => b.date <= date).reduce((sum, b) => sum + b.amountMinor, 0);
  const recognised = position.obligations.reduce((sum, o) => sum + recognizedThrough(o, date), 0);
  return Math.max(billed - recognised, 0);
}

/** The term's length in calendar months when it is exactly that (Jan 1..Dec 31 is 12), else null. */
function wholeMonthsOf(startDate: string, endDate: string): number | null {
  const dayAfter = addDays(endDate, 1);
  const months =
    (Number(dayAfter.slice(0, 4)) - Number(startDate.slice(0, 4))) * 12 +
    Number(dayAfter.slice(5, 7)) -
    Number(startDate.slice(5, 7));
  return months > 0 && addMonths(startDate, months) === dayAfter ? months : null;
}

/** Moves a date of the original term to the same place in the renewal term. */
function shiftByTerm(contract: ForecastContract): (date: string) => string {
  const months = wholeMonthsOf(contract.startDate, contract.endDate);
  if (months !== null) return (date) => addMonths(date, months);
  const days = daysBetween(contract.startDate, contract.endDate) + 1;
  return (date) => addDays(date, days);
}

function renewalOf(contract: ForecastContract): Position | null {
  const shift = shiftByTerm(contract);
  // A last day shifts as the day after it does, so Mar 31 + 1 month is Apr 30, not May 1.
  const shiftLastDay = (date: string) => addDays(shift(addDays(date, 1)), -1);
  const obligations: ObligationTerms[] = contract.obligations
    .filter((o) => o.pattern === 'RATABLE')
    // allocationOn validates the obligation, so a RATABLE one has both dates from here on.
    .map((o) => ({ o, allocatedMinor: allocationOn(o, contract.endDate) }))
    .filter(({ allocatedMinor }) => allocatedMinor > 0)
    .map(({ o, allocatedMinor }) => {
      const startDate = shift(o.startDate as string);
      return {
        id: o.id,
        pattern: 'RATABLE',
        startDate,
        endDate: shiftLastDay(o.endDate as string),
        revisions: [{ effectiveDate: startDate, allocatedMinor, treatment: 'INITIAL' }],
      };
    });
  if (obligations.length === 0) return null;

  const termBillings = contract.billings.filter((b) => b.date >= contract.startDate && b.date <= contract.endDate);
  // Nothing billed in the original term: no billing dates to repeat, so the renewal never defers anything.
  if (termBillings.reduce((sum, b) => sum + b.amountMinor, 0) <= 0) return null;
  const renewedMinor = obligations.reduce((sum, o) => sum + o.revisions[0].allocatedMinor, 0);
  const { amounts } = splitByWeight(
    renewedMinor,
    termBillings.map((b) => b.amountMinor),
  );
  return { obligations, billings: termBillings.map((b, i) => ({ date: shift(b.date), amountMinor: amounts[i] })) };
}

function weighByProbability(amountMinor: number, probability: number): number {
  const scaled = BigInt(Math.round(probability * Number(PROBABILITY_SCALE)));
  return Number((BigInt(amountMinor) * scaled + PROBABILITY_SCALE / 2n) / PROBABILITY_SCALE);
}

function periodKey(month: string, currency: string): string {
  return `${month} ${currency}`;
}

export function forecastDeferredRevenue(
  contracts: readonly ForecastContract[],
  fromMonth: string,
  months: number,
): ForecastPeriod[] {
  checkHorizon(fromMonth, months);
  contracts.forEach(checkContract);
  const horizon = horizonMonths(fromMonth, months);
  const horizonStart = firstDayOfMonth(horizon[0]);
  const horizonEnd = lastDayOfMonth(horizon[horizon.length - 1]);

  const periods = new Map<string, ForecastPeriod>();
  const currencies = [...new Set(contracts.map((c) => c.currency))].sort();
  for (const month of horizon) {
    for (const currency of currencies)
      periods.set(periodKey(month, currency), {
        month,
        currency,
        contractedDeferredMinor: 0,
        renewalDeferredMinor: 0,
        totalDeferredMinor: 0,
      });
  }

  for (const contract of contracts) {
    const endsInHorizon = contract.endDate >= horizonStart && contract.endDate <= horizonEnd;
    const intent = endsInHorizon ? contract.renewal : null;
    const renewal = intent ? renewalOf(contract) : null;
    for (const month of horizon) {
      const monthEnd = lastDayOfMonth(month);
      const period = periods.get(periodKey(month, contract.currency)) as ForecastPeriod;
      const contracted = deferredAt(contract, monthEnd);
      const renewed = intent && renewal ? weighByProbability(deferredAt(renewal, monthEnd), intent.probability) : 0;
      period.contractedDeferredMinor += contracted;
      period.renewalDeferredMinor += renewed;
      period.totalDeferredMinor += contracted + renewed;
    }
  }
  return [...periods.values()];
}
