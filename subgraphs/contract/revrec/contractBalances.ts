/**
 * A contract's balances on a day (ASC 606-10-45-1 to 45-4), reconciled to its revenue schedule:
 * - contract asset: revenue recognised ahead of billing (unbilled receivable);
 * - contract liability: billing ahead of revenue (deferred revenue);
 * - receivable: invoiced and not yet paid or written off (an unconditional right to consideration).
 * Reconciled when the asset less the liability is what was recognised less what was billed, what
 * the schedule counts as billed is what was invoiced by then, and no receivable is negative.
 */
import type { RevenueSummary } from './revenueSchedule';

export interface InvoiceForBalances {
  issueDate: string;
  amountMinor: number;
  void: boolean;
  /** Payments with the day they were received. */
  payments: readonly { receivedOn: string; amountMinor: number }[];
  /** Approved write-offs with the day they were decided. */
  writtenOff: readonly { decidedOn: string; amountMinor: number }[];
}

export interface ContractBalances {
  contractAssetMinor: number;
  contractLiabilityMinor: number;
  receivableMinor: number;
  recognizedToDateMinor: number;
  billedToDateMinor: number;
  invoicedToDateMinor: number;
  reconciled: boolean;
  /** What does not agree, when something does not. */
  differences: string[];
}

const upTo = (date: string) => (item: { day: string }) => item.day <= date;

export function contractBalances(
  summary: Pick<RevenueSummary, 'recognizedToDateMinor' | 'billedToDateMinor' | 'deferredMinor' | 'unbilledMinor'>,
  invoices: readonly InvoiceForBalances[],
  asOf: string,
): ContractBalances {
  const issued = invoices.filter((invoice) => !invoice.void && invoice.issueDate <= asOf);
  const invoicedToDateMinor = issued.reduce((sum, invoice) => sum + invoice.amountMinor, 0);
  const settled = issued.flatMap((invoice) => [
    ...invoice.payments.map((p) => ({ day: p.receivedOn, amountMinor: p.amountMinor })),
    ...invoice.writtenOff.map((w) => ({ day: w.decidedOn, amountMinor: w.amountMinor })),
  ]);
  const receivableMinor =
    invoicedToDateMinor - settled.filter(upTo(asOf)).reduce((sum, item) => sum + item.amountMinor, 0);
  const differences: string[] = [];
  if (summary.unbilledMinor - summary.deferredMinor !== summary.recognizedToDateMinor - summary.billedToDateMinor)
    differences.push('the contract asset less the contract liability is not revenue recognised less billed');
  if (summary.billedToDateMinor !== invoicedToDateMinor)
    differences.push('what the schedule counts as billed is not what was invoiced');
  if (receivableMinor < 0) differences.push('more was paid or written off than was invoiced');
  return {
    contractAssetMinor: summary.unbilledMinor,
    contractLiabilityMinor: summary.deferredMinor,
    receivableMinor,
    recognizedToDateMinor: summary.recognizedToDateMinor,
    billedToDateMinor: summary.billedToDateMinor,
    invoicedToDateMinor,
    reconciled: differences.length === 0,
    differences,
  };
}
