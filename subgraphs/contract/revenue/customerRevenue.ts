import type { ContractRevenueFigures } from './revenueSnapshots';

/**
 * A customer's revenue on a day: its contracts' summaries summed per currency. `Customer.revenue`
 * and the bulk rows of `Customer.revenueRows` both read it, so an export and the graph agree.
 */

/** Contracts that recognise revenue: a DRAFT waits for its discount approval. */
export const recognises = (contract: { status: string }) => contract.status !== 'DRAFT';

export const REVENUE_FIGURES = ['recognizedToDate', 'deferred', 'unbilled', 'arr', 'mrr'] as const;
export type RevenueFigure = (typeof REVENUE_FIGURES)[number];

/** Each figure's total in one currency, in minor units. */
export type RevenueInCurrency = { currency: string } & Record<RevenueFigure, number>;

/**
 * The totals per currency, in currency order. `figures[i]` belongs to `contracts[i]`; a contract
 * without obligations recognises nothing and adds no currency.
 */
export function customerRevenue(
  contracts: readonly { currency: string }[],
  figures: readonly ContractRevenueFigures[],
): RevenueInCurrency[] {
  const byCurrency = new Map<string, RevenueInCurrency>();
  contracts.forEach(({ currency }, i) => {
    const { hasObligations, summary } = figures[i];
    if (!hasObligations) return;
    let totals = byCurrency.get(currency);
    if (!totals) {
      totals = { currency, recognizedToDate: 0, deferred: 0, unbilled: 0, arr: 0, mrr: 0 };
      byCurrency.set(currency, totals);
    }
    totals.recognizedToDate += summary.recognizedToDateMinor;
    totals.deferred += summary.deferredMinor;
    totals.unbilled += summary.unbilledMinor;
    totals.arr += summary.arrMinor;
    totals.mrr += summary.mrrMinor;
  });
  return [...byCurrency.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
