import type { SqlEntityManager } from '@mikro-orm/knex';
import { addDays } from '../../../lib/calendar';
import { bulkInsert } from '../../kit/bulkInsert';
import { ExtractBalanceEntity } from '../entities/ExtractBalance';
import { SystemExtractEntity } from '../entities/SystemExtract';
import type { LedgerSystem } from '../generated/enums';
import { reconcileDay } from './recordExtract';

/**
 * A few days of daily extracts in the demo, so reconciliation and count history show from the first
 * start: billing and collections hold every open balance; the general ledger lags by two customers
 * (posted the next day) and carries one balance it got wrong, as ledgers do.
 */

const DAYS = 3;
const LAGGING = 2;

/** A customer's open receivables in one currency, as the extracts carry them. */
export interface OpenBalance {
  customerId: string;
  currency: string;
  arBalanceMinor: number;
}

export async function seedDemoExtracts(
  em: SqlEntityManager,
  latest: string,
  open: readonly OpenBalance[],
  regionOf: ReadonlyMap<string, string>,
): Promise<void> {
  for (let back = DAYS - 1; back >= 0; back -= 1) {
    const day = addDays(latest, -back);
    const lagging = new Set(open.slice(back * LAGGING, back * LAGGING + LAGGING).map((b) => b.customerId));
    const misposted = open[open.length - 1 - back];
    const rows: Record<LedgerSystem, typeof open> = {
      BILLING: open,
      COLLECTIONS: open,
      GL: open
        .filter((b) => !lagging.has(b.customerId))
        .map((b) => (b === misposted ? { ...b, arBalanceMinor: b.arBalanceMinor + 10_000 } : b)),
    };
    for (const [system, balances] of Object.entries(rows) as [LedgerSystem, typeof open][]) {
      const id = `demo-${system.toLowerCase()}-${day}`;
      const takenAt = new Date(`${day}T22:00:00.000Z`);
      await bulkInsert(em, SystemExtractEntity, [
        {
          id,
          system,
          businessDate: day,
          takenAt,
          customerCount: new Set(balances.map((b) => b.customerId)).size,
          receivedAt: takenAt,
          receivedBy: 'demo',
        },
      ]);
      await bulkInsert(
        em,
        ExtractBalanceEntity,
        balances.map((b) => ({ id: `${id}/${b.customerId}/${b.currency}`, extractId: id, ...b })),
      );
    }
    await reconcileDay(
      em,
      async (ids) => Object.fromEntries(ids.map((id) => [id, regionOf.get(id) ?? 'UNKNOWN'])),
      day,
      new Date(`${day}T23:00:00.000Z`),
    );
  }
}
