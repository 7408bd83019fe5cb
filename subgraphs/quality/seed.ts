import type { SqlEntityManager } from '@mikro-orm/knex';
import { addMonths, lastDayOfMonth, monthOf } from '../../lib/calendar';
import { joinedBook, type DemoBook } from '../../lib/demo/book';
import type { DemoSeeder } from '../kit/seed';
import { demoCheckFacts } from './checks/demoCheckFacts';
import { evaluateRun } from './runs/evaluateRun';
import { storeRun } from './runs/runQualityChecks';
import { seedDemoExtracts } from './extracts/demoExtracts';

/** Months of monthly quality runs a fresh installation starts with, so KPI trends show from day one. */
const HISTORY_MONTHS = 4;

/**
 * The history of runs needs the whole book: its KPIs are over every customer, so the chunks are
 * gathered and the runs evaluated once they are all in.
 */
export const seedQuality: DemoSeeder = () => {
  const chunks: DemoBook[] = [];
  return {
    chunk: async (_em, book) => {
      chunks.push(book);
    },
    finish: (em) => seedQualityHistory(em, joinedBook(chunks)),
  };
};

/** Runs the quality checks over the demo book as the nightly batch would have at each recent month end, and stores them. */
async function seedQualityHistory(em: SqlEntityManager, book: DemoBook): Promise<void> {
  const latest = book.asOf.slice(0, 10);
  const factsOn = demoCheckFacts(book);
  for (let back = HISTORY_MONTHS - 1; back >= 0; back -= 1) {
    const asOf = back === 0 ? latest : lastDayOfMonth(monthOf(addMonths(latest, -back)));
    const checkedAt = new Date(`${asOf}T23:00:00.000Z`);
    await storeRun(em, evaluateRun(`qrun_${asOf}`, asOf, checkedAt, factsOn(asOf)));
  }
  await seedDemoExtracts(em, book, factsOn(latest));
}
