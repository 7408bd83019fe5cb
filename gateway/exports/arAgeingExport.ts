import { ageReceivables, AGEING_BUCKETS, type AgedInvoice } from './ageReceivables';
import { customerPageDocument, customersOf, jsonRows } from './customerPages';
import { defineExport, type Cell } from './exportDefinition';
import { CUSTOMER_FILTER_PARAMETERS, customerFilter, readParameters } from './exportParameters';

/**
 * Accounts-receivable ageing on the gateway's today: one row per customer and currency owed,
 * with the open balances by days past due (gateway/exports/ageReceivables.ts).
 */

const PARAMETERS = [...CUSTOMER_FILTER_PARAMETERS];

interface Parameters extends Record<string, unknown> {
  today: string;
  filter: Record<string, string>;
}

interface CustomerNode {
  id: string;
  name: string;
  region: string;
  /** JSON text of AgedInvoice rows, read as the invoices export reads them (Customer.invoiceRows). */
  invoiceRows: string | null;
}

export const arAgeingExport = defineExport<Parameters>({
  name: 'ar-ageing',
  description:
    'What each customer owes today, per currency, by days past due: not yet due, 1-30, 31-60, 61-90 and over 90.',
  columns: [
    { name: 'customerId', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'region', type: 'text' },
    { name: 'asOf', type: 'date' },
    { name: 'currency', type: 'text' },
    { name: 'openInvoices', type: 'integer' },
    ...[...AGEING_BUCKETS, 'total' as const].map((bucket) => ({
      name: bucket,
      type: 'decimal' as const,
      governedBy: 'Invoice.balance',
    })),
  ],
  parameterNames: PARAMETERS,
  parameters(query, today) {
    return { today, filter: customerFilter(readParameters(query, PARAMETERS)) };
  },
  document() {
    return customerPageDocument('ExportReceivablesAgeing', '', 'id name region invoiceRows');
  },
  variables({ filter }) {
    return { filter };
  },
  page(data, { today }) {
    const { nodes, next } = customersOf<CustomerNode>(data);
    const rows = nodes.flatMap((customer) =>
      ageReceivables(jsonRows<AgedInvoice>(customer.id, customer.invoiceRows), today).map((ageing): Cell[] => [
        customer.id,
        customer.name,
        customer.region,
        today,
        ageing.currency,
        ageing.openInvoices,
        ...AGEING_BUCKETS.map((bucket) => ageing.amounts[bucket]),
        ageing.amounts.total,
      ]),
    );
    return { rows, next };
  },
});
