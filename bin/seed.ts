import { loadConfig } from '../lib/config';
import { generateDemoBook } from '../lib/demo/book';
import { createLogger } from '../lib/logger';
import { SUBGRAPHS } from '../subgraphs';
import { seedIfEmpty } from '../subgraphs/kit/seed';
import { clearData, openSubgraphDatabase } from '../subgraphs/kit/subgraph';
import { parseArgs } from './args';

/** `npm run seed -- --customers N [--seed S]`: rebuilds the demo data in every subgraph's database. */
async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['customers', 'seed']);
  const env = {
    ...process.env,
    ...(args.customers ? { SEED_CUSTOMERS: args.customers } : {}),
    ...(args.seed ? { SEED: args.seed } : {}),
  };
  const config = loadConfig(env);
  const started = Date.now();
  const book = generateDemoBook(config.seed);
  const log = createLogger('seed', 'warn');
  for (const definition of Object.values(SUBGRAPHS)) {
    const database = await openSubgraphDatabase(definition, config, log);
    try {
      await clearData(database, definition);
      await seedIfEmpty(database, definition, () => book, config);
    } finally {
      await database.close();
    }
  }
  console.log(
    `Seeded ${book.customers.length} customers, ${book.sourceRecords.length} source records, ${book.contracts.length} contracts ` +
      `and ${book.changes.length} changes for the change log, delivered by the customer subgraph once it runs (seed ${config.seed.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

main().catch((error: Error) => {
  console.error(`seed: ${error.message}`);
  process.exit(1);
});
