import type { MinorMoney } from '../../../lib/money';

/**
 * Whether a customer's credit allows more business with it: none while it is on credit hold, and
 * none that would take what it owes (open receivables, and what the new document adds) above its
 * credit limit. A limit is set in one currency; receivables in others are not converted, so they
 * do not count against it.
 */

export interface CustomerCredit {
  hold: boolean;
  /** Null when no limit is set: then only a hold refuses. */
  limit: MinorMoney | null;
}

export type CreditDecision =
  | { allowed: true }
  | { allowed: false; reason: 'HOLD' }
  | { allowed: false; reason: 'LIMIT'; owedMinor: number; addingMinor: number; limit: MinorMoney };

/**
 * `owed`: the customer's open receivables per currency. `adding`: what the new document adds to
 * them (an invoice's amount; nothing for a contract, whose invoices are checked as they are raised,
 * but a contract is refused while the customer already owes more than its limit).
 */
export function creditDecision(
  credit: CustomerCredit,
  owed: ReadonlyMap<string, number>,
  adding: MinorMoney | null,
): CreditDecision {
  if (credit.hold) return { allowed: false, reason: 'HOLD' };
  const { limit } = credit;
  if (!limit) return { allowed: true };
  const owedMinor = owed.get(limit.currency) ?? 0;
  const addingMinor = adding && adding.currency === limit.currency ? adding.minor : 0;
  return owedMinor + addingMinor > limit.minor
    ? { allowed: false, reason: 'LIMIT', owedMinor, addingMinor, limit }
    : { allowed: true };
}
