import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, rowId } from '../../kit/entityProperties';

/**
 * One run of a job: claimed by one runner at a time under a lease it renews while it works. A
 * runner that dies leaves the lease to expire, and the next runner to look takes the run over.
 */
export const JobRunEntity = defineEntity({
  name: 'JobRun',
  tableName: 'job_run',
  properties: (p) => ({
    id: rowId(),
    job: p.string().length(64),
    /**
     * The schedule slot as an ISO instant, or `manual:<run id>`: unique per job, so however many
     * runners see a slot come due, one run is made of it.
     */
    slot: p.string().length(80),
    /** SCHEDULE, MANUAL (runJobNow) or RETRY (of a failed run: see exception_item). */
    trigger: p.string().length(16),
    /** QUEUED, RUNNING, SUCCEEDED or FAILED. */
    status: p.string().length(16),
    requestedBy: p.string().nullable(),
    requestedAt: instant(),
    scheduledFor: instant().nullable(),
    /** The runner holding or last holding the run, and how many times it was started. */
    runner: p.string().length(128).nullable(),
    attempt: p.integer(),
    startedAt: instant().nullable(),
    finishedAt: instant().nullable(),
    leaseUntil: instant().nullable(),
    /** What the run did (SUCCEEDED) or why it failed (FAILED). */
    outcome: p.text().nullable(),
    /** A retry's first failed run: the exception item's reference. */
    retryOf: p.string().length(64).nullable(),
    /** A retry waits for its backoff: no runner takes it before this. */
    notBefore: instant().nullable(),
  }),
  uniques: [{ properties: ['job', 'slot'] }],
  indexes: [{ properties: ['job', 'requestedAt'] }, { properties: ['status', 'leaseUntil'] }],
});

export type JobRun = InferEntity<typeof JobRunEntity>;
