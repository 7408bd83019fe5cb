import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../bin/args';
import { SUBGRAPH_NAMES, loadConfig } from '../../lib/config';
import { REGIONS } from '../../lib/regions';
import { mintDevToken } from '../../lib/tokens/clientToken';
import { TEST_SERVICE_ENV } from '../support/federation';
import { exited, freePort, processUsage, startService, subgraphPorts } from '../support/serviceProcesses';
import { printTable } from './printTable';

/**
 * `npm run bench:export -- [--customers 30000] [--data DIR] [--role bi_reader] [--exports a,b]
 * [--format csv] [--page 100]`: each bulk export streamed through the gateway over HTTP, as a BI
 * tool reads it, on a seeded book, in the production shape: each subgraph and the gateway in a
 * process of its own, this reader in another. Prints rows, seconds, rows/s, MB, the CPU per
 * thousand rows of the gateway and of the subgraphs together, and the gateway's peak RSS over the
 * whole run. customer-revenue runs twice: the
 * first run computes and keeps the month-end summaries it lacks, the second reads them. `--data`
 * reuses a folder `npm run seed` filled; DATABASE_URL in the environment selects PostgreSQL.
 */

const ROOT = path.resolve(__dirname, '../..');

interface Measured {
  rows: number;
  bytes: number;
  seconds: number;
}

async function stream(url: string, token: string): Promise<Measured> {
  const started = Date.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}: ${await response.text()}`);
  let bytes = 0;
  let lines = 0;
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.length;
    for (const byte of chunk.value) if (byte === 0x0a) lines += 1;
  }
  const csv = url.includes('.csv');
  return { rows: csv ? lines - 1 : lines, bytes, seconds: (Date.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['customers', 'data', 'role', 'exports', 'format', 'page']);
  const customers = Number(args.customers ?? 30_000);
  const dataDir = args.data ? path.resolve(args.data) : fs.mkdtempSync(path.join(os.tmpdir(), 'custos-export-'));
  const names = (args.exports ?? 'invoices,ar-ageing,customer-revenue').split(',');
  const format = args.format ?? 'csv';
  const role = args.role ?? 'bi_reader';
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...TEST_SERVICE_ENV,
    ...(args.page ? { MAX_PAGE_SIZE: args.page } : {}),
  };
  if (!args.data) {
    console.log(`seeding ${customers} demo customers into ${dataDir} ...`);
    execFileSync('npx', ['tsx', 'bin/seed.ts', '--customers', String(customers)], { cwd: ROOT, env, stdio: 'inherit' });
  }
  const { ports, env: subgraphEnv } = await subgraphPorts();
  const gatewayPort = await freePort();
  const serviceEnv = Object.fromEntries(
    Object.entries({ ...env, ...subgraphEnv, PORT: String(gatewayPort) }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const config = loadConfig(serviceEnv);
  const subgraphs = await Promise.all(
    SUBGRAPH_NAMES.map((name) =>
      startService(
        ['--import', 'tsx', 'bin/start-subgraph.ts', name],
        serviceEnv,
        `http://127.0.0.1:${ports[name]}/ready`,
        600,
      ),
    ),
  );
  const base = `http://127.0.0.1:${gatewayPort}`;
  const children = [...subgraphs];
  try {
    const gateway = await startService(['--import', 'tsx', 'bin/start-gateway.ts'], serviceEnv, `${base}/ready`, 120);
    children.push(gateway);
    const principal = { sub: 'bench-export', roles: [role as never], regions: [...REGIONS] };
    const token = await mintDevToken(config.auth, principal);
    const cpuSeconds = (processes: typeof children) =>
      processes.reduce((sum, child) => sum + processUsage(child.pid).cpuSeconds, 0);
    const runs = names.flatMap((name) => (name === 'customer-revenue' ? [`${name} (cold)`, `${name} (warm)`] : [name]));
    const rows: (string | number)[][] = [];
    for (const run of runs) {
      const name = run.split(' ')[0];
      const [gatewayBefore, subgraphsBefore] = [cpuSeconds([gateway]), cpuSeconds(subgraphs)];
      const measured = await stream(`${base}/export/${name}.${format}`, token);
      const [gatewayAfter, subgraphsAfter] = [cpuSeconds([gateway]), cpuSeconds(subgraphs)];
      const perThousand = (before: number, after: number) =>
        (((after - before) * 1000 * 1000) / measured.rows).toFixed(0);
      rows.push([
        run,
        measured.rows,
        measured.seconds.toFixed(1),
        Math.round(measured.rows / measured.seconds),
        (measured.bytes / 2 ** 20).toFixed(1),
        perThousand(gatewayBefore, gatewayAfter),
        perThousand(subgraphsBefore, subgraphsAfter),
        processUsage(gateway.pid).peakRssMiB,
      ]);
    }
    printTable(
      [
        `export as ${role}, ${format}, ${config.maxPageSize} customers a page (${config.databaseUrl('customer') ? 'PostgreSQL' : 'SQLite'})`,
        'rows',
        'seconds',
        'rows/s',
        'MB',
        'gateway CPU ms / 1k rows',
        'subgraphs CPU ms / 1k rows',
        'gateway peak RSS MiB',
      ],
      rows,
    );
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await Promise.all(children.map((child) => exited(child)));
  }
}

main().catch((error: Error) => {
  console.error(`bench:export: ${error.message}`);
  process.exit(1);
});
