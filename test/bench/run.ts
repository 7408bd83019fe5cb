import fs from 'node:fs';
import path from 'node:path';
import { measureAuditAppendRate } from './auditAppendRate';
import { evaluateCompanyNames } from './companyNames';
import { evaluateFebrl } from './febrl';
import { measureGatewayLatency } from './gatewayLatency';
import { soakHostileRequests } from './hostileSoak';
import { measureAdmittedOperations } from './operationLimits';
import { printTable } from './printTable';
import { VOLUME_MEASURES, measureIdentityAtVolume, volumeMeasures } from './identityAtVolume';

/** `npm run bench`: the benchmarks behind the figures in the closing notes, printed as tables. */

const REFERENCE = path.resolve(__dirname, '../../../shared/reference');

async function main(): Promise<void> {
  console.log('Custos benchmarks (one process, this machine; figures vary with load)\n');

  const append = await measureAuditAppendRate();
  printTable(
    ['audit append (SQLite, group commit)', 'events', 'writers', 'seconds', 'events/s', 'chain intact'],
    [
      [
        'AuditLog.append, one event per call',
        append.events,
        append.writers,
        append.seconds.toFixed(2),
        Math.round(append.eventsPerSecond),
        append.intact,
      ],
    ],
  );

  const latency = await measureGatewayLatency();
  console.log();
  printTable(
    ['gateway, 20 customers x 4 subgraphs', 'concurrency', 'requests', 'median ms', 'p99 ms', 'req/s'],
    latency.map((sample) => [
      `governance ${sample.governance ? 'on ' : 'off'}`,
      sample.concurrency,
      sample.requests,
      sample.medianMs.toFixed(1),
      sample.p99Ms.toFixed(1),
      sample.requestsPerSecond.toFixed(1),
    ]),
  );

  const admitted = await measureAdmittedOperations();
  console.log();
  printTable(
    [
      'most expensive operations the default limits admit (3 at once)',
      'planning ms',
      'response ms',
      'response KiB',
      'gateway RSS before MiB',
      'gateway RSS peak MiB',
    ],
    admitted.map((sample) => [
      sample.name,
      sample.planningMs.toFixed(1),
      Math.round(sample.responseMs),
      Math.round(sample.responseBytes / 1024),
      Math.round(sample.gatewayRssBeforeMiB),
      Math.round(sample.gatewayRssPeakMiB),
    ]),
  );

  const soak = await soakHostileRequests();
  console.log();
  printTable(
    [
      'hostile soak (every kind in test/support/hostileRequests.ts, in turn)',
      'requests',
      'concurrency',
      'seconds',
      'statuses',
      '5xx',
      'not the expected status',
      '/health p99 ms',
      '/health max ms',
      'RSS peak MiB',
    ],
    [
      [
        'gateway and subgraphs in one process',
        soak.requests,
        soak.concurrency,
        soak.seconds.toFixed(1),
        Object.entries(soak.statuses)
          .map(([status, count]) => `${status}: ${count}`)
          .join(', '),
        soak.serverErrors,
        soak.unexpected.join('; ') || 'none',
        soak.healthP99Ms.toFixed(1),
        soak.healthMaxMs.toFixed(1),
        Math.round(soak.rssPeakMiB),
      ],
    ],
  );

  // Through `npm run ingest -- --mode bulk` into a fresh SQLite database; BENCH_VOLUME_RECORDS=1000000 for the full run.
  const volume = await measureIdentityAtVolume(Number(process.env.BENCH_VOLUME_RECORDS ?? 100_000));
  console.log();
  printTable(VOLUME_MEASURES, [volumeMeasures(volume)]);

  if (!fs.existsSync(REFERENCE)) {
    console.log('\n(FEBRL and company-name yardsticks skipped: ../shared/reference is absent)');
    return;
  }
  const febrl = evaluateFebrl();
  console.log('\n| FEBRL | candidates | precision | recall | F1 | seconds |');
  console.log('|---|---|---|---|---|---|');
  for (const [name, score] of [
    ['linkage 4a x 4b', febrl.linkage4],
    ['dedupe 3', febrl.dedupe3],
  ] as const) {
    console.log(
      `| ${name} | ${score.candidates} | ${score.precision.toFixed(4)} | ${score.recall.toFixed(4)} | ${score.f1.toFixed(4)} | ${score.seconds.toFixed(2)} |`,
    );
  }
  const names = evaluateCompanyNames();
  console.log('\n| company names | pairs | accuracy | false merges | missed matches |');
  console.log('|---|---|---|---|---|');
  console.log(
    `| all scripts | ${names.rows} | ${names.accuracy.toFixed(4)} | ${names.falseMerges} | ${names.missedMatches} |`,
  );
  for (const [script, score] of Object.entries(names.byScript))
    console.log(`| ${script} | ${score.rows} | ${score.accuracy.toFixed(4)} | | |`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
