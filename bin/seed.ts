import { loadConfig } from '../lib/config';
import { demoBookChunks } from '../lib/demo/book';
import { createLogger } from '../lib/logger';
import { SUBGRAPHS } from '../subgraphs';
import { seedIfEmpty } from '../subgraphs/kit/seed';
import { clearData, openSubgraphDatabase } from '../subgraphs/kit/subgraph';
import { parseArgs } from './args';

/** Customers generated and written at a time, so memory does not grow with the book. */
const CHUNK_CUSTOMERS = 5_000;

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
  let counts = { customers: 0, sourceRecords: 0, contracts: 0, changes: 0 };
  // Each subgraph's pass generates the book afresh, a chunk at a time, and counts it as it goes.
  function* chunks() {
    counts = { customers: 0, sourceRecords: 0, contracts: 0, changes: 0 };
    for (const chunk of demoBookChunks(config.seed, CHUNK_CUSTOMERS)) {
      counts.customers += chunk.customers.length;
      counts.sourceRecords += chunk.sourceRecords.length;
      counts.contracts += chunk.contracts.length;
      counts.changes += chunk.changes.length;
      yield chunk;
    }
  }
  const log = createLogger('seed', 'warn');
  for (const definition of Object.values(SUBGRAPHS)) {
    const database = await openSubgraphDatabase(definition, config, log);
    try {
      await clearData(database, definition);
      await seedIfEmpty(database, definition, chunks, config);
    } finally {
      await database.close();
    }
  }
  console.log(
    `Seeded ${counts.customers} customers, ${counts.sourceRecords} source records, ${counts.contracts} contracts ` +
      `and ${counts.changes} changes for the change log, delivered by the customer subgraph once it runs (seed ${config.seed.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

main().catch((error: Error) => {
  console.error(`seed: ${error.message}`);
  process.exit(1);
});
