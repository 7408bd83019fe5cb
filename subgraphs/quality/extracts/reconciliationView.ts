import { formatMinor } from '../../../lib/money';
import type { ReconciliationReport } from '../entities/ReconciliationReport';

/** A stored reconciliation shaped for GraphQL: amounts formatted, each customer's balances carrying its region for the policy. */

export function gapsOf(report: ReconciliationReport) {
  const region = (customerId: string) => report.regions[customerId] ?? 'UNKNOWN';
  return report.result.explainingCustomers.map((gap) => ({
    date: report.date,
    customer: { __typename: 'Customer', id: gap.customerId },
    currency: gap.currency,
    reason: gap.reason,
    missingFrom: gap.missingFrom,
    balances: Object.entries(gap.balances).map(([system, minor]) => ({ system, region: region(gap.customerId), amount: formatMinor(minor as number, gap.currency) })),
  }));
}

export function reportView(report: ReconciliationReport) {
  const { result } = report;
  return {
    date: report.date,
    computedAt: report.computedAt.toISOString(),
    balanced: report.balanced,
    systems: result.systems.map((s) => ({ system: s.system, customerCount: s.customerCount, totals: s.totals.map((t) => formatMinor(t.arBalanceMinor, t.currency)) })),
    differences: result.differences.map((d) => ({ ...d, totals: d.totals.map((t) => formatMinor(t.differenceMinor, t.currency)) })),
    explainingCustomers: gapsOf(report),
  };
}
