import { spawn, type ChildProcess } from 'node:child_process';
import { isSubgraphName, loadConfig, SUBGRAPH_NAMES, type SubgraphName } from '../lib/config';
import { demoBookChunks } from '../lib/demo/book';
import { createLogger } from '../lib/logger';
import { SUBGRAPHS } from '../subgraphs';
import { seedIfEmpty } from '../subgraphs/kit/seed';
import { clearData, openSubgraphDatabase } from '../subgraphs/kit/subgraph';
import { parseArgs } from './args';

/** Customers generated and written at a time, so memory does not grow with the book. */
const CHUNK_CUSTOMERS = 5_000;

interface Counts {
  customers: number;
  sourceRecords: number;
  contracts: number;
  changes: number;
}

/** Rebuilds one subgraph's database from the demo book, generated afresh a chunk at a time, and counts the book. */
async function seedSubgraph(name: SubgraphName, env: NodeJS.ProcessEnv): Promise<Counts> {
  const config = loadConfig(env);
  let counts: Counts = { customers: 0, sourceRecords: 0, contracts: 0, changes: 0 };
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
  const definition = SUBGRAPHS[name];
  const database = await openSubgraphDatabase(definition, config, createLogger('seed', 'warn'));
  try {
    await clearData(database, definition);
    await seedIfEmpty(database, definition, chunks, config);
  } finally {
    await database.close();
  }
  return counts;
}

/** Seeds one subgraph in a process of its own; resolves with the counts it prints. */
function seedInChild(name: SubgraphName, argv: string[], running: Set<ChildProcess>): Promise<Counts> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, ...argv, '--subgraph', name], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      running.delete(child);
      // The counts are the last line; a warning logged before them is passed on.
      const lines = output.trimEnd().split('\n');
      if (lines.length > 1) process.stdout.write(`${lines.slice(0, -1).join('\n')}\n`);
      if (code === 0) resolve(JSON.parse(lines[lines.length - 1]) as Counts);
      else reject(new Error(`seeding ${name} failed (exit code ${code})`));
    });
  });
}

/**
 * `npm run seed -- --customers N [--seed S]`: rebuilds the demo data in every subgraph's database,
 * each subgraph in a process of its own at the same time (their databases are separate, and a large
 * book takes long enough to want every core). `--subgraph NAME` seeds that one alone, in this process.
 */
async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = parseArgs(argv, ['customers', 'seed', 'subgraph']);
  const env = {
    ...process.env,
    ...(args.customers ? { SEED_CUSTOMERS: args.customers } : {}),
    ...(args.seed ? { SEED: args.seed } : {}),
  };
  if (args.subgraph !== undefined) {
    if (!isSubgraphName(args.subgraph)) throw new Error(`--subgraph must be one of ${SUBGRAPH_NAMES.join(', ')}`);
    console.log(JSON.stringify(await seedSubgraph(args.subgraph, env)));
    return;
  }
  // Settings are checked once here, before any database is touched.
  const config = loadConfig(env);
  const started = Date.now();
  const running = new Set<ChildProcess>();
  // Every database is emptied, the audit trail's too; the customer subgraph's pass counts the book.
  const [counts] = await Promise.all(SUBGRAPH_NAMES.map((name) => seedInChild(name, argv, running))).catch(
    (error: Error) => {
      // One subgraph failed: the others are stopped, and each rolls back its own transaction.
      for (const child of running) child.kill();
      throw error;
    },
  );
  console.log(
    `Seeded ${counts.customers} customers, ${counts.sourceRecords} source records, ${counts.contracts} contracts ` +
      `and ${counts.changes} changes for the change log, delivered by the customer subgraph once it runs (seed ${config.seed.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

main().catch((error: Error) => {
  console.error(`seed: ${error.message}`);
  process.exit(1);
});
