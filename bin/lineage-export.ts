import fs from 'node:fs';
import { loadConfig } from '../lib/config';
import { createLogger } from '../lib/logger';
import { jobRun } from '../lib/jobs/jobLineage';
import { runEvents, type RunEvent, type RunSpec } from '../lib/lineage/openLineage';
import { auditSubgraph } from '../subgraphs/audit';
import { finishedRuns } from '../subgraphs/audit/jobs/finishedRuns';
import { customerSubgraph } from '../subgraphs/customer';
import { ingestedBatches } from '../subgraphs/customer/ingestion/ingestedBatches';
import { ingestionRun } from '../subgraphs/customer/ingestion/ingestionLineage';
import { openSubgraphDatabase } from '../subgraphs/kit/subgraph';
import { parseArgs } from './args';

const USAGE =
  'usage: npm run lineage:export -- --since YYYY-MM-DD[THH:MM:SSZ] [--until DATE] [--url http://marquez:5000/api/v1/lineage | --out FILE]';

/**
 * `npm run lineage:export -- --since DATE`: OpenLineage run events (START, then COMPLETE or FAIL,
 * with the column-lineage facet) for every ingestion batch received and every job run that ended
 * since DATE. Without --url or --out they are printed as NDJSON; with --url each is POSTed to a
 * lineage consumer such as Marquez (`/api/v1/lineage`), in time order, stopping at the first it
 * refuses. Runs have stable ids, so exporting an overlapping period again repeats, not duplicates.
 */
function parseMoment(value: string, flag: string): Date {
  const moment = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(value);
  if (Number.isNaN(moment.getTime()) || !/^\d{4}-\d{2}-\d{2}/.test(value))
    throw new Error(`--${flag} must be a date (YYYY-MM-DD) or an ISO instant; got "${value}"`);
  return moment;
}

async function collectRuns(since: Date, until: Date): Promise<RunSpec[]> {
  const config = loadConfig();
  const log = createLogger('lineage-export', 'warn');
  const customers = await openSubgraphDatabase(customerSubgraph, config, log);
  try {
    const audit = await openSubgraphDatabase(auditSubgraph, config, log);
    try {
      const batches = await ingestedBatches(customers.fork(), since, until);
      const runs = await finishedRuns(audit.fork(), since, until);
      return [
        ...batches.map(ingestionRun),
        ...runs.map((run) => jobRun(run)).filter((run): run is RunSpec => run !== null),
      ];
    } finally {
      await audit.close();
    }
  } finally {
    await customers.close();
  }
}

async function post(url: string, event: RunEvent): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(event),
    signal: AbortSignal.timeout(30_000),
  });
  if (!response.ok) {
    const reason = (await response.text()).slice(0, 500);
    throw new Error(
      `the consumer refused the ${event.eventType} event of ${event.job.name} (run ${event.run.runId}): HTTP ${response.status} ${reason}`,
    );
  }
}

async function main(): Promise<number> {
  let options: Record<string, string>;
  let since: Date;
  let until: Date;
  try {
    options = parseArgs(process.argv.slice(2), ['since', 'until', 'url', 'out']);
    if (!options.since) throw new Error('--since is required');
    if (options.url && options.out) throw new Error('give --url or --out, not both');
    if (options.url && !/^https?:\/\//.test(options.url)) throw new Error('--url must be an http(s) URL');
    since = parseMoment(options.since, 'since');
    until = options.until ? parseMoment(options.until, 'until') : new Date();
    if (until <= since) throw new Error('--until must be after --since');
  } catch (error) {
    console.error(`lineage:export: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }

  const runs = await collectRuns(since, until);
  const events = runs.flatMap(runEvents).sort((a, b) => a.eventTime.localeCompare(b.eventTime));
  if (options.url) {
    for (const event of events) await post(options.url, event);
    console.error(`lineage:export: ${events.length} events of ${runs.length} runs sent to ${options.url}`);
  } else {
    const lines = events.map((event) => JSON.stringify(event)).join('\n');
    if (options.out) fs.writeFileSync(options.out, lines.length > 0 ? `${lines}\n` : '');
    else if (lines.length > 0) process.stdout.write(`${lines}\n`);
    console.error(
      `lineage:export: ${events.length} events of ${runs.length} runs${options.out ? ` written to ${options.out}` : ''}`,
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`lineage:export: ${error.message}`);
    process.exit(1);
  },
);
