import type { BillingEntry } from '../entities/BillingEntry';
import type { Contract, StoredVariableConsideration } from '../entities/Contract';
import type { Invoice } from '../entities/Invoice';
import type { ObligationRevision } from '../entities/ObligationRevision';
import type { PerformanceObligation } from '../entities/PerformanceObligation';
import type { ProgressRecord } from '../entities/ProgressRecord';
import type DataLoader from 'dataloader';
import type { Billing, ObligationTerms } from '../revrec/types';

/** Stored rows of one contract turned into what revrec/ computes with. */

/** The order revenue reads each table's rows of a contract in; the request's loaders and revenueSnapshots.ts share it. */
export const REVENUE_ROW_ORDER = {
  obligations: { position: 'asc', id: 'asc' },
  revisions: { obligationId: 'asc', sequence: 'asc' },
  progress: { asOf: 'asc', recordedAt: 'asc', id: 'asc' },
  invoices: { issueDate: 'asc', id: 'asc' },
  billingEntries: { billDate: 'asc', id: 'asc' },
} as const;

export function obligationTerms(
  obligation: PerformanceObligation,
  revisions: readonly ObligationRevision[],
  progress: readonly ProgressRecord[],
): ObligationTerms {
  return {
    id: obligation.id,
    pattern: obligation.pattern,
    startDate: obligation.startDate ?? null,
    endDate: obligation.endDate ?? null,
    transferDate: obligation.transferDate ?? null,
    progress: progress
      .filter((p) => p.obligationId === obligation.id)
      .map((p) => ({ asOf: p.asOf, completedUnits: p.completedUnits, totalUnits: p.totalUnits })),
    revisions: revisions
      .filter((r) => r.obligationId === obligation.id)
      .sort((a, b) => a.sequence - b.sequence)
      .map((r) => ({
        effectiveDate: r.effectiveDate,
        allocatedMinor: r.allocatedMinor,
        treatment: r.treatment,
        ...(r.carriedMinor != null ? { carriedMinor: r.carriedMinor } : {}),
      })),
  };
}

/**
 * What the customer was billed and will be: the invoices raised, plus the billing schedule dates
 * still to be invoiced after `today`. A past date nobody invoiced was not billed.
 */
export function billingsOf(invoices: readonly Invoice[], entries: readonly BillingEntry[], today: string): Billing[] {
  const invoiced = new Set(invoices.map((invoice) => invoice.billingEntryId).filter(Boolean));
  return [
    ...invoices
      .filter((invoice) => invoice.status !== 'VOID')
      .map((invoice) => ({ date: invoice.issueDate, amountMinor: invoice.amountMinor })),
    ...entries
      .filter((entry) => !invoiced.has(entry.id) && entry.billDate > today)
      .map((entry) => ({ date: entry.billDate, amountMinor: entry.amountMinor })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

export interface ContractRevenueData {
  obligations: PerformanceObligation[];
  terms: ObligationTerms[];
  billings: Billing[];
}

/** The request's loaders (loaders.ts) revenue reads its rows through. */
export interface RevenueRowLoaders {
  obligations: DataLoader<string, PerformanceObligation[]>;
  revisions: DataLoader<string, ObligationRevision[]>;
  progress: DataLoader<string, ProgressRecord[]>;
  invoices: DataLoader<string, Invoice[]>;
  billingEntries: DataLoader<string, BillingEntry[]>;
}

/** Everything revenue needs of one contract, through the request's loaders (batched across contracts). */
export async function loadRevenueData(
  loaders: RevenueRowLoaders,
  contractId: string,
  today: string,
): Promise<ContractRevenueData> {
  const [obligations, revisions, progress, invoices, entries] = await Promise.all([
    loaders.obligations.load(contractId),
    loaders.revisions.load(contractId),
    loaders.progress.load(contractId),
    loaders.invoices.load(contractId),
    loaders.billingEntries.load(contractId),
  ]);
  return {
    obligations,
    terms: obligations.map((obligation) => obligationTerms(obligation, revisions, progress)),
    billings: billingsOf(invoices, entries, today),
  };
}

/** The contract's components of variable consideration, whichever shape they were stored in. */
export function variableComponentsOf(
  contract: Pick<Contract, 'variableConsideration' | 'startDate'>,
): StoredVariableConsideration[] {
  const stored = contract.variableConsideration;
  if (!stored) return [];
  if (Array.isArray(stored)) return stored;
  const { allocatedTo, ...estimate } = stored;
  return [{ key: 'vc1', asOf: contract.startDate, ...estimate, allocatedTo: allocatedTo ? [allocatedTo] : [] }];
}
