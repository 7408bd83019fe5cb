import { addMonths, lastDayOfMonth, monthOf, monthsFromTo } from '../../lib/calendar';
import { badUserInput } from '../../lib/errors';
import { customerPageDocument, customersOf, jsonRows, moneyCell, type MoneyValue } from './customerPages';
import { defineExport, type Cell } from './exportDefinition';
import {
  CUSTOMER_FILTER_PARAMETERS,
  customerFilter,
  lastClosedMonth,
  monthParameter,
  readParameters,
} from './exportParameters';

/**
 * Customers with their revenue at each month end of a period: one row per customer, month and
 * currency, with the figures of Customer.revenue as of that month's last day (today for the
 * current month). Customers without revenue in a month have no row for it.
 */

const MAX_MONTHS = 12;
const PARAMETERS = ['from', 'to', ...CUSTOMER_FILTER_PARAMETERS];
const FIGURES = ['recognizedToDate', 'deferred', 'unbilled', 'arr', 'mrr'] as const;
type Figure = (typeof FIGURES)[number];

interface Parameters extends Record<string, unknown> {
  months: { month: string; asOf: string }[];
  filter: Record<string, string>;
}

/** One row of `Customer.revenueRows`: figures as the caller may see them, null where withheld. */
type RevenueRow = { asOf: string; currency: string | null } & Record<Figure, MoneyValue | null>;

interface CustomerNode {
  id: string;
  name: string;
  country: string;
  region: string;
  segment: string | null;
  taxIds: { kind: string; value: string | null }[];
  /** JSON text; null, with an error, when the contract service could not answer. */
  revenueRows: string | null;
}

function rowsOf(customer: CustomerNode, months: Parameters['months']): Cell[][] {
  const taxId = customer.taxIds[0];
  const identity: Cell[] = [
    customer.id,
    customer.name,
    customer.country,
    customer.region,
    customer.segment,
    taxId?.kind ?? null,
    taxId?.value ?? null,
  ];
  const monthOfDay = new Map(months.map(({ month, asOf }) => [asOf, month]));
  // A day whose figures are all withheld comes as one row without a currency, rather than the customer silently missing.
  return jsonRows<RevenueRow>(customer.id, customer.revenueRows).map((revenue) => [
    ...identity,
    monthOfDay.get(revenue.asOf) ?? null,
    revenue.asOf,
    revenue.currency,
    ...FIGURES.map((figure) => moneyCell(revenue[figure])),
  ]);
}

export const customerRevenueExport = defineExport<Parameters>({
  name: 'customer-revenue',
  description:
    `Customers with their revenue at each month end from \`from\` to \`to\` (YYYY-MM, at most ${MAX_MONTHS} months; ` +
    `by default the ${MAX_MONTHS} months before the current one), one row per customer, month and currency.`,
  columns: [
    { name: 'customerId', type: 'text' },
    { name: 'name', type: 'text' },
    { name: 'country', type: 'text' },
    { name: 'region', type: 'text' },
    { name: 'segment', type: 'text' },
    { name: 'taxIdKind', type: 'text' },
    { name: 'taxId', type: 'text', governedBy: 'TaxId.value' },
    { name: 'month', type: 'text' },
    { name: 'asOf', type: 'date' },
    { name: 'currency', type: 'text' },
    ...FIGURES.map((figure) => ({ name: figure, type: 'decimal' as const, governedBy: `CustomerRevenue.${figure}` })),
  ],
  parameterNames: PARAMETERS,
  parameters(query, today) {
    const given = readParameters(query, PARAMETERS);
    const to = monthParameter(given, 'to', lastClosedMonth(today));
    const from = monthParameter(given, 'from', monthOf(addMonths(`${to}-01`, 1 - MAX_MONTHS)));
    if (from > to) throw badUserInput('from is after to', 'from');
    if (to > monthOf(today)) throw badUserInput('to is a month still to come', 'to');
    const months = monthsFromTo(from, to);
    if (months.length > MAX_MONTHS) throw badUserInput(`at most ${MAX_MONTHS} months at once`, 'from');
    return {
      months: months.map((month) => ({ month, asOf: month === monthOf(today) ? today : lastDayOfMonth(month) })),
      filter: customerFilter(given),
    };
  },
  document() {
    // The figures come as one JSON value per customer (Customer.revenueRows), not as an object per
    // amount: the same governance per figure, a small fraction of the work per row.
    return customerPageDocument(
      'ExportCustomerRevenue',
      ', $days: [Date!]!',
      'id name country region segment taxIds { kind value } revenueRows(asOf: $days)',
    );
  },
  variables({ months, filter }) {
    return { filter, days: months.map(({ asOf }) => asOf) };
  },
  page(data, { months }) {
    const { nodes, next } = customersOf<CustomerNode>(data);
    return { rows: nodes.flatMap((customer) => rowsOf(customer, months)), next };
  },
});
