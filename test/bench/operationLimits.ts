import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { startEmbedded } from '../../bin/embedded';
import { TEST_SERVICE_ENV } from '../support/federation';
import { loadConfig, SUBGRAPH_NAMES } from '../../lib/config';
import { mintDevToken } from '../../lib/tokens/clientToken';
import { SUPERGRAPH_PATH } from '../../schema/supergraphSdl';

/**
 * The most expensive operations the default limits still admit: how long the gateway takes to plan
 * each, and how far three running at once move a gateway process's memory. The subgraphs run in
 * this process; the gateway measured runs in its own, as in the production shape.
 */

const ROOT = path.resolve(__dirname, '../..');

const cycle = (levels: number) =>
  `{ customer(id: "cus_000001") { ${'contracts { customer { '.repeat(levels)}id${' } }'.repeat(levels)} } }`;

export const ADMITTED: { name: string; role: string; query: string }[] = [
  { name: 'customer -> contracts -> customer, to the depth limit (12)', role: 'finance_analyst', query: cycle(5) },
  {
    name: '15 aliased pages of 100 customers with contracts and invoices (cost 48,015 of 50,000)',
    role: 'finance_analyst',
    query: `{ ${Array.from({ length: 15 }, (_, i) => `p${i}: customers(first: 100) { edges { node { contracts { invoices { id } } } } }`).join(' ')} }`,
  },
  {
    name: 'BI page: 100 customers, revenue, schedules, invoices and payments (bi_reader budget 250,000)',
    role: 'bi_reader',
    query: `{ customers(first: 100) { edges { node { id name revenue { arr { amount } mrr { amount } deferred { amount } }
      contracts { totalValue { amount } revenueSchedule { month recognized { amount } deferred { amount } }
        invoices { amount { amount } balance { amount } payments { amount { amount } } }
        performanceObligations { allocated { amount } schedule { month recognized { amount } } } } } } } }`,
  },
];

export interface LimitSample {
  name: string;
  planningMs: number;
  responseMs: number;
  responseBytes: number;
  gatewayRssBeforeMiB: number;
  gatewayRssPeakMiB: number;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function rssMiB(metricsUrl: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  const line = text.split('\n').find((l) => l.startsWith('process_resident_memory_bytes'));
  return Number(line?.split(' ')[1] ?? 0) / 2 ** 20;
}

export async function measureAdmittedOperations(): Promise<LimitSample[]> {
  const supergraph = Supergraph.build(fs.readFileSync(SUPERGRAPH_PATH, 'utf8'));
  const planTime = (query: string) => {
    // A fresh planner each time: the gateway caches plans, the first one is what an attacker pays for.
    const planner = new QueryPlanner(supergraph);
    const operation = operationFromDocument(supergraph.schema, parse(query));
    const started = process.hrtime.bigint();
    planner.buildQueryPlan(operation);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-bench-limits-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    ...TEST_SERVICE_ENV,
    SEED_CUSTOMERS: process.env.BENCH_LIMIT_CUSTOMERS ?? '3000',
  });
  const federation = await startEmbedded({ config, ephemeralPorts: true });
  const port = await freePort();
  const gateway = spawn(process.execPath, ['--import', 'tsx', 'bin/start-gateway.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DATA_DIR: dataDir,
      ...Object.fromEntries(
        SUBGRAPH_NAMES.map((name) => [`${name.toUpperCase()}_SUBGRAPH_URL`, federation.subgraphs[name].url]),
      ),
    },
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  const metrics = `http://127.0.0.1:${port}/metrics`;
  try {
    for (let attempt = 0; attempt < 300; attempt += 1) {
      if ((await fetch(metrics).catch(() => undefined))?.ok) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const samples: LimitSample[] = [];
    for (const { name, role, query } of ADMITTED) {
      const token = await mintDevToken(
        config.auth,
        { sub: 'bench-limits', roles: [role as never], regions: ['EU'] },
        { expiresIn: '10m' },
      );
      const send = async () => {
        const started = process.hrtime.bigint();
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query }),
        });
        const text = await response.text();
        if (response.status !== 200) throw new Error(`${name}: HTTP ${response.status} ${text.slice(0, 300)}`);
        return { ms: Number(process.hrtime.bigint() - started) / 1e6, bytes: text.length };
      };
      const before = await rssMiB(metrics);
      let peak = before;
      const watch = setInterval(
        () =>
          void rssMiB(metrics)
            .then((rss) => (peak = Math.max(peak, rss)))
            .catch(() => undefined),
        50,
      );
      const results = await Promise.all([send(), send(), send()]);
      clearInterval(watch);
      peak = Math.max(peak, await rssMiB(metrics));
      samples.push({
        name,
        planningMs: planTime(query),
        responseMs: Math.max(...results.map((r) => r.ms)),
        responseBytes: results[0].bytes,
        gatewayRssBeforeMiB: before,
        gatewayRssPeakMiB: peak,
      });
    }
    return samples;
  } finally {
    gateway.kill('SIGTERM');
    await federation.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
