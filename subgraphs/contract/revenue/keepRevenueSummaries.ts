import type { SqlEntityManager } from '@mikro-orm/knex';
import { today } from '../../../lib/calendar';
import { ContractEntity } from '../entities/Contract';
import { contractFigures } from './revenueSnapshots';

/**
 * Today's revenue summaries of a page of contracts, computed and kept ahead of the day's reads: the
 * first BI page of a day otherwise computes its hundred customers' schedules while the reader
 * waits (p95 690 ms at a million customers, against 165 ms once kept). The same `contractFigures`
 * that the revenue loaders read through, so what is kept is what a read would have kept.
 */

export const MAX_SUMMARY_PAGE = 2000;

export interface RevenueSummaryPass {
  contracts: number;
  failed: number;
  endCursor: string | null;
  done: boolean;
}

export async function keepRevenueSummaries(
  em: SqlEntityManager,
  after: string | null,
  first: number,
): Promise<RevenueSummaryPass> {
  const ids = (
    await em
      .createQueryBuilder(ContractEntity)
      .select('id')
      .where(after === null ? {} : { id: { $gt: after } })
      .orderBy({ id: 'asc' })
      .limit(first + 1)
      .execute('all')
  ).map((row) => row.id);
  const page = ids.slice(0, first);
  const asOf = today();
  const figures = await contractFigures(
    em,
    page.map((contractId) => ({ asOf, contractId })),
  );
  return {
    contracts: page.length,
    failed: [...figures.values()].filter((value) => value instanceof Error).length,
    endCursor: page.at(-1) ?? after,
    done: ids.length <= first,
  };
}
