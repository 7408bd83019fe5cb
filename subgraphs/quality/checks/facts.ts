import { parseMoney, type Money } from '../../../lib/money';
import type { ServiceClient } from '../../kit/serviceClient';
import type { InvoiceHistory } from '../profiling/paymentBehaviour';

/**
 * What the quality checks know of each customer: facts from the customer master (presence and
 * validity, never classified values) and from billing (receivables, invoices, payments), fetched
 * as the `quality` service.
 */

export interface CustomerFacts {
  id: string;
  region: string;
  segment: string | null;
  country: string;
  status: string;
  createdAt: string;
  legalNamePresent: boolean;
  billingAddressComplete: boolean;
  shippingAddressPresent: boolean;
  paymentTermsPresent: boolean;
  creditLimitPresent: boolean;
  dunsPresent: boolean;
  taxIds: { kind: string; valid: boolean; reasonCode: string | null }[];
  bankAccountsOnFile: number;
  suspectedDuplicate: boolean;
  /** Customers merged into this one: their billing counts here. */
  mergedCustomerIds?: string[];
}

export interface BillingFacts {
  customerId: string;
  /** Open receivables and signed contract value, per currency, in minor units. */
  arBalance: { currency: string; minor: number }[];
  contractValue: { currency: string; minor: number }[];
  purchaseOrderRequired: boolean;
  invoicesNeedingPurchaseOrder: number;
  invoicesMissingPurchaseOrder: string[];
  invoices: InvoiceHistory[];
}

export interface CheckFacts {
  customer: CustomerFacts;
  billing: BillingFacts;
  /** Bank-detail correction cases still open for the customer. */
  openBankCases: number;
}

const FACTS_PAGE = 2000;
const BILLING_BATCH = 500;
const BILLING_CONCURRENCY = 3;

const CUSTOMER_FACTS = `query Facts($after: ID, $first: Int) { customerQualityFacts(after: $after, first: $first) {
  id region segment country status createdAt legalNamePresent billingAddressComplete shippingAddressPresent paymentTermsPresent
  creditLimitPresent dunsPresent taxIds { kind valid reasonCode } bankAccountsOnFile suspectedDuplicate mergedCustomerIds } }`;

const BILLING_FACTS = `query Billing($ids: [ID!]!) { billingQualityFacts(customerIds: $ids) {
  customerId arBalance { amount currency } contractValue { amount currency } purchaseOrderRequired
  invoicesNeedingPurchaseOrder invoicesMissingPurchaseOrder
  invoices { invoiceId contractId issueDate dueDate amount { amount currency } payments { paymentId receivedOn amount { amount currency } } } } }`;

interface WireBilling extends Omit<BillingFacts, 'arBalance' | 'contractValue' | 'invoices'> {
  arBalance: Money[];
  contractValue: Money[];
  invoices: {
    invoiceId: string;
    contractId: string;
    issueDate: string;
    dueDate: string;
    amount: Money;
    payments: { paymentId: string; receivedOn: string; amount: Money }[];
  }[];
}

const minor = (money: Money) => parseMoney(money).minor;

function fromWire(wire: WireBilling): BillingFacts {
  return {
    ...wire,
    arBalance: wire.arBalance.map((m) => ({ currency: m.currency, minor: minor(m) })),
    contractValue: wire.contractValue.map((m) => ({ currency: m.currency, minor: minor(m) })),
    invoices: wire.invoices.map((invoice) => ({
      invoiceId: invoice.invoiceId,
      streamId: invoice.contractId,
      issueDate: invoice.issueDate,
      dueDate: invoice.dueDate,
      amountMinor: minor(invoice.amount),
      currency: invoice.amount.currency,
      payments: invoice.payments.map((p) => ({
        paymentId: p.paymentId,
        receivedOn: p.receivedOn,
        amountMinor: minor(p.amount),
      })),
    })),
  };
}

function addAmounts(
  a: readonly { currency: string; minor: number }[],
  b: readonly { currency: string; minor: number }[],
) {
  const totals = new Map<string, number>();
  for (const { currency, minor } of [...a, ...b]) totals.set(currency, (totals.get(currency) ?? 0) + minor);
  return [...totals].map(([currency, minor]) => ({ currency, minor }));
}

/** One customer's billing with a merged customer's added in. */
function combine(survivor: BillingFacts, merged: BillingFacts): BillingFacts {
  return {
    customerId: survivor.customerId,
    arBalance: addAmounts(survivor.arBalance, merged.arBalance),
    contractValue: addAmounts(survivor.contractValue, merged.contractValue),
    purchaseOrderRequired: survivor.purchaseOrderRequired || merged.purchaseOrderRequired,
    invoicesNeedingPurchaseOrder: survivor.invoicesNeedingPurchaseOrder + merged.invoicesNeedingPurchaseOrder,
    invoicesMissingPurchaseOrder: [...survivor.invoicesMissingPurchaseOrder, ...merged.invoicesMissingPurchaseOrder],
    invoices: [...survivor.invoices, ...merged.invoices],
  };
}

/** Every surviving customer of the master with its billing facts (and its merged customers'), in id order. */
export async function fetchFacts(client: ServiceClient): Promise<Omit<CheckFacts, 'openBankCases'>[]> {
  const customers: CustomerFacts[] = [];
  for (let after: string | null = null; ;) {
    const page: { customerQualityFacts: CustomerFacts[] } = await client.query('customer', CUSTOMER_FACTS, {
      after,
      first: FACTS_PAGE,
    });
    customers.push(...page.customerQualityFacts);
    if (page.customerQualityFacts.length < FACTS_PAGE) break;
    after = page.customerQualityFacts[page.customerQualityFacts.length - 1].id;
  }
  const billing = new Map<string, BillingFacts>();
  // A survivor's billing includes the customers merged into it.
  const billingIds = customers.flatMap((c) => [c.id, ...(c.mergedCustomerIds ?? [])]);
  const batches: string[][] = [];
  for (let i = 0; i < billingIds.length; i += BILLING_BATCH) batches.push(billingIds.slice(i, i + BILLING_BATCH));
  // A few batches in flight at once; more would only queue at the contract subgraph's database.
  for (let i = 0; i < batches.length; i += BILLING_CONCURRENCY) {
    const answers = await Promise.all(
      batches
        .slice(i, i + BILLING_CONCURRENCY)
        .map((ids) => client.query<{ billingQualityFacts: WireBilling[] }>('contract', BILLING_FACTS, { ids })),
    );
    for (const wire of answers.flatMap((a) => a.billingQualityFacts)) billing.set(wire.customerId, fromWire(wire));
  }
  const none = (customerId: string): BillingFacts => ({
    customerId,
    arBalance: [],
    contractValue: [],
    purchaseOrderRequired: false,
    invoicesNeedingPurchaseOrder: 0,
    invoicesMissingPurchaseOrder: [],
    invoices: [],
  });
  return customers.map((customer) => ({
    customer,
    billing: [customer.id, ...(customer.mergedCustomerIds ?? [])]
      .map((id) => billing.get(id) ?? none(id))
      .reduce((survivor, merged) => combine(survivor, merged)),
  }));
}
