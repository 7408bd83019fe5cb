import { formatMinor } from '../../../lib/money';
import { columnsPerPlan, copiedColumn } from '../../kit/copies';
import type { InvoiceRow } from './invoiceRows';

/**
 * The columns of `Customer.invoiceRows`. The amounts are copies of `Invoice.amount` and
 * `Invoice.balance`, so each is governed as that field is for the invoice's own jurisdiction, and
 * reported against the invoice, as a read of the field would be.
 */

const ofInvoice = (row: InvoiceRow) => ({
  typeName: 'Invoice',
  object: row,
  region: row.region,
  via: 'Customer.invoiceRows',
});

export const invoiceRowColumns = columnsPerPlan<InvoiceRow>((plan) => ({
  id: (row) => row.id,
  number: (row) => row.number,
  contractId: (row) => row.contractId,
  issueDate: (row) => row.issueDate,
  dueDate: (row) => row.dueDate,
  status: (row) => row.status,
  purchaseOrderNumber: (row) => row.purchaseOrderNumber,
  currency: (row) => row.currency,
  amount: copiedColumn(plan, 'Invoice.amount', (row) => formatMinor(row.amountMinor, row.currency), ofInvoice),
  balance: copiedColumn(plan, 'Invoice.balance', (row) => formatMinor(row.balanceMinor, row.currency), ofInvoice),
}));
