import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { JobDefinition } from '../../lib/jobs/catalogue';
import { dueSlot } from '../../lib/jobs/schedule';
import type { Logger } from '../../lib/logger';
import type { OperationExecutor } from '../operationExecutor';
import type { ClaimedRun, JobLedger } from './jobLedgerClient';
import { strictExecute, type JobContext, type JobWork } from './jobWork';

/**
 * A gateway's job runner. Every `pollMs` it works out which slots of its jobs' schedules came due
 * since it last looked, hands them to the job ledger, and runs what the ledger gives it: a slot
 * becomes one run however many gateways see it, and runs an operator asked for (runJobNow) wait
 * there for the first runner to look. While a run works, the runner renews its lease; if the
 * runner dies, the lease runs out and another runner (or this one, restarted) takes the run over.
 * After being down the runner catches up once, with the latest slot it missed.
 */

export interface RunnableJob {
  definition: JobDefinition;
  /** Its cron pattern in this deployment; null when turned off (still runnable through runJobNow). */
  schedule: string | null;
  work: JobWork;
}

export interface JobRunnerOptions {
  ledger: JobLedger;
  jobs: readonly RunnableJob[];
  /** Runs operations as the job's principal. */
  executorFor(definition: JobDefinition): OperationExecutor;
  pollMs: number;
  leaseMs: number;
  /** A failed run is retried after this long, doubled each time (the ledger keeps the exception). */
  retryBaseMs: number;
  log: Logger;
  /** How long stopping waits for runs to notice; what is still running then is left to its lease. */
  stopWaitMs?: number;
  /** Told of each run that ended here (the gateway's metrics). */
  onRunEnded?: (job: string, succeeded: boolean) => void;
  /** How this deployment runs the retention purge (RETENTION_PURGE), handed to its job; by default a dry run. */
  retentionPurge?: JobContext['retentionPurge'];
}

class Stopped extends Error {
  constructor() {
    super('the runner stopped');
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class JobRunner {
  /** Names this runner in the ledger: which process holds a run. */
  readonly id = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly jobs: Map<string, RunnableJob>;
  /** Per job, the instant after which slots are due: from the ledger at registration, then the latest handed in. */
  private cursors?: Map<string, Date>;
  private readonly running = new Map<string, { stop: AbortController; done: Promise<void> }>();
  private pollTimer?: NodeJS.Timeout;
  private renewTimer?: NodeJS.Timeout;
  private polling?: Promise<void>;
  private stopped = false;

  constructor(private readonly options: JobRunnerOptions) {
    this.jobs = new Map(options.jobs.map((job) => [job.definition.name, job]));
  }

  start(): void {
    this.schedulePoll(0);
    this.renewTimer = setInterval(() => void this.renew(), Math.max(1, Math.floor(this.options.leaseMs / 3)));
    this.renewTimer.unref();
  }

  /** Stops looking for work and stops the runs in progress without settling them: the next runner takes them over. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.pollTimer);
    clearInterval(this.renewTimer);
    await this.polling;
    for (const run of this.running.values()) run.stop.abort(new Stopped());
    const done = Promise.allSettled([...this.running.values()].map((run) => run.done));
    await Promise.race([done, new Promise((resolve) => setTimeout(resolve, this.options.stopWaitMs ?? 5000).unref())]);
  }

  private schedulePoll(delayMs: number): void {
    if (this.stopped) return;
    this.pollTimer = setTimeout(() => {
      this.polling = this.poll().finally(() => this.schedulePoll(this.options.pollMs));
    }, delayMs);
    this.pollTimer.unref();
  }

  private async poll(): Promise<void> {
    try {
      const cursors = this.cursors ?? (this.cursors = await this.register());
      const now = new Date();
      const due: { job: string; slot: string }[] = [];
      for (const job of this.jobs.values()) {
        const since = cursors.get(job.definition.name);
        const slot = job.schedule && since ? dueSlot(job.schedule, since, now) : null;
        if (slot) due.push({ job: job.definition.name, slot: slot.toISOString() });
      }
      const claimed = await this.options.ledger.claim({
        runner: this.id,
        leaseMs: this.options.leaseMs,
        jobs: [...this.jobs.keys()],
        due,
      });
      for (const { job, slot } of due) cursors.set(job, new Date(slot));
      for (const run of claimed) if (!this.stopped) this.launch(run);
    } catch (error) {
      this.options.log.warn({ err: messageOf(error) }, 'job runner could not reach the job ledger; it tries again');
    }
  }

  private async register(): Promise<Map<string, Date>> {
    const registered = await this.options.ledger.register(
      [...this.jobs.values()].map((job) => ({
        name: job.definition.name,
        description: job.definition.description,
        schedule: job.schedule,
        runsAs: [...job.definition.runsAs],
      })),
    );
    this.options.log.info({ runner: this.id, jobs: registered.length }, 'job runner registered its jobs');
    return new Map(registered.map((job) => [job.name, new Date(job.since)]));
  }

  private launch(run: ClaimedRun): void {
    const job = this.jobs.get(run.job);
    if (!job) return;
    const stop = new AbortController();
    const executor = this.options.executorFor(job.definition);
    const log = this.options.log.child({ job: run.job, run: run.id, attempt: run.attempt });
    log.info('job run started');
    const work = job.work({
      execute: strictExecute(executor),
      executor,
      dueAt: run.scheduledFor ? new Date(run.scheduledFor) : new Date(),
      retentionPurge: this.options.retentionPurge ?? 'dry-run',
      sleep: (ms) =>
        new Promise((resolve, reject) => {
          if (stop.signal.aborted) return reject(new Stopped());
          const timer = setTimeout(resolve, ms);
          stop.signal.addEventListener('abort', () => (clearTimeout(timer), reject(new Stopped())), { once: true });
        }),
    });
    const done = work
      .then(
        (outcome) => this.settle(run, true, outcome, log),
        (error: unknown) => (stop.signal.aborted ? undefined : this.settle(run, false, messageOf(error), log)),
      )
      .finally(() => this.running.delete(run.id));
    this.running.set(run.id, { stop, done });
  }

  private async settle(run: ClaimedRun, succeeded: boolean, outcome: string, log: Logger): Promise<void> {
    if (succeeded) log.info({ outcome }, 'job run succeeded');
    else log.warn({ outcome }, 'job run failed');
    this.options.onRunEnded?.(run.job, succeeded);
    try {
      if (!(await this.options.ledger.settle(this.id, run.id, succeeded, outcome, this.options.retryBaseMs)))
        log.warn('job run was taken over by another runner before it ended here');
    } catch (error) {
      // The lease runs out and another runner runs it again: a run is never lost, at worst repeated.
      log.error({ err: messageOf(error) }, 'job run ended but could not be recorded');
    }
  }

  private async renew(): Promise<void> {
    const ids = [...this.running.keys()];
    if (ids.length === 0) return;
    try {
      const held = new Set(await this.options.ledger.renew(this.id, ids, this.options.leaseMs));
      for (const id of ids)
        if (!held.has(id) && this.running.has(id)) {
          // Another runner holds it now: stop, so the run does not go on twice.
          this.options.log.warn({ run: id }, 'job run lost its lease; stopping it here');
          this.running.get(id)?.stop.abort(new Stopped());
        }
    } catch (error) {
      this.options.log.warn({ err: messageOf(error) }, 'job runner could not renew its leases');
    }
  }
}
