import { formatMinor } from '../../../lib/money';
import type { PolicyPlan } from '../../../policies/compile';
import { classified } from '../../../policies/copies';
import type { CopiedColumn, RowColumn } from '../../kit/copies';
import type { InvoiceRow } from './invoiceRows';

/**
 * The columns of `Customer.invoiceRows`. The amounts are copies of `Invoice.amount` and
 * `Invoice.balance`, so each is governed as that field is for the invoice's own jurisdiction, and
 * reported against the invoice, as a read of the field would be.
 */

function amountCopy(
  plan: PolicyPlan,
  coordinate: string,
  minorOf: (row: InvoiceRow) => number,
): CopiedColumn<InvoiceRow> {
  const field = plan.fields[coordinate];
  if (!field) throw new Error(`${coordinate} is not classified in this schema, so its copies cannot be governed`);
  return {
    attribute: classified(field),
    value: (row) => formatMinor(minorOf(row), row.currency),
    owner: (row) => ({ typeName: 'Invoice', object: row, region: row.region, via: 'Customer.invoiceRows' }),
  };
}

const columnsByPlan = new WeakMap<PolicyPlan, Record<string, RowColumn<InvoiceRow>>>();

/** The columns for this policy plan, made once: every customer of every page reads them. */
export function invoiceRowColumns(plan: PolicyPlan): Record<string, RowColumn<InvoiceRow>> {
  let columns = columnsByPlan.get(plan);
  if (!columns) columnsByPlan.set(plan, (columns = columnsOf(plan)));
  return columns;
}

function columnsOf(plan: PolicyPlan): Record<string, RowColumn<InvoiceRow>> {
  return {
    id: (row) => row.id,
    number: (row) => row.number,
    contractId: (row) => row.contractId,
    issueDate: (row) => row.issueDate,
    dueDate: (row) => row.dueDate,
    status: (row) => row.status,
    purchaseOrderNumber: (row) => row.purchaseOrderNumber,
    currency: (row) => row.currency,
    amount: amountCopy(plan, 'Invoice.amount', (row) => row.amountMinor),
    balance: amountCopy(plan, 'Invoice.balance', (row) => row.balanceMinor),
  };
}
