import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, rowId } from '../../kit/entityProperties';

/**
 * Something that failed and must not be dropped silently: a job run (and, as their sources report
 * them, an ingestion batch, a CDC stream, an outbox delivery). One item per failed thing, however
 * often it is retried: retried with backoff until it succeeds or its retries run out, then left
 * for an operator to retry or dismiss with a reason.
 */
export const ExceptionItemEntity = defineEntity({
  name: 'ExceptionItem',
  tableName: 'exception_item',
  properties: (p) => ({
    id: rowId(),
    /** JOB, WEBHOOK, INGESTION (a source record) or CDC (a change event): exceptionQueue.ts. */
    source: p.string().length(32),
    /** What failed within the source, e.g. the job's name. */
    subject: p.string().length(128),
    /** The failed thing, e.g. the job run whose retries these are: unique per source. */
    reference: p.string().length(128),
    /** Where the failed work's input can be found (never the input itself: it may be classified). */
    payloadRef: p.string().length(256).nullable(),
    /** The latest failure's reason. */
    error: p.text(),
    /** OPEN, RESOLVED or DISMISSED. */
    status: p.string().length(16),
    /** Failures so far, the first included. */
    attempts: p.integer(),
    /** When the next automatic retry is due; null when none is (resolved, or retries spent). */
    nextAttemptAt: instant().nullable(),
    firstFailedAt: instant(),
    lastFailedAt: instant(),
    resolvedAt: instant().nullable(),
    resolvedBy: p.string().nullable(),
    /** How it was resolved (the retry that succeeded), or why an operator dismissed it. */
    resolution: p.text().nullable(),
  }),
  uniques: [{ properties: ['source', 'reference'] }],
  indexes: [{ properties: ['status', 'lastFailedAt'] }],
});

export type ExceptionItem = InferEntity<typeof ExceptionItemEntity>;
