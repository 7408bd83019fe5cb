import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parseArgs } from '../../../bin/args';
import { loadConfig } from '../../../lib/config';
import type { Principal } from '../../../lib/principal';
import { REGIONS } from '../../../lib/regions';
import { mintDevToken } from '../../../lib/tokens/clientToken';
import { TEST_SERVICE_ENV } from '../../support/federation';
import { printTable } from '../printTable';
import type { GatewayFlavour } from './benchHost';
import { runLoad, startHost, type Host, type Usage } from './childProcesses';
import type { LoadResult } from './loadRunner';
import type { SubgraphCall } from './peerGateways';
import { PEER_QUERIES, type PeerQuery } from './peerQueries';

/**
 * `npm run bench:peers`: Custos against the gateways people would otherwise put in front of the
 * same subgraphs, in one run on this machine.
 *
 * - The subgraphs run twice, on copies of one seeded database: governed (what Custos serves) and
 *   with GOVERNANCE=off (what a plain federation serves). Each set is one process.
 * - Gateways, one process each: Custos governed (on the governed set), Custos with GOVERNANCE=off,
 *   a bare @apollo/gateway and Hive Gateway (on the ungoverned set). The peers only forward the
 *   internal token the subgraphs demand, for the same principal the Custos client token names.
 * - The floor is each subgraph call the bare gateway makes for a query, sent straight to its
 *   subgraph: its query rate is what the subgraphs alone could serve, 1 / (sum of 1 / call rate).
 * - autocannon runs in its own process; configurations are interleaved, their order rotated each
 *   round; ratios are the medians of the per-round ratios.
 * - Before measuring, every gateway's answer to every query must equal the bare gateway's.
 */

const OPTIONS = ['rounds', 'duration', 'connections', 'customers', 'warmup'] as const;

type Configuration = { name: string; flavour: GatewayFlavour; governed: boolean };

const CONFIGURATIONS: readonly Configuration[] = [
  { name: 'Custos governed', flavour: 'custos', governed: true },
  { name: 'Custos GOVERNANCE=off', flavour: 'custos', governed: false },
  { name: 'bare @apollo/gateway', flavour: 'apollo', governed: false },
  { name: 'Hive Gateway', flavour: 'hive', governed: false },
];
const FLOOR = 'subgraphs directly (floor)';

interface Sample extends LoadResult {
  gatewayCpuMsPerRequest: number;
  subgraphCpuMsPerRequest: number;
}

interface Setup {
  principal: Principal;
  clientToken: string;
  internalToken: ReturnType<typeof loadConfig>['internalToken'];
  connections: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function requestsPerSecond(sample: LoadResult): number {
  return sample.requests / sample.seconds;
}

async function post(url: string, query: string, token?: string): Promise<{ data?: unknown; errors?: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

async function measureGateway(
  setup: Setup,
  gateway: Host,
  subgraphs: Host,
  query: PeerQuery,
  flavour: GatewayFlavour,
  durationSeconds: number,
): Promise<Sample> {
  const before = await Promise.all([gateway.usage(), subgraphs.usage()]);
  const result = await runLoad({
    call: {
      url: gateway.url,
      body: JSON.stringify({ query: query.query }),
      headers: flavour === 'custos' ? { authorization: `Bearer ${setup.clientToken}` } : {},
    },
    connections: setup.connections,
    durationSeconds,
    internalToken: setup.internalToken,
    principal: setup.principal,
  });
  const after = await Promise.all([gateway.usage(), subgraphs.usage()]);
  const perRequest = (index: number) => (after[index].cpuMs - before[index].cpuMs) / Math.max(1, result.requests);
  return { ...result, gatewayCpuMsPerRequest: perRequest(0), subgraphCpuMsPerRequest: perRequest(1) };
}

/** Each of the query's subgraph calls on its own, then combined into one query's worth. */
async function measureFloor(
  setup: Setup,
  subgraphs: Host,
  calls: SubgraphCall[],
  durationSeconds: number,
): Promise<Sample> {
  let secondsPerQuery = 0;
  let cpuMs = 0;
  let p50Ms = 0;
  let p99Ms = 0;
  let failures = 0;
  for (const call of calls) {
    const before = await subgraphs.usage();
    const result = await runLoad({
      call: { url: call.url, body: JSON.stringify(call.payload), headers: {}, internal: call },
      connections: setup.connections,
      durationSeconds: Math.max(2, Math.round(durationSeconds / calls.length)),
      internalToken: setup.internalToken,
      principal: setup.principal,
    });
    const after = await subgraphs.usage();
    secondsPerQuery += 1 / requestsPerSecond(result);
    cpuMs += (after.cpuMs - before.cpuMs) / Math.max(1, result.requests);
    p50Ms += result.p50Ms;
    p99Ms += result.p99Ms;
    failures += result.failures;
  }
  return {
    // One second's worth of queries at the combined rate.
    requests: 1 / secondsPerQuery,
    seconds: 1,
    p50Ms,
    p99Ms,
    failures,
    gatewayCpuMsPerRequest: 0,
    subgraphCpuMsPerRequest: cpuMs,
  };
}

/** Every gateway must answer each query exactly as the bare gateway does, without errors. */
async function checkSameData(setup: Setup, gateways: Map<string, Host>, apollo: Host): Promise<SubgraphCall[][]> {
  const floors: SubgraphCall[][] = [];
  for (const query of PEER_QUERIES) {
    await apollo.calls();
    const expected = await post(apollo.url, query.query);
    floors.push(await apollo.calls());
    if (expected.errors || !expected.data) throw new Error(`${query.name}: the bare gateway answered with errors`);
    for (const configuration of CONFIGURATIONS) {
      const gateway = gateways.get(configuration.name) as Host;
      const token = configuration.flavour === 'custos' ? setup.clientToken : undefined;
      const answer = await post(gateway.url, query.query, token);
      if (answer.errors) throw new Error(`${configuration.name}, ${query.name}: ${JSON.stringify(answer.errors)}`);
      if (!isDeepStrictEqual(answer.data, expected.data))
        throw new Error(`${configuration.name}, ${query.name}: the data differs from the bare gateway's`);
    }
    console.log(`same data from every gateway: ${query.name} (${floors.at(-1)?.length} subgraph calls)`);
  }
  return floors;
}

function format(value: number, digits = 1): string {
  return value.toFixed(digits);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), OPTIONS);
  const rounds = Number(args.rounds ?? 4);
  const durationSeconds = Number(args.duration ?? 8);
  const warmupSeconds = Number(args.warmup ?? 3);
  const connections = Number(args.connections ?? 8);
  const customers = args.customers ?? '3000';

  const governedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-peers-governed-'));
  const ungovernedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'custos-peers-ungoverned-'));
  const baseEnv = {
    LOG_LEVEL: 'silent',
    ...TEST_SERVICE_ENV,
    SEED_CUSTOMERS: customers,
    INTERNAL_TOKEN_TTL_SECONDS: '120',
  };
  const config = loadConfig(baseEnv);
  const principal: Principal = { sub: 'bench-peers', roles: ['finance_analyst'], regions: [...REGIONS] };
  const setup: Setup = {
    principal,
    clientToken: await mintDevToken(config.auth, principal),
    internalToken: config.internalToken,
    connections,
  };

  const hosts: Host[] = [];
  const started = async (host: Promise<Host>) => {
    hosts.push(await host);
    return hosts[hosts.length - 1];
  };
  try {
    console.log(`seeding ${customers} demo customers ...`);
    const seeding = await startHost({
      kind: 'subgraphs',
      env: { ...baseEnv, DATA_DIR: governedDir },
      background: false,
    });
    await seeding.stop();
    fs.cpSync(governedDir, ungovernedDir, { recursive: true });

    const governedSet = await started(
      startHost({ kind: 'subgraphs', env: { ...baseEnv, DATA_DIR: governedDir }, background: true }),
    );
    const ungovernedSet = await started(
      startHost({
        kind: 'subgraphs',
        env: { ...baseEnv, DATA_DIR: ungovernedDir, GOVERNANCE: 'off' },
        background: true,
      }),
    );
    const gateways = new Map<string, Host>();
    for (const configuration of CONFIGURATIONS) {
      const subgraphs = configuration.governed ? governedSet : ungovernedSet;
      const env = { ...baseEnv, DATA_DIR: configuration.governed ? governedDir : ungovernedDir };
      gateways.set(
        configuration.name,
        await started(
          startHost({
            kind: 'gateway',
            flavour: configuration.flavour,
            env: configuration.governed ? env : { ...env, GOVERNANCE: 'off' },
            subgraphUrls: subgraphs.urls,
            principal,
          }),
        ),
      );
    }
    const apollo = gateways.get('bare @apollo/gateway') as Host;
    const floors = await checkSameData(setup, gateways, apollo);

    const subgraphsOf = (configuration: Configuration) => (configuration.governed ? governedSet : ungovernedSet);
    console.log(`warming up (${warmupSeconds} s per configuration and query) ...`);
    for (const query of PEER_QUERIES)
      for (const configuration of CONFIGURATIONS)
        await measureGateway(
          setup,
          gateways.get(configuration.name) as Host,
          subgraphsOf(configuration),
          query,
          configuration.flavour,
          warmupSeconds,
        );

    const samples = new Map<string, Sample[]>();
    const record = (query: PeerQuery, name: string, sample: Sample) => {
      const key = `${query.name}|${name}`;
      samples.set(key, [...(samples.get(key) ?? []), sample]);
    };
    for (let round = 0; round < rounds; round += 1) {
      console.log(`round ${round + 1} of ${rounds} ...`);
      for (const [index, query] of PEER_QUERIES.entries()) {
        const shift = round % CONFIGURATIONS.length;
        const order = [...CONFIGURATIONS.slice(shift), ...CONFIGURATIONS.slice(0, shift)];
        for (const configuration of order) {
          const gateway = gateways.get(configuration.name) as Host;
          record(
            query,
            configuration.name,
            await measureGateway(
              setup,
              gateway,
              subgraphsOf(configuration),
              query,
              configuration.flavour,
              durationSeconds,
            ),
          );
        }
        record(query, FLOOR, await measureFloor(setup, ungovernedSet, floors[index], durationSeconds));
      }
    }

    const peakRss = new Map<string, Usage>();
    for (const configuration of CONFIGURATIONS)
      peakRss.set(configuration.name, await (gateways.get(configuration.name) as Host).usage());
    const subgraphRss = { governed: await governedSet.usage(), ungoverned: await ungovernedSet.usage() };
    report(samples, peakRss, subgraphRss, { rounds, durationSeconds, connections, customers });
  } finally {
    for (const host of hosts.reverse()) await host.stop();
    fs.rmSync(governedDir, { recursive: true, force: true });
    fs.rmSync(ungovernedDir, { recursive: true, force: true });
  }
}

function report(
  samples: Map<string, Sample[]>,
  peakRss: Map<string, Usage>,
  subgraphRss: { governed: Usage; ungoverned: Usage },
  run: { rounds: number; durationSeconds: number; connections: number; customers: string },
): void {
  const cpus = os.cpus();
  console.log(
    `\nPeer benchmark: ${run.customers} demo customers, ${run.connections} connections, ${run.rounds} rounds of ` +
      `${run.durationSeconds} s per configuration and query; ${cpus.length} x ${cpus[0]?.model.trim()}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}. Medians over rounds.\n`,
  );
  const of = (query: PeerQuery, name: string) => samples.get(`${query.name}|${name}`) ?? [];
  for (const query of PEER_QUERIES) {
    printTable(
      [query.name, 'req/s', 'p50 ms', 'p99 ms', 'gateway CPU ms/req', 'subgraph CPU ms/req', 'failed', 'peak RSS MiB'],
      [...CONFIGURATIONS.map((configuration) => configuration.name), FLOOR].map((name) => {
        const rows = of(query, name);
        const rss = peakRss.get(name);
        return [
          name,
          format(median(rows.map(requestsPerSecond))),
          name === FLOOR
            ? `(${format(median(rows.map((row) => row.p50Ms)))} summed)`
            : format(median(rows.map((row) => row.p50Ms))),
          name === FLOOR
            ? `(${format(median(rows.map((row) => row.p99Ms)))} summed)`
            : format(median(rows.map((row) => row.p99Ms))),
          format(median(rows.map((row) => row.gatewayCpuMsPerRequest)), 2),
          format(median(rows.map((row) => row.subgraphCpuMsPerRequest)), 2),
          rows.reduce((sum, row) => sum + row.failures, 0),
          rss ? Math.round(rss.maxRssMiB) : '-',
        ];
      }),
    );
    console.log();
  }
  console.log(
    `peak RSS of the subgraph processes: governed ${Math.round(subgraphRss.governed.maxRssMiB)} MiB, ` +
      `ungoverned ${Math.round(subgraphRss.ungoverned.maxRssMiB)} MiB\n`,
  );
  const ratio = (query: PeerQuery, numerator: string, denominator: string) => {
    const top = of(query, numerator);
    const bottom = of(query, denominator);
    return format(median(top.map((sample, round) => requestsPerSecond(sample) / requestsPerSecond(bottom[round]))), 2);
  };
  printTable(
    [
      'throughput ratio (median of paired rounds)',
      'governed / bare @apollo/gateway',
      'governed / Hive Gateway',
      'GOVERNANCE=off / bare',
      'governed / floor',
    ],
    PEER_QUERIES.map((query) => [
      query.name,
      ratio(query, 'Custos governed', 'bare @apollo/gateway'),
      ratio(query, 'Custos governed', 'Hive Gateway'),
      ratio(query, 'Custos GOVERNANCE=off', 'bare @apollo/gateway'),
      ratio(query, 'Custos governed', FLOOR),
    ]),
  );
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exitCode = 1;
});
