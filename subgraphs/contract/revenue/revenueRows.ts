import type { SqlEntityManager } from '@mikro-orm/knex';
import { groupBy } from '../../../lib/groupBy';
import { ContractEntity } from '../entities/Contract';
import { recognises, REVENUE_FIGURES, type RevenueInCurrency } from './customerRevenue';
import { contractFigures, revenueKey, type ContractRevenueFigures } from './revenueSnapshots';

/**
 * A customer's revenue on several days as rows, for bulk reads (GET /export/customer-revenue reads
 * them through `Customer.revenueRows`): one row per day and currency instead of a GraphQL object per
 * amount. A page of customers' contracts is read as plain rows, no entity built, and their figures
 * for all the days at once through the same summaries `Customer.revenue` reads.
 */

/** The customer's revenue on one day: what a row's figures are reported against. */
export interface RevenueDay {
  customerId: string;
  region: string;
  asOf: string;
}

export interface RevenueRow extends RevenueInCurrency {
  day: RevenueDay;
}

/** A contract that recognises revenue, with its figures on each day asked for. */
export interface ContractOnDays {
  currency: string;
  figures: ReadonlyMap<string, ContractRevenueFigures>;
}

/** At most this many days in one request: a year of month ends and then some. */
export const MAX_REVENUE_ROW_DAYS = 24;

/**
 * The recognising contracts of these customers with their figures on `days`. A customer one of
 * whose contracts breaks a revenue rule gets that error, alone: the others on the page still answer.
 */
export async function readContractsOnDays(
  em: SqlEntityManager,
  customerIds: readonly string[],
  days: readonly string[],
): Promise<Map<string, ContractOnDays[] | Error>> {
  const contracts = (
    (await em
      .createQueryBuilder(ContractEntity)
      .select(['id', 'customerId', 'currency', 'status'])
      .where({ customerId: { $in: [...customerIds] } })
      .execute('all')) as unknown as { id: string; customerId: string; currency: string; status: string }[]
  ).filter(recognises);
  const figures = await contractFigures(
    em,
    contracts.flatMap((contract) => days.map((asOf) => ({ asOf, contractId: contract.id }))),
  );
  const figureOf = (contractId: string, asOf: string): ContractRevenueFigures => {
    const value = figures.get(revenueKey(contractId, asOf)) ?? new Error(`no contract ${contractId}`);
    if (value instanceof Error) throw value;
    return value;
  };
  const byCustomer = new Map<string, ContractOnDays[] | Error>();
  for (const [customerId, ofCustomer] of groupBy(contracts, (contract) => contract.customerId)) {
    try {
      byCustomer.set(
        customerId,
        ofCustomer.map((contract) => ({
          currency: contract.currency,
          figures: new Map(days.map((asOf) => [asOf, figureOf(contract.id, asOf)])),
        })),
      );
    } catch (error) {
      byCustomer.set(customerId, error as Error);
    }
  }
  return byCustomer;
}

/**
 * Rows as the caller may see them, where a day whose every figure is withheld becomes one row
 * naming only the day: its currencies would say in what the customer has revenue, which the
 * withheld `CustomerRevenue` lists do not say either.
 */
export function withheldDaysCollapsed(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const collapsed: Record<string, unknown>[] = [];
  const withheldDays = new Set<unknown>();
  for (const row of rows) {
    if (REVENUE_FIGURES.some((figure) => row[figure] !== null)) {
      collapsed.push(row);
      continue;
    }
    if (withheldDays.has(row.asOf)) continue;
    withheldDays.add(row.asOf);
    collapsed.push({ asOf: row.asOf, currency: null, ...Object.fromEntries(REVENUE_FIGURES.map((f) => [f, null])) });
  }
  return collapsed;
}
