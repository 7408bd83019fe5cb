import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseArgs } from '../../bin/args';
import { addDays, today } from '../../lib/calendar';
import { loadConfig } from '../../lib/config';
import { customerId } from '../../lib/demo/book';
import { encodeCursor } from '../../lib/pagination';
import type { Principal } from '../../lib/principal';
import { REGIONS } from '../../lib/regions';
import { mintDevToken } from '../../lib/tokens/clientToken';
import { TEST_SERVICE_ENV } from '../support/federation';
import { startHost, type Host } from './peers/childProcesses';
import { printTable } from './printTable';

/**
 * `npm run bench:load -- [--data DIR] [--seconds 60] [--bi 200] [--readers 10] [--writers 4]`: peak
 * billing. 200 BI clients page through customers with their revenue while apps read customers by
 * id and write: credit holds changed, contracts created and invoiced. The subgraphs and the
 * gateway run in processes of their own, the clients here; without --data (or DATABASE_URL) a
 * fresh demo book of SEED_CUSTOMERS (3,000) is seeded first. Prints p50 and p99 per operation,
 * throughput and errors, with the first error of each kind.
 */

interface Tally {
  latencies: number[];
  errors: Map<string, number>;
}

const BI_PAGE = `query BiPage($after: String) { customers(first: 100, after: $after) {
  pageInfo { hasNextPage endCursor }
  edges { node { id name region segment revenue { recognizedToDate { amount currency } deferred { amount currency } mrr { amount currency } } } } } }`;
const BY_ID = `query Customer($id: ID!) { customer(id: $id) { id name country region paymentTerms { code }
  creditLimit { amount currency } creditHold contacts { name email } contracts { id status } } }`;
const HOLD = `mutation Hold($id: ID!, $hold: Boolean!) { updateCustomer(id: $id, reason: "peak billing load test", input: { creditHold: $hold }) { id creditHold } }`;
const CONTRACT = `mutation Contract($input: ContractInput!) { createContract(input: $input) { id billingSchedule { id } } }`;
const INVOICE = `mutation Invoice($id: ID!, $po: String) { issueInvoice(input: { billingEntryId: $id, purchaseOrderNumber: $po }) { id number } }`;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['data', 'seconds', 'bi', 'readers', 'writers']);
  const seconds = Number(args.seconds ?? 60);
  const counts = {
    bi: Number(args.bi ?? 200),
    readers: Number(args.readers ?? 10),
    writers: Number(args.writers ?? 4),
  };
  const dataDir = args.data ?? fs.mkdtempSync(path.join(os.tmpdir(), 'custos-load-'));
  const env = Object.fromEntries(
    Object.entries({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...TEST_SERVICE_ENV }).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  const config = loadConfig(env);
  const subgraphs = await startHost({ kind: 'subgraphs', env, background: true });
  let gateway: Host | undefined;
  try {
    const who = (sub: string, roles: Principal['roles']): Principal => ({ sub, roles, regions: [...REGIONS] });
    const principals = {
      bi: who('load-bi', ['bi_reader']),
      reader: who('load-app', ['finance_analyst']),
      writer: who('load-writer', ['finance_analyst', 'credit_analyst']),
    };
    gateway = await startHost({
      kind: 'gateway',
      flavour: 'custos',
      env,
      subgraphUrls: subgraphs.urls,
      principal: principals.bi,
    });
    const url = gateway.url;
    const tokens = Object.fromEntries(
      await Promise.all(
        Object.entries(principals).map(async ([name, principal]) => [name, await mintDevToken(config.auth, principal)]),
      ),
    ) as Record<keyof typeof principals, string>;
    const tallies = new Map<string, Tally>();

    async function call(operation: string, token: string, query: string, variables: Record<string, unknown>) {
      const tally: Tally = tallies.get(operation) ?? { latencies: [], errors: new Map() };
      tallies.set(operation, tally);
      const sent = performance.now();
      let data: any;
      let problem: string | undefined;
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as {
          data?: any;
          errors?: { message: string; extensions?: { code?: string } }[];
        };
        data = body.data;
        if (response.status !== 200 || body.errors || !body.data)
          problem = `HTTP ${response.status} ${body.errors?.[0]?.extensions?.code ?? ''}: ${body.errors?.[0]?.message ?? ''}`;
      } catch (error) {
        problem = `no answer: ${(error as Error).message}`;
      }
      tally.latencies.push(performance.now() - sent);
      if (problem) tally.errors.set(problem.slice(0, 160), (tally.errors.get(problem.slice(0, 160)) ?? 0) + 1);
      return problem ? undefined : data;
    }

    const total: number = (await call('count', tokens.bi, '{ customers(first: 1) { totalCount } }', {})).customers
      .totalCount;
    tallies.delete('count');
    const randomCustomer = () => customerId(Math.floor(Math.random() * total));
    console.log(
      `${total} customers; ${counts.bi} BI clients, ${counts.readers} readers, ${counts.writers} writers for ${seconds} s`,
    );
    const until = Date.now() + seconds * 1000;
    const running = () => Date.now() < until;

    const bi = async () => {
      let after: string | null = encodeCursor('customer', randomCustomer());
      while (running()) {
        const data = await call('BI page (100 customers with revenue)', tokens.bi, BI_PAGE, { after });
        const page = data?.customers?.pageInfo;
        after = page?.hasNextPage ? page.endCursor : null;
      }
    };
    const reader = async () => {
      while (running()) await call('customer by id', tokens.reader, BY_ID, { id: randomCustomer() });
    };
    const writer = async () => {
      const day = today();
      while (running()) {
        const id = randomCustomer();
        await call('updateCustomer (credit hold)', tokens.writer, HOLD, { id, hold: Math.random() < 0.5 });
        const created = await call('createContract', tokens.writer, CONTRACT, {
          input: {
            customerId: id,
            number: `LOAD-${randomUUID()}`,
            startDate: day,
            endDate: addDays(day, 364),
            currency: 'EUR',
            fixedConsideration: '1200.00',
            obligations: [
              {
                key: 'service',
                description: 'Subscription',
                pattern: 'RATABLE',
                startDate: day,
                endDate: addDays(day, 364),
                standaloneSellingPrice: '1200.00',
              },
            ],
            billingSchedule: [{ date: day, amount: '1200.00' }],
          },
        });
        const entry = created?.createContract?.billingSchedule?.[0]?.id;
        // Some customers require purchase-order numbers of the form PO-123456 on their invoices.
        const po = `PO-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
        if (entry) await call('issueInvoice', tokens.writer, INVOICE, { id: entry, po });
      }
    };
    const started = Date.now();
    await Promise.all([
      ...Array.from({ length: counts.bi }, bi),
      ...Array.from({ length: counts.readers }, reader),
      ...Array.from({ length: counts.writers }, writer),
    ]);
    const elapsed = (Date.now() - started) / 1000;

    const percentile = (sorted: number[], p: number) =>
      sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
    printTable(
      ['peak billing, through the gateway', 'requests', 'p50 ms', 'p99 ms', 'req/s', 'errors'],
      [...tallies].map(([operation, { latencies, errors }]) => {
        const sorted = [...latencies].sort((a, b) => a - b);
        return [
          operation,
          sorted.length,
          percentile(sorted, 50).toFixed(0),
          percentile(sorted, 99).toFixed(0),
          (sorted.length / elapsed).toFixed(1),
          [...errors.values()].reduce((a, b) => a + b, 0),
        ];
      }),
    );
    for (const [operation, { errors }] of tallies)
      for (const [problem, count] of errors) console.log(`${operation}: ${count} x ${problem}`);
  } finally {
    await gateway?.stop();
    await subgraphs.stop();
  }
}

main().catch((error: Error) => {
  console.error(`bench:load: ${error.message}`);
  process.exit(1);
});
