import type { ReconciliationReport } from '../entities/ReconciliationReport';
import { customerReference } from '../parents';
import type { LedgerSystem } from '../generated/enums';

/**
 * A stored reconciliation shaped for GraphQL: amounts as Money in minor units, each customer's balances carrying
 * its region for the policy. Totals belong to no region, but name the customers they disclose for
 * the audit trail: a currency total of one customer is that customer's balance, and a difference is
 * made of the balances of the customers explaining it.
 */

export function gapsOf(report: ReconciliationReport) {
  const region = (customerId: string) => report.regions[customerId] ?? 'UNKNOWN';
  return report.result.explainingCustomers.map((gap) => ({
    date: report.date,
    customer: customerReference(gap.customerId),
    currency: gap.currency,
    reason: gap.reason,
    missingFrom: gap.missingFrom,
    balances: (Object.entries(gap.balances) as [LedgerSystem, number][]).map(([system, minor]) => ({
      system,
      region: region(gap.customerId),
      customerId: gap.customerId,
      amount: { minor, currency: gap.currency },
    })),
  }));
}

export function reportView(report: ReconciliationReport) {
  const { result } = report;
  return {
    date: report.date,
    computedAt: report.computedAt,
    balanced: report.balanced,
    systems: result.systems.map((s) => ({
      system: s.system,
      customerCount: s.customerCount,
      customerIds: s.totals.flatMap((t) => (t.soleCustomerId ? [t.soleCustomerId] : [])),
      totals: s.totals.map((t) => ({ minor: t.arBalanceMinor, currency: t.currency })),
    })),
    differences: result.differences.map((d) => ({
      ...d,
      customerIds: [
        ...new Set(
          result.explainingCustomers
            .filter((gap) => d.totals.some((t) => t.currency === gap.currency && t.differenceMinor !== 0))
            .map((gap) => gap.customerId),
        ),
      ],
      totals: d.totals.map((t) => ({ minor: t.differenceMinor, currency: t.currency })),
    })),
    explainingCustomers: gapsOf(report),
  };
}
