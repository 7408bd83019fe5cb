import { parseMoney, type DecimalMoney } from '../../../lib/money';
import type { ServiceClient } from '../../kit/serviceClient';
import type { InvoiceHistory } from '../profiling/paymentBehaviour';
import { BillingQualityFactsDocument, type BillingQualityFactsQuery } from './generated/billingFacts';
import { CustomerQualityFactsDocument, type CustomerQualityFactsQuery } from './generated/customerFacts';

/**
 * What the quality checks know of each customer: facts from the customer master (presence and
 * validity, never classified values) and from billing (receivables, invoices, payments), fetched
 * as the `quality` service.
 */

/** A customer as the customer master reports it to the quality service. */
type WireCustomer = CustomerQualityFactsQuery['customerQualityFacts'][number];

/** What the rules judge of a customer: its own facts (the customers merged into it decide only whose billing counts). */
export type CustomerFacts = Omit<WireCustomer, 'mergedCustomerIds'>;

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

const BILLING_BATCH = 500;
const BILLING_CONCURRENCY = 3;

/** Billing as the contract subgraph sends it: amounts as Money. */
type WireBilling = BillingQualityFactsQuery['billingQualityFacts'][number];

const minor = (money: DecimalMoney) => parseMoney(money).minor;

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

/** Pages fetched ahead of the one being checked. */
const PAGES_AHEAD = 2;

const ignore = () => undefined;

/**
 * The facts of every surviving customer, in id order, a page at a time: a page of customers from the
 * customer master, then the billing of those customers (and of the customers merged into them) from
 * the contract subgraph, so a run over a million customers never holds them all. Pages are fetched
 * ahead while the caller checks this one, each page of customers asked for as soon as the one before
 * it is known, so the three subgraphs work side by side.
 */
export async function* factPages(
  client: ServiceClient,
  pageSize: number,
): AsyncGenerator<Omit<CheckFacts, 'openBankCases'>[]> {
  const customerPage = async (after: string | null): Promise<WireCustomer[]> =>
    (await client.query('customer', CustomerQualityFactsDocument, { after, first: pageSize })).customerQualityFacts;
  let customers = customerPage(null);
  const ahead: Promise<Omit<CheckFacts, 'openBankCases'>[] | null>[] = [];
  const fetchAhead = () => {
    const these = customers;
    // Until a page comes back empty: the customer subgraph may serve fewer than asked for.
    customers = these.then((list) => (list.length === 0 ? [] : customerPage(list[list.length - 1].id)));
    const page = these.then((list) => (list.length === 0 ? null : withBilling(client, list)));
    // A failure is met when its page is awaited; until then it must not count as unhandled.
    customers.catch(ignore);
    page.catch(ignore);
    ahead.push(page);
  };
  for (let n = 0; n < PAGES_AHEAD; n++) fetchAhead();
  for (;;) {
    const page = await ahead.shift();
    if (!page) return;
    fetchAhead();
    yield page;
  }
}

async function withBilling(
  client: ServiceClient,
  customers: WireCustomer[],
): Promise<Omit<CheckFacts, 'openBankCases'>[]> {
  const billing = new Map<string, BillingFacts>();
  // A survivor's billing includes the customers merged into it.
  const billingIds = customers.flatMap((c) => [c.id, ...c.mergedCustomerIds]);
  const batches: string[][] = [];
  for (let i = 0; i < billingIds.length; i += BILLING_BATCH) batches.push(billingIds.slice(i, i + BILLING_BATCH));
  // A few batches in flight at once; more would only queue at the contract subgraph's database.
  for (let i = 0; i < batches.length; i += BILLING_CONCURRENCY) {
    const answers = await Promise.all(
      batches
        .slice(i, i + BILLING_CONCURRENCY)
        .map((ids) => client.query('contract', BillingQualityFactsDocument, { ids })),
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
    billing: [customer.id, ...customer.mergedCustomerIds]
      .map((id) => billing.get(id) ?? none(id))
      .reduce((survivor, merged) => combine(survivor, merged)),
  }));
}
