/**
 * Daily reconciliation of accounts receivable between billing, the general ledger and
 * collections: the control totals per system and currency, their differences against a reference
 * system, and the customers that explain them.
 *
 * This is the classic reconciliation of a subsidiary ledger to the general ledger by record counts
 * and control totals (application controls in ISACA's CISA Review Manual), taken one step further
 * down to the customer: equal totals can hide offsetting errors, so balanced means every
 * customer agrees in every system, not just the sums. Each (customer, currency) pair present in
 * some system but not all is MISSING where it is absent; a pair present everywhere with different
 * balances is an AMOUNT difference. Every pair whose balance differs from the reference's is
 * therefore listed, so per currency the listed differences (absent = 0) add up exactly to the
 * difference in totals. Amounts stay integer minor units throughout.
 */
import { isIsoDate } from '../../../lib/calendar';
import { listingEvery } from '../../../lib/listingEvery';
import type { LedgerSystem } from '../generated/enums';

export interface SystemBalances {
  system: LedgerSystem;
  balances: readonly { customerId: string; currency: string; arBalanceMinor: number }[];
}

export interface ReconciliationResult {
  date: string;
  systems: { system: LedgerSystem; customerCount: number; totals: CurrencyTotal[] }[];
  /** Each other system against the reference (BILLING by default). */
  differences: {
    system: LedgerSystem;
    against: LedgerSystem;
    customerCountDifference: number;
    totals: { currency: string; differenceMinor: number }[];
  }[];
  /** The customers that explain the differences: missing from some system, or with balances that disagree. */
  explainingCustomers: {
    customerId: string;
    currency: string;
    balances: Partial<Record<LedgerSystem, number>>;
    missingFrom: LedgerSystem[];
    reason: 'MISSING' | 'AMOUNT';
  }[];
  balanced: boolean;
}

/**
 * A control total in one currency, with how many customers it sums. A total of one customer is
 * that customer's balance, so it names the customer: its governance follows the balance.
 */
export interface CurrencyTotal {
  currency: string;
  arBalanceMinor: number;
  customerCount: number;
  soleCustomerId?: string;
}

export class ReconciliationError extends Error {}

/** Systems are reported in this order, whatever order they arrive in; it names every system the SDL has. */
const SYSTEM_ORDER = listingEvery<LedgerSystem>()(['BILLING', 'GL', 'COLLECTIONS']);
const CURRENCY = /^[A-Z]{3}$/;

/** One system's balances by customer and currency. */
interface Ledger {
  system: LedgerSystem;
  byCustomerCurrency: Map<string, { customerId: string; currency: string; arBalanceMinor: number }>;
}

export function reconcile(
  date: string,
  systems: readonly SystemBalances[],
  reference: LedgerSystem = 'BILLING',
): ReconciliationResult {
  validateRun(date, systems, reference);
  const ledgers = [...systems]
    .sort((a, b) => SYSTEM_ORDER.indexOf(a.system) - SYSTEM_ORDER.indexOf(b.system))
    .map(ledgerOf);
  const referenceLedger = ledgers.find((ledger) => ledger.system === reference) as Ledger;
  const explainingCustomers = explainingCustomersOf(ledgers);
  return {
    date,
    systems: ledgers.map((ledger) => ({
      system: ledger.system,
      customerCount: customerCount(ledger),
      totals: totalsByCurrency(ledger),
    })),
    differences: ledgers
      .filter((ledger) => ledger !== referenceLedger)
      .map((ledger) => differenceAgainst(ledger, referenceLedger)),
    explainingCustomers,
    balanced: explainingCustomers.length === 0,
  };
}

function validateRun(date: string, systems: readonly SystemBalances[], reference: LedgerSystem): void {
  if (!isIsoDate(date)) throw new ReconciliationError(`date "${date}" is not an ISO date`);
  if (!SYSTEM_ORDER.includes(reference))
    throw new ReconciliationError(`reference "${reference}" is not one of ${SYSTEM_ORDER.join(', ')}`);
  const seen = new Set<LedgerSystem>();
  for (const { system } of systems) {
    if (!SYSTEM_ORDER.includes(system))
      throw new ReconciliationError(`system "${system}" is not one of ${SYSTEM_ORDER.join(', ')}`);
    if (seen.has(system)) throw new ReconciliationError(`system ${system} is given twice`);
    seen.add(system);
  }
  if (!seen.has(reference))
    throw new ReconciliationError(`the reference system ${reference} has no balances to reconcile against`);
}

function ledgerOf({ system, balances }: SystemBalances): Ledger {
  const byCustomerCurrency = new Map<string, { customerId: string; currency: string; arBalanceMinor: number }>();
  for (const balance of balances) {
    const where = `${system}, customer ${balance.customerId}`;
    if (balance.customerId.trim() === '') throw new ReconciliationError(`${system}: customerId must not be empty`);
    if (!CURRENCY.test(balance.currency))
      throw new ReconciliationError(`${where}: currency "${balance.currency}" is not an ISO 4217 code`);
    if (!Number.isSafeInteger(balance.arBalanceMinor))
      throw new ReconciliationError(
        `${where}: arBalanceMinor ${balance.arBalanceMinor} is not an integer in minor units`,
      );
    const key = keyOf(balance.customerId, balance.currency);
    // Two rows would have to be added or one chosen; either guess could hide the very error sought.
    if (byCustomerCurrency.has(key)) throw new ReconciliationError(`${where} has two ${balance.currency} balances`);
    byCustomerCurrency.set(key, {
      customerId: balance.customerId,
      currency: balance.currency,
      arBalanceMinor: balance.arBalanceMinor,
    });
  }
  return { system, byCustomerCurrency };
}

function keyOf(customerId: string, currency: string): string {
  return JSON.stringify([customerId, currency]);
}

function customerCount(ledger: Ledger): number {
  return new Set([...ledger.byCustomerCurrency.values()].map((balance) => balance.customerId)).size;
}

function totalsByCurrency(ledger: Ledger): CurrencyTotal[] {
  const totals = new Map<string, { arBalanceMinor: number; customerCount: number; firstCustomerId: string }>();
  for (const { customerId, currency, arBalanceMinor } of ledger.byCustomerCurrency.values()) {
    const total = totals.get(currency);
    if (total) {
      total.arBalanceMinor = addMinor(total.arBalanceMinor, arBalanceMinor);
      total.customerCount += 1;
    } else totals.set(currency, { arBalanceMinor, customerCount: 1, firstCustomerId: customerId });
  }
  return [...totals.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([currency, { arBalanceMinor, customerCount, firstCustomerId }]) => ({
      currency,
      arBalanceMinor,
      customerCount,
      ...(customerCount === 1 ? { soleCustomerId: firstCustomerId } : {}),
    }));
}

function differenceAgainst(ledger: Ledger, reference: Ledger): ReconciliationResult['differences'][number] {
  const totals = new Map(totalsByCurrency(ledger).map((total) => [total.currency, total.arBalanceMinor]));
  const referenceTotals = new Map(totalsByCurrency(reference).map((total) => [total.currency, total.arBalanceMinor]));
  const currencies = [...new Set([...totals.keys(), ...referenceTotals.keys()])].sort(compareText);
  return {
    system: ledger.system,
    against: reference.system,
    customerCountDifference: customerCount(ledger) - customerCount(reference),
    totals: currencies.map((currency) => ({
      currency,
      differenceMinor: addMinor(totals.get(currency) ?? 0, -(referenceTotals.get(currency) ?? 0)),
    })),
  };
}

type ExplainingCustomer = ReconciliationResult['explainingCustomers'][number];

function explainingCustomersOf(ledgers: readonly Ledger[]): ExplainingCustomer[] {
  const pairs = new Map<string, { customerId: string; currency: string }>();
  for (const ledger of ledgers)
    for (const [key, { customerId, currency }] of ledger.byCustomerCurrency) pairs.set(key, { customerId, currency });
  return [...pairs.entries()]
    .sort(([, a], [, b]) => compareText(a.customerId, b.customerId) || compareText(a.currency, b.currency))
    .flatMap(([key, pair]) => explanationOf(key, pair, ledgers));
}

/** Missing somewhere wins over disagreeing amounts: the absence is the first thing to fix. */
function explanationOf(
  key: string,
  pair: { customerId: string; currency: string },
  ledgers: readonly Ledger[],
): ExplainingCustomer[] {
  const balances: Partial<Record<LedgerSystem, number>> = {};
  const missingFrom: LedgerSystem[] = [];
  for (const ledger of ledgers) {
    const balance = ledger.byCustomerCurrency.get(key);
    if (balance) balances[ledger.system] = balance.arBalanceMinor;
    else missingFrom.push(ledger.system);
  }
  if (missingFrom.length > 0) return [{ ...pair, balances, missingFrom, reason: 'MISSING' }];
  if (new Set(Object.values(balances)).size > 1) return [{ ...pair, balances, missingFrom, reason: 'AMOUNT' }];
  return [];
}

/** Totals of many balances can outgrow exact integers in a double; refuse rather than round. */
function addMinor(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum))
    throw new ReconciliationError(`a total of ${a} and ${b} minor units is too large to add exactly`);
  return sum;
}

/** Code-unit order, the same on every machine (localeCompare is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
