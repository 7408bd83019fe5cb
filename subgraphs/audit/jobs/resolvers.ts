import { badUserInput } from '../../../lib/errors';
import { nextSlot, scheduleProblem } from '../../../lib/jobs/schedule';
import { pageSize } from '../../../lib/pagination';
import { JobRunEntity } from '../entities/JobRun';
import { ScheduledJobEntity } from '../entities/ScheduledJob';
import type { Resolvers } from '../generated/resolvers';
import { claimRuns, queueManualRun, registerJobs, renewRuns, settleRun } from './jobLedger';

/** The job ledger through the graph: operators and auditors read it, the gateways' runners keep it. */

const MAX_JOBS = 100;
const MAX_OUTCOME_CHARS = 4000;
const MAX_NAME_CHARS = 64;
const MAX_RUNNER_CHARS = 128;
const MIN_LEASE_MS = 1000;
const MAX_LEASE_MS = 86_400_000;

function checkedLease(leaseMs: number): number {
  if (!Number.isInteger(leaseMs) || leaseMs < MIN_LEASE_MS || leaseMs > MAX_LEASE_MS)
    throw badUserInput(`a lease lasts ${MIN_LEASE_MS} to ${MAX_LEASE_MS} ms`, 'leaseMs');
  return leaseMs;
}

function checkedRunner(runner: string): string {
  if (runner.length === 0 || runner.length > MAX_RUNNER_CHARS)
    throw badUserInput(`a runner is named in 1 to ${MAX_RUNNER_CHARS} characters`, 'runner');
  return runner;
}

function checkedJobNames(names: readonly string[], argument: string): void {
  if (names.length > MAX_JOBS) throw badUserInput(`at most ${MAX_JOBS} jobs`, argument);
  for (const name of names)
    if (name.length === 0 || name.length > MAX_NAME_CHARS)
      throw badUserInput(`a job is named in 1 to ${MAX_NAME_CHARS} characters`, argument);
}

export const jobResolvers: Resolvers = {
  Query: {
    jobs: (_root, _args, { em }) => em.find(ScheduledJobEntity, {}, { orderBy: { name: 'asc' } }),
    jobRuns: (_root, args, { em, config }) =>
      em.find(
        JobRunEntity,
        { ...(args.job ? { job: args.job } : {}), ...(args.status ? { status: args.status } : {}) },
        { orderBy: { requestedAt: 'desc', id: 'desc' }, limit: pageSize(args.first, config.maxPageSize) },
      ),
  },

  Mutation: {
    runJobNow: async (_root, args, { em, principal }) => {
      const job = await em.findOne(ScheduledJobEntity, { name: args.job });
      if (!job) throw badUserInput(`no job is named "${args.job}"`, 'job');
      return queueManualRun(em, job, principal.sub, new Date());
    },
    registerJobs: (_root, args, { em }) => {
      checkedJobNames(
        args.jobs.map((job) => job.name),
        'jobs',
      );
      for (const job of args.jobs) {
        const problem = job.schedule == null ? null : scheduleProblem(job.schedule);
        if (problem) throw badUserInput(`the schedule of ${job.name} cannot be read: ${problem}`, 'jobs');
      }
      return registerJobs(
        em,
        args.jobs.map((job) => ({ ...job, schedule: job.schedule ?? null })),
        new Date(),
      );
    },
    claimJobRuns: (_root, { claim }, { em }) => {
      checkedJobNames(claim.jobs, 'claim');
      checkedJobNames(
        claim.due.map((slot) => slot.job),
        'claim',
      );
      return claimRuns(em, {
        runner: checkedRunner(claim.runner),
        leaseMs: checkedLease(claim.leaseMs),
        now: new Date(),
        jobs: claim.jobs,
        due: claim.due,
      });
    },
    renewJobRuns: (_root, args, { em }) =>
      renewRuns(em, checkedRunner(args.runner), args.runIds, new Date(Date.now() + checkedLease(args.leaseMs))),
    settleJobRun: (_root, args, { em }) => {
      const retryBaseMs = args.retryBaseMs ?? null;
      if (retryBaseMs !== null && !(Number.isInteger(retryBaseMs) && retryBaseMs >= 100 && retryBaseMs <= MAX_LEASE_MS))
        throw badUserInput(`a retry waits 100 to ${MAX_LEASE_MS} ms`, 'retryBaseMs');
      return settleRun(
        em,
        checkedRunner(args.runner),
        args.runId,
        args.succeeded,
        args.outcome.slice(0, MAX_OUTCOME_CHARS),
        new Date(),
        retryBaseMs,
      );
    },
  },

  Job: {
    runsAs: (job) => job.runsAs.split(',').filter(Boolean),
    nextRunAt: (job) => (job.schedule ? nextSlot(job.schedule, new Date()) : null),
    runs: (job, args, { em, config }) =>
      em.find(
        JobRunEntity,
        { job: job.name },
        { orderBy: { requestedAt: 'desc', id: 'desc' }, limit: pageSize(args.first, config.maxPageSize) },
      ),
  },
};
