import { parseArgs } from '../../bin/args';
import { loadConfig } from '../../lib/config';
import { JOB_NAMES } from '../../lib/jobs/catalogue';
import { customerId } from '../../lib/demo/book';
import { encodeCursor } from '../../lib/pagination';
import type { Principal } from '../../lib/principal';
import { REGIONS } from '../../lib/regions';
import { mintDevToken } from '../../lib/tokens/clientToken';
import { TEST_SERVICE_ENV } from '../support/federation';
import { startHost, type Host } from './peers/childProcesses';
import { printTable } from './printTable';

/**
 * `npm run bench:volume -- --data DIR [--seconds 20]`: the read paths that must hold at a million
 * customers, through the gateway on a book `npm run seed` filled (DATABASE_URL in the environment
 * selects PostgreSQL), in the production shape: the subgraphs in one process, the gateway in
 * another, the clients here. Reads one customer by id at random (with a classified field, so
 * governed and audited), a BI page of 100 customers with revenue at a random place in the book,
 * then pages through every customer with 10 clients at once, each over a tenth of the ids, and
 * checks that they saw every customer once and met no error. `--keep-summaries true` first runs the
 * revenue-summaries job (as the nightly schedule would) and times it, so the BI pages read kept
 * summaries from their first read.
 */

interface Sample {
  latencies: number[];
  errors: number;
  seconds: number;
}

const CUSTOMER_CURSOR = 'customer';
const ADMIN: Principal = { sub: 'bench-operator', roles: ['admin'], regions: [...REGIONS] };
const NO_SCHEDULES = JOB_NAMES.map((name) => `${name}=off`).join(';');

/** `--keep-summaries true`: the revenue-summaries job, asked for as an operator would, and how long it took. */
async function runRevenueSummaries(url: string, token: string): Promise<{ outcome: string; seconds: number }> {
  const started = Date.now();
  const asked = await post(url, token, 'mutation { runJobNow(job: "revenue-summaries") { id } }', {});
  if (!asked.ok) throw new Error(`runJobNow was refused: ${JSON.stringify(asked.body.errors)}`);
  const id: string = asked.body.data.runJobNow.id;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const { body } = await post(
      url,
      token,
      '{ jobRuns(job: "revenue-summaries", first: 5) { id status outcome } }',
      {},
    );
    const run = body.data?.jobRuns.find((candidate: { id: string }) => candidate.id === id);
    if (run?.status === 'FAILED') throw new Error(`the revenue-summaries job failed: ${run.outcome}`);
    if (run?.status === 'SUCCEEDED') return { outcome: run.outcome, seconds: (Date.now() - started) / 1000 };
  }
}

async function post(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  return { ok: response.status === 200 && !body.errors && body.data != null, body };
}

/** `clients` loops sending requests for `seconds` (or until one says it is done), each request's latency kept. */
async function load(
  clients: number,
  seconds: number,
  request: () => Promise<{ ok: boolean; done?: boolean }>,
): Promise<Sample> {
  const latencies: number[] = [];
  let errors = 0;
  const started = Date.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (Date.now() < until) {
        const sent = performance.now();
        const { ok, done } = await request();
        if (done) return;
        latencies.push(performance.now() - sent);
        if (!ok) errors += 1;
      }
    }),
  );
  return { latencies, errors, seconds: (Date.now() - started) / 1000 };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function row(label: string, clients: number, sample: Sample): (string | number)[] {
  const sorted = [...sample.latencies].sort((a, b) => a - b);
  return [
    label,
    clients,
    sorted.length,
    percentile(sorted, 50).toFixed(0),
    percentile(sorted, 95).toFixed(0),
    percentile(sorted, 99).toFixed(0),
    (sorted.length / sample.seconds).toFixed(1),
    sample.errors,
  ];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['data', 'seconds', 'clients', 'readers', 'keep-summaries']);
  const keepSummaries = args['keep-summaries'] === 'true';
  if (!args.data && !process.env.DATABASE_URL) throw new Error('name the seeded book: --data DIR or DATABASE_URL');
  const seconds = Number(args.seconds ?? 20);
  const pagingClients = Number(args.clients ?? 10);
  const readers = Number(args.readers ?? 4);
  const env = Object.fromEntries(
    Object.entries({
      ...process.env,
      ...(args.data ? { DATA_DIR: args.data } : {}),
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      ...TEST_SERVICE_ENV,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const config = loadConfig(env);
  const engine = config.databaseUrl('customer') ? 'PostgreSQL' : 'SQLite';
  const subgraphs = await startHost({ kind: 'subgraphs', env, background: false });
  let gateway: Host | undefined;
  try {
    const finance: Principal = { sub: 'bench-volume', roles: ['finance_analyst'], regions: ['EU'] };
    const bi: Principal = { sub: 'bench-bi', roles: ['bi_reader'], regions: [...REGIONS] };
    gateway = await startHost({
      kind: 'gateway',
      flavour: 'custos',
      // The revenue-summaries job runs in the gateway's job runner, on request only.
      env: keepSummaries ? { ...env, JOBS: 'true', JOB_POLL_MS: '500', JOB_SCHEDULES: NO_SCHEDULES } : env,
      subgraphUrls: subgraphs.urls,
      principal: finance,
    });
    const url = gateway.url;
    const [financeToken, biToken] = await Promise.all([
      mintDevToken(config.auth, finance),
      mintDevToken(config.auth, bi),
    ]);
    const counted = await post(url, biToken, '{ customers(first: 1) { totalCount } }', {});
    const total: number = counted.body.data.customers.totalCount;
    const random = () => customerId(Math.floor(Math.random() * total));
    console.log(`${total} customers on ${engine}; ${seconds} s per measure`);

    const byId = await load(readers, seconds, () =>
      post(
        url,
        financeToken,
        'query ById($id: ID!) { customer(id: $id) { id name country region segment creditLimit { amount currency } taxIds { kind value } } }',
        { id: random() },
      ),
    );
    const kept = keepSummaries ? await runRevenueSummaries(url, await mintDevToken(config.auth, ADMIN)) : null;
    // BI pages at 20 random places: first read today (its summaries computed and kept, unless the job kept them), then again.
    const places = Array.from({ length: 20 }, () => encodeCursor(CUSTOMER_CURSOR, random()));
    const biQuery = `query BiPage($after: String) { customers(first: 100, after: $after) { edges { node { id name region segment
          revenue { recognizedToDate { amount currency } deferred { amount currency } arr { amount currency } mrr { amount currency } } } } } }`;
    let next = 0;
    const biCold = await load(readers, 3600, async () => {
      if (next >= places.length) return { ok: true, done: true };
      return post(url, biToken, biQuery, { after: places[next++] });
    });
    const biWarm = await load(readers, seconds, () =>
      post(url, biToken, biQuery, { after: places[Math.floor(Math.random() * places.length)] }),
    );

    // Paging through everything: each client walks a tenth of the ids in key order.
    const bounds = Array.from({ length: pagingClients + 1 }, (_, k) =>
      k === 0 ? '' : k === pagingClients ? '\uffff' : customerId(Math.floor((k * total) / pagingClients)),
    ).sort();
    const seen = new Set<string>();
    const paging: Sample = { latencies: [], errors: 0, seconds: 0 };
    const started = Date.now();
    await Promise.all(
      bounds.slice(0, -1).map(async (from, k) => {
        let after: string | null = from === '' ? null : encodeCursor(CUSTOMER_CURSOR, from);
        for (;;) {
          const sent = performance.now();
          const { ok, body } = await post(
            url,
            biToken,
            'query Page($after: String) { customers(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { id name country region segment } } } }',
            { after },
          );
          paging.latencies.push(performance.now() - sent);
          if (!ok) {
            paging.errors += 1;
            continue;
          }
          const { edges, pageInfo } = body.data.customers;
          let passed = false;
          for (const { node } of edges) {
            // A range ends with its bound's own customer: the next range starts after it.
            if (node.id <= bounds[k + 1]) seen.add(node.id);
            if (node.id >= bounds[k + 1]) passed = true;
          }
          if (passed || !pageInfo.hasNextPage) return;
          after = pageInfo.endCursor;
        }
      }),
    );
    paging.seconds = (Date.now() - started) / 1000;

    printTable(
      [
        `through the gateway, ${total} customers (${engine})`,
        'clients',
        'requests',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'req/s',
        'errors',
      ],
      [
        row('customer by id (finance_analyst, creditLimit and tax ids)', readers, byId),
        row(
          `BI page: 100 customers with revenue, first read today at 20 random places${kept ? ', after the revenue-summaries job' : ''} (bi_reader)`,
          readers,
          biCold,
        ),
        row('BI page: the same 20 pages again, their revenue summaries kept (bi_reader)', readers, biWarm),
        row('paging through every customer, 100 a page (bi_reader)', pagingClients, paging),
      ],
    );
    if (kept) console.log(`revenue-summaries job: ${kept.outcome}, in ${kept.seconds.toFixed(0)} s`);
    console.log(
      `paging: ${seen.size} of ${total} customers seen in ${paging.seconds.toFixed(1)} s (${Math.round(seen.size / paging.seconds)} customers/s), ${paging.errors} errors`,
    );
  } finally {
    await gateway?.stop();
    await subgraphs.stop();
  }
}

main().catch((error: Error) => {
  console.error(`bench:volume: ${error.message}`);
  process.exit(1);
});
