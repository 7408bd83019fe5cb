import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { JobRunEntity, type JobRun } from '../entities/JobRun';
import { ScheduledJobEntity, type ScheduledJob } from '../entities/ScheduledJob';
import { recordFailure, resolveFailure } from '../exceptions/exceptionQueue';
import { automaticRetryAt } from '../exceptions/retryBackoff';
import { inTransaction } from '../../kit/transaction';

/**
 * The record of which jobs run and which runs were made, kept so that any number of gateways can
 * run the jobs without two of them running the same slot, and a restart loses none. Every step is
 * one conditional statement that at most one runner can win:
 * - a slot becomes a run by an insert unique on (job, slot);
 * - a run waiting (QUEUED, or RUNNING under a lease that ran out) becomes a runner's by an update
 *   that names the state it saw;
 * - only the runner holding a run may renew or settle it.
 */

export type JobRunStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** A run whose runner stopped answering this often is given up, so a job that kills its runner cannot loop. */
export const MAX_ATTEMPTS = 3;

export interface JobRegistration {
  name: string;
  description: string;
  schedule: string | null;
  runsAs: readonly string[];
}

/** Where a runner starts looking for due slots of a job: after the latest claimed, or from when the job first appeared. */
export interface JobCursor {
  name: string;
  since: Date;
}

export async function registerJobs(
  em: SqlEntityManager,
  jobs: readonly JobRegistration[],
  now: Date,
): Promise<JobCursor[]> {
  if (jobs.length === 0) return [];
  await em
    .createQueryBuilder(ScheduledJobEntity)
    .insert(
      jobs.map((job) => ({
        name: job.name,
        description: job.description,
        schedule: job.schedule,
        runsAs: job.runsAs.join(','),
        registeredAt: now,
        lastSlot: null,
      })),
    )
    .onConflict('name')
    .merge(['description', 'schedule', 'runsAs'])
    .execute();
  const stored = await em.find(
    ScheduledJobEntity,
    { name: { $in: jobs.map((job) => job.name) } },
    { disableIdentityMap: true },
  );
  return stored.map((job) => ({ name: job.name, since: job.lastSlot ?? job.registeredAt }));
}

export interface ClaimRequest {
  runner: string;
  leaseMs: number;
  now: Date;
  /** The jobs this runner can run: it never takes a run of a job it does not know. */
  jobs: readonly string[];
  /** Slots that came due since the runner last looked. */
  due: readonly { job: string; slot: Date }[];
}

/** Makes runs of the due slots (each once, whoever asks), then takes what waits for a runner. */
export async function claimRuns(em: SqlEntityManager, request: ClaimRequest): Promise<JobRun[]> {
  for (const { job, slot } of request.due) await queueSlot(em, job, slot, request.now);
  return takeWaiting(em, request);
}

/** A run no runner has started yet. */
function waitingRun(
  made: Pick<JobRun, 'id' | 'job' | 'slot' | 'trigger' | 'requestedBy' | 'requestedAt' | 'scheduledFor'> &
    Partial<Pick<JobRun, 'retryOf' | 'notBefore'>>,
): JobRun {
  return {
    retryOf: null,
    notBefore: null,
    ...made,
    status: 'QUEUED',
    runner: null,
    attempt: 0,
    startedAt: null,
    finishedAt: null,
    leaseUntil: null,
    outcome: null,
  };
}

async function queueSlot(em: SqlEntityManager, job: string, slot: Date, now: Date): Promise<void> {
  await em
    .createQueryBuilder(JobRunEntity)
    .insert(
      waitingRun({
        id: `jrun_${randomUUID()}`,
        job,
        slot: slot.toISOString(),
        trigger: 'SCHEDULE',
        requestedBy: null,
        requestedAt: now,
        scheduledFor: slot,
      }),
    )
    .onConflict(['job', 'slot'])
    .ignore()
    .execute();
  await em.nativeUpdate(
    ScheduledJobEntity,
    { name: job, $or: [{ lastSlot: null }, { lastSlot: { $lt: slot } }] },
    { lastSlot: slot },
  );
}

/**
 * Runs waiting for a runner, oldest first, one per job: a run waits while another run of its job
 * holds a live lease, so a slow quality run is not joined by the next day's. (Two runners taking
 * two different waiting runs of one job in the same instant could still overlap; each run is
 * still made once.)
 */
async function takeWaiting(em: SqlEntityManager, request: ClaimRequest): Promise<JobRun[]> {
  const { now, jobs } = request;
  if (jobs.length === 0) return [];
  const open = await em.find(
    JobRunEntity,
    { job: { $in: [...jobs] }, status: { $in: ['QUEUED', 'RUNNING'] } },
    { orderBy: { requestedAt: 'asc', scheduledFor: 'asc', id: 'asc' }, disableIdentityMap: true },
  );
  const busy = new Set(
    open
      .filter((run) => run.status === 'RUNNING' && (run.leaseUntil?.getTime() ?? 0) >= now.getTime())
      .map((run) => run.job),
  );
  const claimed: JobRun[] = [];
  for (const run of open) {
    if (busy.has(run.job) || (run.notBefore && run.notBefore.getTime() > now.getTime())) continue;
    if (run.status === 'RUNNING' && run.attempt >= MAX_ATTEMPTS) {
      await giveUp(em, run, now);
      continue;
    }
    const taken = await take(em, run, request);
    if (taken) {
      claimed.push(taken);
      busy.add(run.job);
    }
  }
  return claimed;
}

/** The update names the state the run was seen in: of several runners reading it, one changes it. */
function asSeen(run: JobRun) {
  return { id: run.id, status: run.status, attempt: run.attempt };
}

async function take(em: SqlEntityManager, run: JobRun, request: ClaimRequest): Promise<JobRun | null> {
  const taken = {
    status: 'RUNNING',
    runner: request.runner,
    attempt: run.attempt + 1,
    startedAt: request.now,
    leaseUntil: new Date(request.now.getTime() + request.leaseMs),
  };
  const changed = await em.nativeUpdate(JobRunEntity, asSeen(run), taken);
  return changed === 1 ? { ...run, ...taken } : null;
}

/** A run whose runners kept dying is failed and left in the exception queue for an operator, not retried by itself. */
async function giveUp(em: SqlEntityManager, run: JobRun, now: Date): Promise<void> {
  const outcome = `given up: its runner stopped answering ${run.attempt} times`;
  await inTransaction(em, async (tx) => {
    const changed = await tx.nativeUpdate(JobRunEntity, asSeen(run), {
      status: 'FAILED',
      finishedAt: now,
      leaseUntil: null,
      outcome,
    });
    if (changed !== 1) return;
    const reference = run.retryOf ?? run.id;
    await recordFailure(
      tx,
      { source: 'JOB', subject: run.job, reference, payloadRef: `job_run:${reference}`, error: outcome },
      now,
      () => null,
    );
  });
}

/** Extends the leases this runner still holds; answers the runs it holds. */
export async function renewRuns(
  em: SqlEntityManager,
  runner: string,
  runIds: readonly string[],
  leaseUntil: Date,
): Promise<string[]> {
  if (runIds.length === 0) return [];
  const mine = { id: { $in: [...runIds] }, runner, status: 'RUNNING' };
  await em.nativeUpdate(JobRunEntity, mine, { leaseUntil });
  const held = await em.find(JobRunEntity, mine, { fields: ['id'], disableIdentityMap: true });
  return held.map((run) => run.id);
}

export { AUTOMATIC_RETRIES } from '../exceptions/retryBackoff';

/**
 * Records how a run ended, if this runner still holds it. A failed run becomes (or adds an attempt
 * to) an exception item, and while automatic retries remain a retry run waits out its backoff
 * (retryBaseMs, doubled each time); a retry that succeeds resolves the item.
 */
export async function settleRun(
  em: SqlEntityManager,
  runner: string,
  runId: string,
  succeeded: boolean,
  outcome: string,
  now: Date,
  retryBaseMs: number | null = null,
): Promise<boolean> {
  return inTransaction(em, async (tx) => {
    const changed = await tx.nativeUpdate(
      JobRunEntity,
      { id: runId, runner, status: 'RUNNING' },
      { status: succeeded ? 'SUCCEEDED' : 'FAILED', finishedAt: now, leaseUntil: null, outcome },
    );
    if (changed !== 1) return false;
    const run = await tx.findOneOrFail(JobRunEntity, { id: runId }, { disableIdentityMap: true });
    const reference = run.retryOf ?? run.id;
    if (succeeded) {
      if (run.retryOf) await resolveFailure(tx, 'JOB', reference, runner, `retry ${run.id} succeeded: ${outcome}`, now);
      return true;
    }
    const item = await recordFailure(
      tx,
      { source: 'JOB', subject: run.job, reference, payloadRef: `job_run:${reference}`, error: outcome },
      now,
      (attempts) => automaticRetryAt(attempts, now, retryBaseMs),
    );
    if (item.nextAttemptAt) await queueRetry(tx, run.job, reference, item.nextAttemptAt, now, null);
    return true;
  });
}

/** A retry of the failed run `reference`, waiting until `notBefore`. */
export async function queueRetry(
  em: SqlEntityManager,
  job: string,
  reference: string,
  notBefore: Date,
  now: Date,
  requestedBy: string | null,
): Promise<JobRun> {
  const id = `jrun_${randomUUID()}`;
  const run = waitingRun({
    id,
    job,
    slot: `retry:${id}`,
    trigger: 'RETRY',
    requestedBy,
    requestedAt: now,
    scheduledFor: null,
    retryOf: reference,
    notBefore,
  });
  await em.insertMany(JobRunEntity, [run]);
  return run;
}

/** An operator's run, now: queued for the next runner that looks. */
export async function queueManualRun(
  em: SqlEntityManager,
  job: ScheduledJob,
  requestedBy: string,
  now: Date,
): Promise<JobRun> {
  const id = `jrun_${randomUUID()}`;
  const run = waitingRun({
    id,
    job: job.name,
    slot: `manual:${id}`,
    trigger: 'MANUAL',
    requestedBy,
    requestedAt: now,
    scheduledFor: null,
  });
  await em.insertMany(JobRunEntity, [run]);
  return run;
}
