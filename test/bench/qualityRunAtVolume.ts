import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../bin/args';
import { startGateway } from '../../gateway/server';
import { SUBGRAPH_NAMES, loadConfig } from '../../lib/config';
import { REGIONS } from '../../lib/regions';
import { mintDevToken } from '../../lib/tokens/clientToken';
import { TEST_SERVICE_ENV } from '../support/federation';
import { exited, processUsage, startService, subgraphPorts } from '../support/serviceProcesses';
import { printTable } from './printTable';

/**
 * `npm run bench:quality -- [--customers 30000] [--data DIR]`: one quality run through the gateway
 * over a seeded book, as an operator starts it (runQualityChecks, then qualityRuns until it is
 * done): its time, customers per second, the projection to a million, and the peak RSS of each
 * subgraph. The subgraphs run as production runs them, each in its own process, so the quality
 * subgraph checks one page while the customer and contract subgraphs serve the next. `--data`
 * reuses a book `npm run seed` filled (its folder; DATABASE_URL selects PostgreSQL) and never seeds it; without it the book is seeded into a fresh folder
 * first, and the seeding timed.
 */

const ROOT = path.resolve(__dirname, '../..');

async function graphql(url: string, token: string, query: string): Promise<Record<string, any>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`the gateway answered ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['customers', 'data']);
  const customers = Number(args.customers ?? 30_000);
  const dataDir = args.data ? path.resolve(args.data) : fs.mkdtempSync(path.join(os.tmpdir(), 'custos-quality-'));
  let seedSeconds: number | null = null;
  // A book named with --data is used as it is: on PostgreSQL its folder holds no database file to look for.
  if (!args.data) {
    console.log(`seeding ${customers} demo customers into ${dataDir} ...`);
    const started = Date.now();
    execFileSync('npx', ['tsx', 'bin/seed.ts', '--customers', String(customers)], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: 'inherit',
    });
    seedSeconds = (Date.now() - started) / 1000;
  }
  const { ports, env: subgraphEnv } = await subgraphPorts();
  const env = { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...TEST_SERVICE_ENV, ...subgraphEnv };
  const config = loadConfig(env);
  const children = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => {
      const ready = `http://127.0.0.1:${ports[name]}/ready`;
      return [name, await startService(['--import', 'tsx', 'bin/start-subgraph.ts', name], env, ready, 600)] as const;
    }),
  );
  const gateway = await startGateway({ config, port: 0 });
  const cpuBefore = new Map(children.map(([name, child]) => [name, processUsage(child.pid).cpuSeconds]));
  try {
    const steward = await mintDevToken(config.auth, { sub: 'bench', roles: ['data_steward'], regions: [...REGIONS] });
    const started = Date.now();
    const { runQualityChecks } = await graphql(gateway.url, steward, 'mutation { runQualityChecks { id } }');
    let run: { status: string; customersChecked: number; failure: string | null } | undefined;
    do {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const { qualityRuns } = await graphql(
        gateway.url,
        steward,
        '{ qualityRuns(first: 5) { id status customersChecked failure } }',
      );
      run = qualityRuns.find((r: { id: string }) => r.id === runQualityChecks.id);
    } while (run?.status === 'RUNNING');
    const seconds = (Date.now() - started) / 1000;
    if (run?.status !== 'COMPLETED') throw new Error(`the run ended ${run?.status}: ${run?.failure}`);
    const usage = children.map(([name, child]) => {
      const { peakRssMiB, cpuSeconds } = processUsage(child.pid);
      return { name, peakRssMiB, cpuSeconds: cpuSeconds - (cpuBefore.get(name) ?? 0) };
    });
    printTable(
      [
        `quality run through the gateway (${config.databaseUrl('customer') ? 'PostgreSQL' : 'SQLite'})`,
        'customers',
        'seconds',
        'customers/s',
        'minutes per 1M',
        'CPU s per subgraph',
        'peak RSS MiB per subgraph',
      ],
      [
        [
          `runQualityChecks, ${config.quality.runPageSize} customers a page`,
          run.customersChecked,
          seconds.toFixed(1),
          Math.round(run.customersChecked / seconds),
          (1_000_000 / (run.customersChecked / seconds) / 60).toFixed(1),
          usage.map((u) => `${u.name} ${u.cpuSeconds.toFixed(0)}`).join(', '),
          usage.map((u) => `${u.name} ${u.peakRssMiB}`).join(', '),
        ],
      ],
    );
    if (seedSeconds !== null) console.log(`seeding took ${seedSeconds.toFixed(1)} s`);
  } finally {
    await gateway.close();
    for (const [, child] of children) child.kill('SIGTERM');
    await Promise.all(children.map(([, child]) => exited(child)));
  }
}

main().catch((error: Error) => {
  console.error(`bench:quality: ${error.message}`);
  process.exit(1);
});
