import type { DemoBook } from '../../../lib/demo/book';
import { demoPurchaseOrders, type PurchaseOrderNumbering } from '../../../lib/demo/purchaseOrders';
import { checkTaxId } from '../../../lib/taxids/validate';
import type { TaxIdKind } from '../../../lib/taxids/kinds';
import { demoInstruments } from '../../../lib/demo/instruments';
import type { CheckFacts } from './facts';

/**
 * The facts the quality services would have answered on a day, read from the demo book instead:
 * customers created by then, invoices issued and payments received by then. Seeds a history of
 * runs, so trends in a fresh installation are real. What does not depend on the day is worked out once.
 */
export function demoCheckFacts(
  book: DemoBook,
  numbering: PurchaseOrderNumbering = { counted: 0 },
): (asOf: string) => CheckFacts[] {
  const bankAccounts = new Map<string, number>();
  for (const account of demoInstruments(book).bankAccounts)
    bankAccounts.set(account.customerId, (bankAccounts.get(account.customerId) ?? 0) + 1);
  const purchaseOrders = demoPurchaseOrders(book, numbering);
  const contractsOf = new Map<string, DemoBook['contracts']>();
  for (const contract of book.contracts)
    contractsOf.set(contract.customerId, [...(contractsOf.get(contract.customerId) ?? []), contract]);
  // Validated once: a tax id's validity does not change with the day.
  const taxIdFacts = new Map(
    book.customers.map((customer) => [
      customer.id,
      customer.taxIds.map((taxId) => {
        const check = checkTaxId(taxId.kind as TaxIdKind, taxId.value, taxId.country);
        return { kind: taxId.kind, valid: check.valid, reasonCode: check.reason?.code ?? null };
      }),
    ]),
  );

  return (asOf) => {
    const day = asOf.slice(0, 10);
    return book.customers
      .filter((customer) => customer.createdAt.slice(0, 10) <= day)
      .map((customer) => {
        const contracts = (contractsOf.get(customer.id) ?? []).filter((c) => c.startDate <= day);
        const invoices = contracts.flatMap((c) =>
          c.invoices.filter((i) => i.issueDate <= day).map((i) => ({ ...i, currency: c.currency, contractId: c.id })),
        );
        const ar = new Map<string, number>();
        const value = new Map<string, number>();
        for (const c of contracts) value.set(c.currency, (value.get(c.currency) ?? 0) + c.totalValueMinor);
        const history = invoices.map((invoice) => {
          const payments = invoice.payments.filter((p) => p.receivedOn <= day);
          ar.set(
            invoice.currency,
            (ar.get(invoice.currency) ?? 0) + invoice.amountMinor - payments.reduce((sum, p) => sum + p.amountMinor, 0),
          );
          return {
            invoiceId: invoice.id,
            streamId: invoice.contractId,
            issueDate: invoice.issueDate,
            dueDate: invoice.dueDate,
            amountMinor: invoice.amountMinor,
            currency: invoice.currency,
            payments: payments.map((p) => ({ paymentId: p.id, receivedOn: p.receivedOn, amountMinor: p.amountMinor })),
          };
        });
        const requiresPo = purchaseOrders.required.has(customer.id);
        const address = customer.billingAddress;
        return {
          customer: {
            id: customer.id,
            region: customer.region,
            segment: customer.segment,
            country: customer.country,
            status: customer.status,
            createdAt: customer.createdAt,
            legalNamePresent: Boolean(customer.legalName?.trim()),
            billingAddressComplete: Boolean(address?.line1 && address.city && address.postalCode),
            shippingAddressPresent: Boolean(customer.shippingAddress?.line1),
            paymentTermsPresent: Boolean(customer.paymentTermsCode),
            creditLimitPresent: true,
            dunsPresent: Boolean(customer.duns),
            taxIds: taxIdFacts.get(customer.id) ?? [],
            bankAccountsOnFile: bankAccounts.get(customer.id) ?? 0,
            suspectedDuplicate: false,
          },
          billing: {
            customerId: customer.id,
            arBalance: [...ar].map(([currency, minor]) => ({ currency, minor })),
            contractValue: [...value].map(([currency, minor]) => ({ currency, minor })),
            purchaseOrderRequired: requiresPo,
            invoicesNeedingPurchaseOrder: requiresPo ? invoices.length : 0,
            invoicesMissingPurchaseOrder: requiresPo
              ? invoices.filter((i) => !purchaseOrders.numbers.has(i.id)).map((i) => i.id)
              : [],
            invoices: history,
          },
          openBankCases: 0,
        };
      });
  };
}
