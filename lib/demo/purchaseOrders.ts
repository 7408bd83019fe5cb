import type { DemoBook } from './book';

/**
 * Purchase-order discipline in the demo book: enterprise customers require a PO number of the form
 * PO-nnnnnn on every invoice, and a few of their invoices (every 29th) went out without one, as
 * happens before a rule is enforced at invoice creation.
 */

export const DEMO_PO_PATTERN = 'PO-\\d{6}';
/** The rules were set long before the book's invoices, so they govern all of them. */
export const DEMO_PO_RULES_SET_AT = '2020-01-01T00:00:00.000Z';

export interface DemoPurchaseOrders {
  /** Customers whose invoices need a PO number. */
  required: Set<string>;
  /** The PO number of each invoice that has one. */
  numbers: Map<string, string>;
}

/** Where the numbering stands: a book seeded a chunk at a time carries it from one chunk to the next. */
export interface PurchaseOrderNumbering {
  /** Enterprise invoices numbered so far. */
  counted: number;
}

export function demoPurchaseOrders(
  book: Pick<DemoBook, 'customers' | 'contracts'>,
  numbering: PurchaseOrderNumbering = { counted: 0 },
): DemoPurchaseOrders {
  const required = new Set(book.customers.filter((c) => c.segment === 'ENTERPRISE').map((c) => c.id));
  const numbers = new Map<string, string>();
  for (const contract of book.contracts) {
    if (!required.has(contract.customerId)) continue;
    for (const invoice of contract.invoices) {
      numbering.counted += 1;
      const counter = numbering.counted;
      if (counter % 29 !== 0) numbers.set(invoice.id, `PO-${String(100000 + counter).slice(-6)}`);
    }
  }
  return { required, numbers };
}
