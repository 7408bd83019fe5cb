import { measureAuditAppendRate } from './auditAppendRate';
import { measureGatewayLatency } from './gatewayLatency';

/** `npm run bench`: the benchmarks behind the figures in the closing notes, printed as a table. */
async function main(): Promise<void> {
  console.log('Custos benchmarks (one process, this machine; figures vary with load)\n');

  const append = await measureAuditAppendRate();
  console.log('| audit append (SQLite, group commit) | events | writers | seconds | events/s | chain intact |');
  console.log('|---|---|---|---|---|---|');
  console.log(`| AuditLog.append, one event per call | ${append.events} | ${append.writers} | ${append.seconds.toFixed(2)} | ${Math.round(append.eventsPerSecond)} | ${append.intact} |\n`);

  const latency = await measureGatewayLatency();
  console.log('| gateway, 20 customers x 4 subgraphs | concurrency | requests | median ms | p99 ms | req/s |');
  console.log('|---|---|---|---|---|---|');
  for (const sample of latency) {
    console.log(
      `| governance ${sample.governance ? 'on ' : 'off'} | ${sample.concurrency} | ${sample.requests} | ${sample.medianMs.toFixed(1)} | ${sample.p99Ms.toFixed(1)} | ${sample.requestsPerSecond.toFixed(1)} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
