import type { SqlEntityManager } from '@mikro-orm/knex';
import { addMonths, lastDayOfMonth, monthOf } from '../../lib/calendar';
import { DEMO_AS_OF } from '../../lib/demo/book';
import type { PurchaseOrderNumbering } from '../../lib/demo/purchaseOrders';
import { bulkInsert } from '../kit/bulkInsert';
import type { DemoSeeder } from '../kit/seed';
import { demoCheckFacts } from './checks/demoCheckFacts';
import { QualityRunEntity } from './entities/QualityRun';
import { seedDemoExtracts, type OpenBalance } from './extracts/demoExtracts';
import { addTallies, completedRun, evaluateCustomers, NO_CUSTOMERS } from './runs/evaluateRun';
import { storeRows } from './runs/runQualityChecks';

/** Months of monthly quality runs a fresh installation starts with, so KPI trends show from day one. */
const HISTORY_MONTHS = 4;

interface HistoryRun {
  id: string;
  asOf: string;
  checkedAt: Date;
}

/** The nightly batch's runs at each recent month end, the latest on the book's own day. */
function historyRuns(): HistoryRun[] {
  const latest = DEMO_AS_OF.slice(0, 10);
  return Array.from({ length: HISTORY_MONTHS }, (_, n) => {
    const back = HISTORY_MONTHS - 1 - n;
    const asOf = back === 0 ? latest : lastDayOfMonth(monthOf(addMonths(latest, -back)));
    return { id: `qrun_${asOf}`, asOf, checkedAt: new Date(`${asOf}T23:00:00.000Z`) };
  });
}

/**
 * Runs the quality checks over the demo book as the nightly batch would have at each recent month
 * end, a chunk of customers at a time: each chunk's rows are stored as they are evaluated, and the
 * runs are completed with their totals after the last. The extracts need only each customer's open
 * balances, which are gathered as the chunks pass.
 */
export const seedQuality: DemoSeeder = () => {
  const runs = historyRuns();
  const tallies = runs.map(() => NO_CUSTOMERS);
  const numbering: PurchaseOrderNumbering = { counted: 0 };
  const open: OpenBalance[] = [];
  const regionOf = new Map<string, string>();
  let started = false;
  return {
    async chunk(em, book) {
      if (!started) {
        await bulkInsert(
          em,
          QualityRunEntity,
          runs.map((run) => ({
            ...completedRun(run.id, run.asOf, run.checkedAt, run.checkedAt, NO_CUSTOMERS),
            status: 'RUNNING' as const,
          })),
        );
        started = true;
      }
      const factsOn = demoCheckFacts(book, numbering);
      for (const [i, run] of runs.entries()) {
        const facts = factsOn(run.asOf);
        const { tally, ...rows } = evaluateCustomers(run.id, run.checkedAt, facts);
        await storeRows(em, rows);
        tallies[i] = addTallies(tallies[i], tally);
        if (i < runs.length - 1) continue;
        for (const { customer, billing } of facts)
          for (const balance of billing.arBalance)
            if (balance.minor !== 0)
              open.push({ customerId: customer.id, currency: balance.currency, arBalanceMinor: balance.minor });
      }
      for (const customer of book.customers) regionOf.set(customer.id, customer.region);
    },
    async finish(em: SqlEntityManager) {
      if (!started) return;
      for (const [i, run] of runs.entries())
        await em.nativeUpdate(
          QualityRunEntity,
          { id: run.id },
          completedRun(run.id, run.asOf, run.checkedAt, run.checkedAt, tallies[i]),
        );
      await seedDemoExtracts(em, runs[runs.length - 1].asOf, open, regionOf);
    },
  };
};
