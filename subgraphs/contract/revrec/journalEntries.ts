/**
 * The journal entries a contract's revenue schedule implies for a month, double-entry and balanced:
 * - revenue recognised: a credit to revenue per obligation (the lines postLedgerLines takes and
 *   monthEndIntegrity checks against the schedule);
 * - invoices raised: a debit to accounts receivable;
 * - the contract's net position moves between deferred revenue (a contract liability: billed ahead
 *   of revenue) and unbilled receivable (a contract asset: revenue ahead of billing), ASC
 *   606-10-45-1 to 45-4: the change in each is credited (liability) or debited (asset), a fall the
 *   other way round.
 * Debits equal credits because deferred − unbilled moves by exactly billed − recognised.
 */
import type { ContractSchedule } from './revenueSchedule';

export type JournalAccount = 'REVENUE' | 'DEFERRED_REVENUE' | 'UNBILLED_RECEIVABLE' | 'ACCOUNTS_RECEIVABLE';

/** General-ledger account numbers of each kind of line. */
export type ChartOfAccounts = Readonly<Record<JournalAccount, string>>;

export const DEFAULT_CHART_OF_ACCOUNTS: ChartOfAccounts = {
  REVENUE: '4000',
  DEFERRED_REVENUE: '2400',
  UNBILLED_RECEIVABLE: '1250',
  ACCOUNTS_RECEIVABLE: '1200',
};

export interface JournalLine {
  account: JournalAccount;
  ledgerAccount: string;
  /** Revenue lines name their obligation; the others are the contract's. */
  obligationId: string | null;
  debitMinor: number;
  creditMinor: number;
}

/** A signed amount as a debit (positive) or a credit (negative) line; nothing for zero. */
function line(
  account: JournalAccount,
  chart: ChartOfAccounts,
  debitMinor: number,
  obligationId: string | null = null,
): JournalLine[] {
  if (debitMinor === 0) return [];
  return [
    {
      account,
      ledgerAccount: chart[account],
      obligationId,
      debitMinor: Math.max(debitMinor, 0),
      creditMinor: Math.max(0 - debitMinor, 0),
    },
  ];
}

/**
 * The entry of month `m` (an index into the schedule's months). `opening` is the contract's
 * position at the end of the month before: what was billed and the deferred and unbilled balances.
 */
export function journalLines(
  schedule: ContractSchedule,
  m: number,
  opening: { billedToDateMinor: number; deferredMinor: number; unbilledMinor: number },
  chart: ChartOfAccounts = DEFAULT_CHART_OF_ACCOUNTS,
): JournalLine[] {
  const closing = schedule.totals[m];
  return [
    ...line('ACCOUNTS_RECEIVABLE', chart, closing.billedToDateMinor - opening.billedToDateMinor),
    ...schedule.obligations.flatMap((o) => line('REVENUE', chart, 0 - o.rows[m].recognizedMinor, o.obligationId)),
    ...line('DEFERRED_REVENUE', chart, opening.deferredMinor - closing.deferredMinor),
    ...line('UNBILLED_RECEIVABLE', chart, closing.unbilledMinor - opening.unbilledMinor),
  ];
}
