import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../bin/args';
import { loadConfig } from '../../lib/config';
import { REGIONS } from '../../lib/regions';
import { mintDevToken } from '../../lib/tokens/clientToken';
import { GENEROUS_RATE_LIMITS } from '../support/federation';
import { startHost, type Host } from './peers/childProcesses';
import { printTable } from './printTable';

/**
 * `npm run bench:export -- [--customers 30000] [--data DIR] [--role bi_reader] [--exports a,b]
 * [--format csv] [--page 100]`: each bulk export streamed through the gateway over HTTP, as a BI
 * tool reads it, on a seeded book, in the production shape: the four subgraphs in one process, the
 * gateway in another, this reader in a third. Prints rows, seconds, rows/s, MB, each process's CPU
 * per thousand rows and the gateway's peak RSS. customer-revenue runs twice: the
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
    ...GENEROUS_RATE_LIMITS,
    ...(args.page ? { MAX_PAGE_SIZE: args.page } : {}),
  };
  if (!args.data) {
    console.log(`seeding ${customers} demo customers into ${dataDir} ...`);
    execFileSync('npx', ['tsx', 'bin/seed.ts', '--customers', String(customers)], { cwd: ROOT, env, stdio: 'inherit' });
  }
  const config = loadConfig(env);
  const hostEnv = Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const subgraphs = await startHost({ kind: 'subgraphs', env: hostEnv, background: false });
  let gateway: Host | undefined;
  try {
    const principal = { sub: 'bench-export', roles: [role as never], regions: [...REGIONS] };
    gateway = await startHost({
      kind: 'gateway',
      flavour: 'custos',
      env: hostEnv,
      subgraphUrls: subgraphs.urls,
      principal,
    });
    const base = gateway.url.replace(/\/graphql$/, '');
    const token = await mintDevToken(config.auth, principal);
    const runs = names.flatMap((name) => (name === 'customer-revenue' ? [`${name} (cold)`, `${name} (warm)`] : [name]));
    const rows: (string | number)[][] = [];
    for (const run of runs) {
      const name = run.split(' ')[0];
      const [gatewayBefore, subgraphsBefore] = [await gateway.usage(), await subgraphs.usage()];
      const measured = await stream(`${base}/export/${name}.${format}`, token);
      const [gatewayAfter, subgraphsAfter] = [await gateway.usage(), await subgraphs.usage()];
      const perThousand = (before: number, after: number) => (((after - before) / measured.rows) * 1000).toFixed(0);
      rows.push([
        run,
        measured.rows,
        measured.seconds.toFixed(1),
        Math.round(measured.rows / measured.seconds),
        (measured.bytes / 2 ** 20).toFixed(1),
        perThousand(gatewayBefore.cpuMs, gatewayAfter.cpuMs),
        perThousand(subgraphsBefore.cpuMs, subgraphsAfter.cpuMs),
        Math.round(gatewayAfter.maxRssMiB),
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
    await gateway?.stop();
    await subgraphs.stop();
  }
}

main().catch((error: Error) => {
  console.error(`bench:export: ${error.message}`);
  process.exit(1);
});
