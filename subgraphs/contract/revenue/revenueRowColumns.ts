import { formatMinor } from '../../../lib/money';
import { columnsPerPlan, copiedColumn, type CopyOwner } from '../../kit/copies';
import { REVENUE_FIGURES } from './customerRevenue';
import type { RevenueRow } from './revenueRows';

/**
 * The columns of `Customer.revenueRows`. Each figure is a copy of the `CustomerRevenue` field of its
 * name, governed as that field is for the customer's jurisdiction and reported against the
 * customer's revenue on that day, as `Customer.revenue(asOf)` would be.
 */

const ofDay = (row: RevenueRow): CopyOwner => ({
  typeName: 'CustomerRevenue',
  object: row.day,
  region: row.day.region,
  via: 'Customer.revenueRows',
});

export const revenueRowColumns = columnsPerPlan<RevenueRow>((plan) => ({
  asOf: (row) => row.day.asOf,
  currency: (row) => row.currency,
  ...Object.fromEntries(
    REVENUE_FIGURES.map((figure) => [
      figure,
      copiedColumn(
        plan,
        `CustomerRevenue.${figure}`,
        (row: RevenueRow) => formatMinor(row[figure], row.currency),
        ofDay,
      ),
    ]),
  ),
}));
