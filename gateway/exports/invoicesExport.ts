import { isIsoDate } from '../../lib/calendar';
import { badUserInput } from '../../lib/errors';
import { customerPageDocument, customersOf, jsonRows, moneyCell, type MoneyValue } from './customerPages';
import { defineExport, type Cell } from './exportDefinition';
import { CUSTOMER_FILTER_PARAMETERS, customerFilter, readParameters } from './exportParameters';

/**
 * Every invoice of the customers the caller may list, one row each, in customer order then as
 * each contract lists them; optionally only those issued in a date range or of one status.
 */

const PARAMETERS = ['issuedFrom', 'issuedTo', 'invoiceStatus', ...CUSTOMER_FILTER_PARAMETERS];
const INVOICE_STATUSES = ['OPEN', 'PARTIALLY_PAID', 'PAID', 'VOID'];

interface Parameters extends Record<string, unknown> {
  issuedFrom: string | null;
  issuedTo: string | null;
  invoiceStatus: string | null;
  filter: Record<string, string>;
}

/** One invoice of `Customer.invoiceRows`: the amounts as the caller may see them, null where withheld. */
interface InvoiceRow {
  id: string;
  number: string;
  contractId: string;
  issueDate: string;
  dueDate: string;
  status: string;
  purchaseOrderNumber: string | null;
  currency: string;
  amount: MoneyValue | null;
  balance: MoneyValue | null;
}

interface CustomerNode {
  id: string;
  name: string;
  region: string;
  /** JSON text; null, with an error, when the contract service could not answer. */
  invoiceRows: string | null;
}

function dateParameter(given: Map<string, string>, name: string): string | null {
  const value = given.get(name);
  if (value === undefined) return null;
  if (!isIsoDate(value)) throw badUserInput(`${name} must be a date like 2026-11-30, got "${value}"`, name);
  return value;
}

export const invoicesExport = defineExport<Parameters>({
  name: 'invoices',
  description:
    'Invoices of the customers the caller may list, one row each; `issuedFrom` and `issuedTo` (dates, inclusive) and `invoiceStatus` narrow them.',
  columns: [
    { name: 'invoiceId', type: 'text' },
    { name: 'number', type: 'text' },
    { name: 'customerId', type: 'text' },
    { name: 'customerName', type: 'text' },
    { name: 'region', type: 'text' },
    { name: 'contractId', type: 'text' },
    { name: 'issueDate', type: 'date' },
    { name: 'dueDate', type: 'date' },
    { name: 'status', type: 'text' },
    { name: 'purchaseOrderNumber', type: 'text' },
    { name: 'currency', type: 'text' },
    { name: 'amount', type: 'decimal', governedBy: 'Invoice.amount' },
    { name: 'balance', type: 'decimal', governedBy: 'Invoice.balance' },
  ],
  parameterNames: PARAMETERS,
  parameters(query) {
    const given = readParameters(query, PARAMETERS);
    const invoiceStatus = given.get('invoiceStatus') ?? null;
    if (invoiceStatus !== null && !INVOICE_STATUSES.includes(invoiceStatus))
      throw badUserInput(`invoiceStatus must be one of ${INVOICE_STATUSES.join(', ')}`, 'invoiceStatus');
    const issuedFrom = dateParameter(given, 'issuedFrom');
    const issuedTo = dateParameter(given, 'issuedTo');
    if (issuedFrom && issuedTo && issuedFrom > issuedTo)
      throw badUserInput('issuedFrom is after issuedTo', 'issuedFrom');
    return { issuedFrom, issuedTo, invoiceStatus, filter: customerFilter(given) };
  },
  document() {
    // The invoices come as one JSON value per customer (Customer.invoiceRows), not as an object per
    // invoice: the same governance per amount, a small fraction of the work per row.
    return customerPageDocument(
      'ExportInvoices',
      ', $issuedFrom: Date, $issuedTo: Date, $status: InvoiceStatus',
      'id name region invoiceRows(issuedFrom: $issuedFrom, issuedTo: $issuedTo, status: $status)',
    );
  },
  variables({ filter, issuedFrom, issuedTo, invoiceStatus }) {
    return { filter, issuedFrom, issuedTo, status: invoiceStatus };
  },
  page(data) {
    const { nodes, next } = customersOf<CustomerNode>(data);
    const rows = nodes.flatMap((customer) =>
      jsonRows<InvoiceRow>(customer.id, customer.invoiceRows).map((invoice): Cell[] => [
        invoice.id,
        invoice.number,
        customer.id,
        customer.name,
        customer.region,
        invoice.contractId,
        invoice.issueDate,
        invoice.dueDate,
        invoice.status,
        invoice.purchaseOrderNumber,
        invoice.currency,
        moneyCell(invoice.amount),
        moneyCell(invoice.balance),
      ]),
    );
    return { rows, next };
  },
});
