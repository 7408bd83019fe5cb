import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../bin/args';
import { loadConfig } from '../../lib/config';
import { customerId } from '../../lib/demo/book';
import { createLogger } from '../../lib/logger';
import { createRng, type Rng } from '../../lib/rng';
import { auditSubgraph } from '../../subgraphs/audit';
import { AuditLog } from '../../subgraphs/audit/auditLog';
import { AuditEventRecordEntity } from '../../subgraphs/audit/entities/AuditEventRecord';
import { AuditEventRowEntity } from '../../subgraphs/audit/entities/AuditEventRow';
import { auditEventQuery } from '../../subgraphs/audit/eventSearch';
import type { AuditEventFilter } from '../../subgraphs/audit/generated/resolvers';
import { loadCheckpointSigner } from '../../subgraphs/audit/signingKeys';
import type { Database } from '../../subgraphs/kit/database';
import { openSubgraphDatabase } from '../../subgraphs/kit/subgraph';
import { printTable } from './printTable';

/**
 * `npm run bench:audit -- [--events 1000000] [--customers 1000000] [--data DIR]`: how fast an auditor pages
 * through a long trail, by principal, kind, client, role, coordinate, time, customer and
 * classification. Fills a trail through the audit log's own writer (chained and checkpointed) on
 * SQLite in a temporary folder (or DIR, kept for the next run), or on the empty PostgreSQL database DATABASE_URL names, then times
 * the search the auditEvents resolver runs: the first page and a page from the middle of what
 * matches, 50 events each.
 */

const PAGE = 51;
const BATCH = 1000;
const PRINCIPALS = 500;
/** A BI service account that reads all day: the principal with most of the trail. */
const BUSY = 'svc-bi-connector';
const ALERT_EVERY = 5000;

interface Trail {
  events: number;
  customers: number;
}

function principalOf(n: number): string {
  return n % 5 < 2 ? BUSY : `user-${(n * 7919) % PRINCIPALS}`;
}

function bodyOf(n: number, rng: Rng, trail: Trail) {
  const touched = Array.from({ length: rng.int(1, 5) }, () => {
    const id = customerId(rng.int(1, trail.customers));
    const read = rng.chance(0.3) ? ['CREDIT:ALLOW', 'PII:MASK'] : ['PII:MASK'];
    return { type: 'Customer', id, customerId: id, read };
  });
  const sub = principalOf(n);
  return {
    principal: { sub, roles: [sub === BUSY ? 'bi_reader' : n % 3 === 0 ? 'auditor' : 'finance_analyst'] },
    client: { name: sub === BUSY ? 'powerbi' : 'custos-web', version: '1' },
    operation: { name: 'Read', hash: 'f'.repeat(64), text: '{ customer(id: $id) { creditLimit { amount } } }' },
    coordinates: touched.some((record) => record.read.length > 1)
      ? [{ coordinate: 'Customer.creditLimit', classification: 'CREDIT', decision: 'ALLOW' }]
      : [{ coordinate: 'Customer.name', classification: 'PII', decision: 'MASK' }],
    touched,
    outcome: 'SERVED',
  };
}

async function fill(database: Database, trail: Trail): Promise<void> {
  const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent' });
  const log = createLogger('bench', 'silent');
  const writer = new AuditLog({
    database,
    signer: loadCheckpointSigner(config),
    checkpointEvery: 10_000,
    checkpointIntervalMs: 3_600_000,
    log,
    maxBatch: BATCH,
  });
  const rng = createRng(15);
  const started = Date.now();
  try {
    for (let from = 0; from < trail.events; from += BATCH) {
      const count = Math.min(BATCH, trail.events - from);
      await writer.append(
        Array.from({ length: count }, (_, i) => ({
          id: `aud_bench_${from + i}`,
          kind: (from + i) % ALERT_EVERY === 0 ? 'ALERT' : 'OPERATION',
          body: bodyOf(from + i, rng, trail),
        })),
      );
      if ((from / BATCH) % 100 === 0)
        console.log(`  ${from + count} events written, ${(Date.now() - started) / 1000} s`);
    }
  } finally {
    await writer.close();
  }
}

/** The `at` of the event at this fraction of the trail: time windows are cut where events are. */
async function atOf(database: Database, fraction: number, events: number): Promise<Date> {
  const [row] = await database
    .fork()
    .find(AuditEventRowEntity, { sequence: Math.max(1, Math.round(events * fraction)) }, { fields: ['at'] });
  return new Date(row.at);
}

async function timed(run: () => Promise<unknown>, times = 5): Promise<number> {
  const latencies: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    latencies.push(performance.now() - started);
  }
  return latencies.sort((a, b) => a - b)[Math.floor(times / 2)];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), ['events', 'customers', 'data']);
  const trail = { events: Number(args.events ?? 1_000_000), customers: Number(args.customers ?? 1_000_000) };
  // --data keeps the trail, so a change can be measured against the same one.
  const dataDir = args.data ?? fs.mkdtempSync(path.join(os.tmpdir(), 'custos-bench-audit-search-'));
  const config = loadConfig({ ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  const database = await openSubgraphDatabase(auditSubgraph, config, createLogger('bench', 'silent'));
  try {
    const existing = await database.fork().count(AuditEventRowEntity, {});
    if (existing === 0) {
      console.log(`Writing ${trail.events} audit events...`);
      await fill(database, trail);
    } else if (existing !== trail.events) {
      throw new Error(`the database holds ${existing} events, not ${trail.events}: give it an empty one`);
    }
    // A customer whose CREDIT data was read, so the classification filter has something to find.
    const [creditRead] = await database
      .fork()
      .find(
        AuditEventRecordEntity,
        { classes: { $like: '%|CREDIT|%' }, sequence: { $gt: trail.events / 3 } },
        { limit: 1 },
      );
    const rare = creditRead.customerId!;
    const filters: [string, AuditEventFilter][] = [
      ['busy principal (40 % of events)', { sub: BUSY }],
      ['one person (0.08 %)', { sub: 'user-42' }],
      ['alerts (0.02 %)', { kind: 'ALERT' }],
      ['client', { client: 'powerbi' }],
      ['role', { role: 'auditor' }],
      ['coordinate', { coordinate: 'Customer.creditLimit' }],
      [
        'one hour-like window (1 %)',
        { from: await atOf(database, 0.5, trail.events), to: await atOf(database, 0.51, trail.events) },
      ],
      [
        'wide window (80 %)',
        { from: await atOf(database, 0.1, trail.events), to: await atOf(database, 0.9, trail.events) },
      ],
      ['one customer', { customerId: rare }],
      ['one customer, CREDIT read', { customerId: rare, classification: 'CREDIT' }],
      [
        'one person in a window',
        { sub: 'user-42', from: await atOf(database, 0.5, trail.events), to: await atOf(database, 0.9, trail.events) },
      ],
    ];
    const rows = [];
    for (const [name, filter] of filters) {
      const em = () => database.fork();
      const first = await auditEventQuery(em(), filter, 0, PAGE).getResultList();
      // A page from the middle of what matches: after the sequence half way through the trail.
      const middle = Math.round(trail.events / 2);
      const firstMs = await timed(() => auditEventQuery(em(), filter, 0, PAGE).getResultList());
      const middleMs = await timed(() => auditEventQuery(em(), filter, middle, PAGE).getResultList());
      rows.push([name, Math.min(first.length, PAGE - 1), firstMs.toFixed(1), middleMs.toFixed(1)]);
    }
    console.log();
    printTable(
      [
        `audit search, ${trail.events} events (${config.databaseUrl('audit') ? 'PostgreSQL' : 'SQLite'})`,
        'first page rows',
        'first page ms',
        'middle page ms',
      ],
      rows,
    );
  } finally {
    await database.close();
    if (!args.data) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
