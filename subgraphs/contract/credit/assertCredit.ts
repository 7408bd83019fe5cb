import type { SqlEntityManager } from '@mikro-orm/knex';
import { creditRefused } from '../../../lib/errors';
import { formatMinor, parseMoney, type MinorMoney } from '../../../lib/money';
import { classified, decideCopy } from '../../../policies/copies';
import type { CustomerFacts } from '../../kit/customerDirectory';
import { invoiceRows, readInvoiceRows } from '../billing/invoiceRows';
import type { ContractContext } from '../context';
import { creditDecision, type CreditDecision } from './creditDecision';

/**
 * The credit check createContract and issueInvoice make: the customer's hold and limit as the
 * customer master holds them (asked as this service), against what the customer owes here. A
 * refusal is itself a copy of the credit data it was decided on, so it says why only to a caller
 * who may read that data raw for the customer's region; anyone else learns that credit refused.
 */

/** Customer.creditHold and Customer.creditLimit as schema/customer.graphql classifies them (a test keeps them equal). */
export const CREDIT_HOLD = classified({
  coordinate: 'Customer.creditHold',
  classification: 'CREDIT',
  kind: 'Boolean',
  mask: 'NULLIFY',
});
export const CREDIT_LIMIT = classified({
  coordinate: 'Customer.creditLimit',
  classification: 'CREDIT',
  kind: 'Money',
  mask: 'ROUND',
});

/** What the customers owe, per currency: the open balance of every invoice, as Customer.arBalance sums it. */
async function owedBy(em: SqlEntityManager, customerIds: readonly string[]): Promise<Map<string, number>> {
  const read = await readInvoiceRows(em, customerIds, { issuedFrom: null, issuedTo: null, status: null });
  const owed = new Map<string, number>();
  for (const rows of invoiceRows(read).values())
    for (const row of rows) owed.set(row.currency, (owed.get(row.currency) ?? 0) + row.balanceMinor);
  return owed;
}

const money = (minor: number, currency: string) => {
  const { amount } = formatMinor(minor, currency);
  return `${amount} ${currency}`;
};

function mayRead(context: ContractContext, attribute: typeof CREDIT_HOLD, region: string): boolean {
  if (!context.config.governance) return true;
  return decideCopy(context.plan, context.principal, attribute, region)?.effect === 'ALLOW';
}

function refusalMessage(
  context: ContractContext,
  decision: Exclude<CreditDecision, { allowed: true }>,
  customer: CustomerFacts,
  what: string,
): string {
  if (decision.reason === 'HOLD' && mayRead(context, CREDIT_HOLD, customer.region))
    return `no ${what}: customer ${customer.id} is on credit hold until a credit analyst lifts it`;
  if (decision.reason === 'LIMIT' && mayRead(context, CREDIT_LIMIT, customer.region)) {
    const { owedMinor, addingMinor, limit } = decision;
    const adding = addingMinor > 0 ? ` and ${money(addingMinor, limit.currency)} with this ${what}` : '';
    const total = money(owedMinor + addingMinor, limit.currency);
    const open = money(owedMinor, limit.currency);
    return `no ${what}: customer ${customer.id} would owe ${total} (${open} open${adding}), above its credit limit of ${money(limit.minor, limit.currency)}`;
  }
  return `no ${what}: customer ${customer.id}'s credit does not allow it; someone who may read its credit data can say why`;
}

/**
 * Refuses (CREDIT_REFUSED) a contract or invoice for `customer` that its credit does not allow.
 * `adding`: what the document adds to what the customer owes (null for a contract).
 */
export async function assertCreditAllows(
  context: ContractContext,
  em: SqlEntityManager,
  customer: CustomerFacts,
  adding: MinorMoney | null,
  what: 'contract' | 'invoice',
): Promise<void> {
  const credit = { hold: customer.creditHold, limit: customer.creditLimit ? parseMoney(customer.creditLimit) : null };
  const owed = await owedBy(em, [customer.id, ...customer.mergedCustomerIds]);
  const decision = creditDecision(credit, owed, adding);
  if (!decision.allowed) throw creditRefused(refusalMessage(context, decision, customer, what));
}
