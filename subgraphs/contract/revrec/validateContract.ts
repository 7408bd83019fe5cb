/**
 * Rules that keep revenue from being recognised too early (ASC 606-10-25, IFRS 15.22-45). They are
 * returned as a list, never thrown, so the same function rejects a write and lists the problems in
 * data that is already stored.
 *
 * One problem gives one violation: a date that is not real, or a contract ending before it starts, is
 * reported by the rule that reads it and left out of the comparisons that follow, so it does not
 * cascade. Revenue posted for a point-in-time obligation whose transfer date is not real is still
 * reported: nothing shows that control has transferred.
 */
import { isIsoDate, isIsoMonth, monthOf } from '../../../lib/calendar';
import { compareFractions, decimalFraction, type Fraction } from '../../../lib/decimal';
import type { Billing, ObligationTerms, ProgressMeasurement } from './types';

export type ContractRule =
  | 'NO_OBLIGATIONS' // a contract needs at least one performance obligation
  | 'CONTRACT_DATES' // end before start, or not real dates
  | 'BILLING_OUTSIDE_CONTRACT' // a billing date before the start or after the end
  | 'BILLING_NOT_POSITIVE' // a billing amount <= 0
  | 'OBLIGATION_OUTSIDE_CONTRACT' // a RATABLE/INPUT_METHOD period starting before the contract start or ending after its end
  | 'MISSING_SERVICE_PERIOD' // RATABLE without start/end, or start after end
  | 'TRANSFER_BEFORE_START' // POINT_IN_TIME control transfer before the contract start (or after its end)
  | 'PROGRESS_INVALID' // completed > total, total <= 0, negative, decreasing over time, measured before the obligation/contract start
  | 'RECOGNITION_BEFORE_START' // posted revenue in a month before the contract (or the obligation's service period) starts
  | 'RECOGNITION_BEFORE_TRANSFER'; // posted revenue for a POINT_IN_TIME obligation in a month before control transferred (or with no transfer yet)

export interface ContractToValidate {
  startDate: string;
  endDate?: string | null;
  /** What recognition needs of each obligation, less its allocation. */
  obligations: Omit<ObligationTerms, 'revisions'>[];
  billings: readonly Billing[];
  /** Revenue already posted (e.g. from the general ledger), per obligation and month, for existing data. */
  postedRevenue?: readonly { obligationId: string; month: string; amountMinor: number }[];
}

export interface Violation {
  rule: ContractRule;
  /** e.g. "obligations[1].startDate", "billings[0].date" */
  path: string;
  message: string;
}

type Obligation = ContractToValidate['obligations'][number];
type PostedRevenue = NonNullable<ContractToValidate['postedRevenue']>[number];

/** The contract's dates where they are real and in order; null otherwise (reported under CONTRACT_DATES). */
interface Bounds {
  start: string | null;
  end: string | null;
}

/** A date something must not precede, with what it is, for the message. */
interface Limit {
  date: string;
  what: string;
}

function isGiven(value: string | null | undefined): value is string {
  return value !== undefined && value !== null;
}

function realDate(value: string | null | undefined): string | null {
  return isGiven(value) && isIsoDate(value) ? value : null;
}

function isOverTime(obligation: Obligation): boolean {
  return obligation.pattern === 'RATABLE' || obligation.pattern === 'INPUT_METHOD';
}

function named(obligation: Obligation): string {
  return `obligation "${obligation.id}"`;
}

function boundsOf(contract: ContractToValidate): Bounds {
  const start = realDate(contract.startDate);
  const end = realDate(contract.endDate);
  return { start, end: end !== null && (start === null || end >= start) ? end : null };
}

/** The later of the contract start and, for an over-time obligation, its own start. */
function startLimit(obligation: Obligation | undefined, bounds: Bounds): Limit | null {
  const contractStart = bounds.start === null ? null : { date: bounds.start, what: 'the contract starts' };
  if (obligation === undefined || !isOverTime(obligation)) return contractStart;
  const ownStart = realDate(obligation.startDate);
  if (ownStart === null || (contractStart !== null && contractStart.date >= ownStart)) return contractStart;
  return { date: ownStart, what: `${named(obligation)} starts` };
}

function checkHasObligations(contract: ContractToValidate): Violation[] {
  if (contract.obligations.length > 0) return [];
  return [
    { rule: 'NO_OBLIGATIONS', path: 'obligations', message: 'a contract needs at least one performance obligation' },
  ];
}

function checkContractDates(contract: ContractToValidate): Violation[] {
  const violations: Violation[] = [];
  const { startDate, endDate } = contract;
  if (!isIsoDate(startDate))
    violations.push({
      rule: 'CONTRACT_DATES',
      path: 'startDate',
      message: `the contract start "${startDate}" is not a real date (YYYY-MM-DD)`,
    });
  if (isGiven(endDate) && !isIsoDate(endDate)) {
    violations.push({
      rule: 'CONTRACT_DATES',
      path: 'endDate',
      message: `the contract end "${endDate}" is not a real date (YYYY-MM-DD)`,
    });
  } else if (isGiven(endDate) && isIsoDate(startDate) && endDate < startDate) {
    violations.push({
      rule: 'CONTRACT_DATES',
      path: 'endDate',
      message: `the contract ends on ${endDate}, before it starts on ${startDate}`,
    });
  }
  return violations;
}

function checkBillingDates(contract: ContractToValidate, bounds: Bounds): Violation[] {
  return contract.billings.flatMap((billing, i): Violation[] => {
    const path = `billings[${i}].date`;
    if (!isIsoDate(billing.date))
      return [
        {
          rule: 'BILLING_OUTSIDE_CONTRACT',
          path,
          message: `the billing date "${billing.date}" is not a real date (YYYY-MM-DD)`,
        },
      ];
    if (bounds.start !== null && billing.date < bounds.start) {
      return [
        {
          rule: 'BILLING_OUTSIDE_CONTRACT',
          path,
          message: `billed on ${billing.date}, before the contract starts on ${bounds.start}`,
        },
      ];
    }
    if (bounds.end !== null && billing.date > bounds.end) {
      return [
        {
          rule: 'BILLING_OUTSIDE_CONTRACT',
          path,
          message: `billed on ${billing.date}, after the contract ends on ${bounds.end}`,
        },
      ];
    }
    return [];
  });
}

function checkBillingAmounts(contract: ContractToValidate): Violation[] {
  return contract.billings.flatMap((billing, i): Violation[] =>
    Number.isSafeInteger(billing.amountMinor) && billing.amountMinor > 0
      ? []
      : [
          {
            rule: 'BILLING_NOT_POSITIVE',
            path: `billings[${i}].amountMinor`,
            message: `the billing of ${billing.date} is not an amount above zero`,
          },
        ],
  );
}

function checkObligationPeriods(contract: ContractToValidate, bounds: Bounds): Violation[] {
  return contract.obligations.flatMap((obligation, i): Violation[] => {
    if (!isOverTime(obligation)) return [];
    const violations: Violation[] = [];
    const start = realDate(obligation.startDate);
    const end = realDate(obligation.endDate);
    if (start !== null && bounds.start !== null && start < bounds.start) {
      violations.push({
        rule: 'OBLIGATION_OUTSIDE_CONTRACT',
        path: `obligations[${i}].startDate`,
        message: `${named(obligation)} starts ${start}, before the contract starts on ${bounds.start}`,
      });
    }
    if (end !== null && bounds.end !== null && end > bounds.end) {
      violations.push({
        rule: 'OBLIGATION_OUTSIDE_CONTRACT',
        path: `obligations[${i}].endDate`,
        message: `${named(obligation)} ends ${end}, after the contract ends on ${bounds.end}`,
      });
    }
    return violations;
  });
}

function checkServicePeriods(contract: ContractToValidate): Violation[] {
  return contract.obligations.flatMap((obligation, i): Violation[] => {
    if (!isOverTime(obligation)) return [];
    const violations: Violation[] = [];
    for (const field of ['startDate', 'endDate'] as const) {
      const value = obligation[field];
      const path = `obligations[${i}].${field}`;
      const which = field === 'startDate' ? 'start' : 'end';
      // An input-method obligation may leave its planned dates out; a ratable one is spread over them.
      if (!isGiven(value) && obligation.pattern === 'RATABLE') {
        violations.push({
          rule: 'MISSING_SERVICE_PERIOD',
          path,
          message: `${named(obligation)} is recognised ratably but its service period has no ${which} date`,
        });
      } else if (isGiven(value) && !isIsoDate(value)) {
        violations.push({
          rule: 'MISSING_SERVICE_PERIOD',
          path,
          message: `${named(obligation)} has a service period ${which} "${value}" that is not a real date (YYYY-MM-DD)`,
        });
      }
    }
    const start = realDate(obligation.startDate);
    const end = realDate(obligation.endDate);
    if (start !== null && end !== null && start > end) {
      violations.push({
        rule: 'MISSING_SERVICE_PERIOD',
        path: `obligations[${i}].endDate`,
        message: `${named(obligation)} ends ${end}, before it starts on ${start}`,
      });
    }
    return violations;
  });
}

function checkTransfers(contract: ContractToValidate, bounds: Bounds): Violation[] {
  return contract.obligations.flatMap((obligation, i): Violation[] => {
    const transfer = obligation.transferDate;
    if (obligation.pattern !== 'POINT_IN_TIME' || !isGiven(transfer)) return [];
    const path = `obligations[${i}].transferDate`;
    if (!isIsoDate(transfer))
      return [
        {
          rule: 'TRANSFER_BEFORE_START',
          path,
          message: `${named(obligation)} has a transfer date "${transfer}" that is not a real date (YYYY-MM-DD)`,
        },
      ];
    if (bounds.start !== null && transfer < bounds.start) {
      return [
        {
          rule: 'TRANSFER_BEFORE_START',
          path,
          message: `${named(obligation)} transfers control on ${transfer}, before the contract starts on ${bounds.start}`,
        },
      ];
    }
    if (bounds.end !== null && transfer > bounds.end) {
      return [
        {
          rule: 'TRANSFER_BEFORE_START',
          path,
          message: `${named(obligation)} transfers control on ${transfer}, after the contract ends on ${bounds.end}`,
        },
      ];
    }
    return [];
  });
}

const ZERO: Fraction = { numerator: 0n, denominator: 1n };

function unitsProblem(measurement: ProgressMeasurement): string | null {
  const { asOf, completedUnits, totalUnits } = measurement;
  const total = decimalFraction(totalUnits);
  const completed = decimalFraction(completedUnits);
  if (!total || compareFractions(total, ZERO) <= 0)
    return `total units on ${asOf} must be more than 0, got ${totalUnits}`;
  if (!completed || compareFractions(completed, ZERO) < 0)
    return `completed units on ${asOf} cannot be negative, got ${completedUnits}`;
  if (compareFractions(completed, total) > 0)
    return `${completedUnits} units completed on ${asOf}, more than the total of ${totalUnits}`;
  return null;
}

function dateProblem(measurement: ProgressMeasurement, limit: Limit | null): string | null {
  if (!isIsoDate(measurement.asOf)) return `measured on "${measurement.asOf}", which is not a real date (YYYY-MM-DD)`;
  if (limit !== null && measurement.asOf < limit.date)
    return `measured on ${measurement.asOf}, before ${limit.what} on ${limit.date}`;
  return null;
}

/**
 * Work done cannot be undone, so completed units never fall from one measurement to the next. The
 * ratio may: a revised total is a change in estimate. Each fall is reported at the later measurement.
 */
function falls(progress: readonly ProgressMeasurement[], comparable: readonly boolean[]): Map<number, string> {
  const inDateOrder = progress
    .map((measurement, j) => ({ measurement, j }))
    .filter(({ j }) => comparable[j])
    .sort((a, b) =>
      a.measurement.asOf < b.measurement.asOf ? -1 : a.measurement.asOf > b.measurement.asOf ? 1 : a.j - b.j,
    );
  const found = new Map<number, string>();
  for (let k = 1; k < inDateOrder.length; k += 1) {
    const before = inDateOrder[k - 1].measurement;
    const { measurement, j } = inDateOrder[k];
    const [earlier, later] = [before, measurement].map((m) => decimalFraction(m.completedUnits) as Fraction);
    if (compareFractions(later, earlier) < 0) {
      found.set(
        j,
        `completed units fell from ${before.completedUnits} on ${before.asOf} to ${measurement.completedUnits} on ${measurement.asOf}`,
      );
    }
  }
  return found;
}

function checkProgress(contract: ContractToValidate, bounds: Bounds): Violation[] {
  return contract.obligations.flatMap((obligation, i): Violation[] => {
    const progress = obligation.progress ?? [];
    const limit = startLimit(obligation, bounds);
    const problems = progress.map((measurement) => [unitsProblem(measurement), dateProblem(measurement, limit)]);
    const fallen = falls(
      progress,
      problems.map((found) => found.every((problem) => problem === null)),
    );
    return progress.flatMap((_, j) =>
      [...problems[j], fallen.get(j) ?? null]
        .filter((problem): problem is string => problem !== null)
        .map((problem): Violation => ({
          rule: 'PROGRESS_INVALID',
          path: `obligations[${i}].progress[${j}]`,
          message: `progress of ${named(obligation)}: ${problem}`,
        })),
    );
  });
}

function recognitionBeforeStart(
  posted: PostedRevenue,
  path: string,
  obligation: Obligation | undefined,
  bounds: Bounds,
): Violation | null {
  const what = `revenue for obligation "${posted.obligationId}"`;
  if (!isIsoMonth(posted.month))
    return {
      rule: 'RECOGNITION_BEFORE_START',
      path,
      message: `${what} is posted in "${posted.month}", which is not a real month (YYYY-MM)`,
    };
  const limit = startLimit(obligation, bounds);
  if (limit === null || posted.month >= monthOf(limit.date)) return null;
  return {
    rule: 'RECOGNITION_BEFORE_START',
    path,
    message: `${what} is posted in ${posted.month}, before ${limit.what} on ${limit.date}`,
  };
}

function recognitionBeforeTransfer(
  posted: PostedRevenue,
  path: string,
  obligation: Obligation | undefined,
): Violation | null {
  if (obligation?.pattern !== 'POINT_IN_TIME') return null;
  const what = `revenue for ${named(obligation)} is posted in ${posted.month}`;
  const transfer = obligation.transferDate;
  if (!isGiven(transfer))
    return { rule: 'RECOGNITION_BEFORE_TRANSFER', path, message: `${what}, but control has not transferred` };
  if (!isIsoDate(transfer))
    return {
      rule: 'RECOGNITION_BEFORE_TRANSFER',
      path,
      message: `${what}, but its transfer date "${transfer}" is not a real date`,
    };
  if (posted.month >= monthOf(transfer)) return null;
  return { rule: 'RECOGNITION_BEFORE_TRANSFER', path, message: `${what}, before control transferred on ${transfer}` };
}

/** Each posting is reported once: posted before the start, it is reported as such and not again for the transfer. */
function checkPostedRevenue(contract: ContractToValidate, bounds: Bounds): Violation[] {
  const beforeStart: Violation[] = [];
  const beforeTransfer: Violation[] = [];
  (contract.postedRevenue ?? []).forEach((posted, k) => {
    // A zero line in a ledger extract recognises nothing.
    if (posted.amountMinor === 0) return;
    const path = `postedRevenue[${k}].month`;
    const obligation = contract.obligations.find((o) => o.id === posted.obligationId);
    const early = recognitionBeforeStart(posted, path, obligation, bounds);
    if (early !== null) {
      beforeStart.push(early);
      return;
    }
    const untransferred = recognitionBeforeTransfer(posted, path, obligation);
    if (untransferred !== null) beforeTransfer.push(untransferred);
  });
  return [...beforeStart, ...beforeTransfer];
}

export function validateContract(contract: ContractToValidate): Violation[] {
  const bounds = boundsOf(contract);
  return [
    ...checkHasObligations(contract),
    ...checkContractDates(contract),
    ...checkBillingDates(contract, bounds),
    ...checkBillingAmounts(contract),
    ...checkObligationPeriods(contract, bounds),
    ...checkServicePeriods(contract),
    ...checkTransfers(contract, bounds),
    ...checkProgress(contract, bounds),
    ...checkPostedRevenue(contract, bounds),
  ];
}
