import { startGateway, type RunningGateway } from '../../gateway/server';
import type { CustosConfig, SubgraphName } from '../../lib/config';
import { JOB_NAMES, type JobName } from '../../lib/jobs/catalogue';
import { ScheduledJobEntity } from '../../subgraphs/audit/entities/ScheduledJob';
import type { TestFederation } from './federation';

/**
 * Gateways beside a test federation's own, in front of the same subgraphs, each with its config
 * changed: a job runner, a webhook dispatcher. A test starts the ones it wants, so it says which
 * runners exist, and waits for what they do with `until`.
 */

/** Reads until `done` holds, every `everyMs`; fails naming what it waited for and what it last read. */
export async function until<T>(
  what: string,
  read: () => Promise<T> | T,
  done: (value: T) => boolean,
  ms = 20_000,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export async function startGatewayBeside(
  federation: TestFederation,
  change: (config: CustosConfig) => CustosConfig,
): Promise<RunningGateway> {
  const subgraphUrls = Object.fromEntries(
    Object.entries(federation.subgraphs).map(([name, subgraph]) => [name, subgraph.url]),
  ) as Record<SubgraphName, string>;
  return startGateway({ config: change(federation.config), port: 0, subgraphUrls });
}

/** Every job's schedule off: a runner runs only what is asked for (runJobNow, retries). */
export const NO_SCHEDULES = Object.fromEntries(JOB_NAMES.map((name) => [name, null])) as Record<JobName, string | null>;

/**
 * A gateway whose job runner looks every 100 ms, holds a run for 2 s without renewal, runs what
 * `schedules` say, and retries a failed run after `retryBaseMs`; resolved once its jobs are known
 * to the ledger (runJobNow needs that).
 */
export async function startJobRunner(
  federation: TestFederation,
  schedules: Partial<Record<JobName, string>> = {},
  retryBaseMs = 60_000,
): Promise<RunningGateway> {
  const gateway = await startGatewayBeside(federation, (config) => ({
    ...config,
    jobs: { enabled: true, pollMs: 100, leaseMs: 2000, retryBaseMs, schedules: { ...NO_SCHEDULES, ...schedules } },
  }));
  await until(
    'the jobs to be registered',
    () => federation.subgraphs.audit.database.fork().count(ScheduledJobEntity, {}),
    (count) => count === JOB_NAMES.length,
  );
  return gateway;
}
