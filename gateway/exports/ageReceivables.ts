import { daysBetween } from '../../lib/calendar';
import { formatMinor, parseMoney } from '../../lib/money';

/**
 * Accounts-receivable ageing: what a customer still owes, per currency, by how long past due it
 * is on `today` (not yet due, 1-30, 31-60, 61-90 and over 90 days), from its open invoices'
 * balances. The balances are the ones the caller was shown: a total over a value withheld or
 * masked to a range could not be exact, so such a currency's amounts are null, never a guess.
 */

export const AGEING_BUCKETS = ['current', 'days1to30', 'days31to60', 'days61to90', 'over90'] as const;
export type AgeingBucket = (typeof AGEING_BUCKETS)[number];

export interface AgedInvoice {
  dueDate: string;
  status: string;
  /** The currency of the invoice, known even when its balance is withheld. */
  currency: string;
  balance: { amount: string; currency: string; bucket?: string | null } | null;
}

export interface CurrencyAgeing {
  currency: string;
  openInvoices: number;
  /** Decimal amounts per bucket and in total; all null when some balance could not be read exactly. */
  amounts: Record<AgeingBucket | 'total', string | null>;
}

const OPEN = ['OPEN', 'PARTIALLY_PAID'];

export function bucketOf(dueDate: string, today: string): AgeingBucket {
  const overdue = daysBetween(dueDate, today);
  if (overdue <= 0) return 'current';
  if (overdue <= 30) return 'days1to30';
  if (overdue <= 60) return 'days31to60';
  if (overdue <= 90) return 'days61to90';
  return 'over90';
}

export function ageReceivables(invoices: readonly AgedInvoice[], today: string): CurrencyAgeing[] {
  const byCurrency = new Map<string, { count: number; exact: boolean; minor: Record<AgeingBucket, number> }>();
  for (const invoice of invoices) {
    if (!OPEN.includes(invoice.status)) continue;
    const { balance } = invoice;
    const exact = balance !== null && !balance.bucket;
    const minor = exact ? parseMoney(balance).minor : 0;
    if (exact && minor === 0) continue;
    const ageing = byCurrency.get(invoice.currency) ?? {
      count: 0,
      exact: true,
      minor: Object.fromEntries(AGEING_BUCKETS.map((bucket) => [bucket, 0])) as Record<AgeingBucket, number>,
    };
    ageing.count += 1;
    ageing.exact &&= exact;
    ageing.minor[bucketOf(invoice.dueDate, today)] += minor;
    byCurrency.set(invoice.currency, ageing);
  }
  return [...byCurrency]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, { count, exact, minor }]) => {
      const shown = (value: number) => (exact ? formatMinor(value, currency).amount : null);
      const total = AGEING_BUCKETS.reduce((sum, bucket) => sum + minor[bucket], 0);
      return {
        currency,
        openInvoices: count,
        amounts: {
          ...(Object.fromEntries(AGEING_BUCKETS.map((bucket) => [bucket, shown(minor[bucket])])) as Record<
            AgeingBucket,
            string | null
          >),
          total: shown(total),
        },
      };
    });
}
