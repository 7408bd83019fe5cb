import type { SqlEntityManager } from '@mikro-orm/knex';
import type { JobName } from '../../../lib/jobs/catalogue';
import { ExceptionItemEntity, type ExceptionItem } from '../entities/ExceptionItem';
import { JobRunEntity } from '../entities/JobRun';
import { ScheduledJobEntity } from '../entities/ScheduledJob';
import { queueManualRun } from '../jobs/jobLedger';
import { inTransaction } from '../../kit/transaction';
import { recordFailure, resolveFailure } from './exceptionQueue';
import { automaticRetryAt } from './retryBackoff';

/**
 * Source records and change events the customer subgraph rejected, in the exception queue. That
 * subgraph keeps each input (it may carry classified values) and reports its failures and
 * resolutions; the queue keeps the reference, the reason and the retries' backoff. The
 * failed-inputs job asks which are due and retries them there.
 */

export const INPUT_SOURCES = ['INGESTION', 'CDC'] as const;
export type InputSource = (typeof INPUT_SOURCES)[number];

export const isInputSource = (source: string): source is InputSource =>
  (INPUT_SOURCES as readonly string[]).includes(source);

/** The job that retries them (lib/jobs/catalogue.ts). */
export const FAILED_INPUTS_JOB: JobName = 'failed-inputs';

/** Who resolves an item by its report. */
const REPORTER = 'customer';

export interface FailureReport {
  source: InputSource;
  subject: string;
  reference: string;
  error: string;
  failedAt: Date;
  resolvedAt: Date | null;
  resolution: string | null;
}

/** Where the input is: in the customer subgraph's database, never here. */
export const payloadRefOf = (reference: string) => `customer subgraph failed input ${reference}`;

/**
 * Records reports in one transaction: a failure newer than the item's latest is one more attempt,
 * with the job retries' backoff from when it failed; a report sent again (or older than what is
 * recorded) adds none. A resolution resolves the item if it is open and failed no later than the
 * failure it resolves. Answers how many reports recorded a new failure.
 */
export async function recordReportedFailures(
  em: SqlEntityManager,
  reports: readonly FailureReport[],
  retryBaseMs: number,
): Promise<number> {
  return inTransaction(em, async (tx) => {
    let recorded = 0;
    for (const report of reports) {
      const { source, reference } = report;
      const known = await tx.findOne(ExceptionItemEntity, { source, reference }, { disableIdentityMap: true });
      if (!known || known.lastFailedAt.getTime() < report.failedAt.getTime()) {
        await recordFailure(
          tx,
          { source, subject: report.subject, reference, payloadRef: payloadRefOf(reference), error: report.error },
          report.failedAt,
          (attempts) => automaticRetryAt(attempts, report.failedAt, retryBaseMs),
        );
        recorded += 1;
      }
      // A resolution of an earlier failure than the latest recorded (a late report) resolves nothing.
      const stale = known !== null && known.lastFailedAt.getTime() > report.failedAt.getTime();
      if (report.resolvedAt && !stale)
        await resolveFailure(tx, source, reference, REPORTER, report.resolution ?? 'resolved', report.resolvedAt);
    }
    return recorded;
  });
}

/** The references of open items whose retry is due, the longest waiting first. */
export async function dueFailures(em: SqlEntityManager, now: Date, first: number): Promise<string[]> {
  const due = await em.find(
    ExceptionItemEntity,
    { source: { $in: [...INPUT_SOURCES] }, status: 'OPEN', nextAttemptAt: { $lte: now } },
    { orderBy: { nextAttemptAt: 'asc', id: 'asc' }, limit: first, fields: ['reference'], disableIdentityMap: true },
  );
  return due.map((item) => item.reference);
}

/**
 * An operator's retry: the item is due now, and a run of the failed-inputs job is queued (unless
 * one waits already) so a runner retries it within its next look rather than at the next slot.
 */
export async function retryNow(em: SqlEntityManager, item: ExceptionItem, requestedBy: string): Promise<ExceptionItem> {
  const now = new Date();
  return inTransaction(em, async (tx) => {
    await tx.nativeUpdate(ExceptionItemEntity, { id: item.id }, { nextAttemptAt: now });
    const job = await tx.findOne(ScheduledJobEntity, { name: FAILED_INPUTS_JOB }, { disableIdentityMap: true });
    const waiting = await tx.count(JobRunEntity, {
      job: FAILED_INPUTS_JOB,
      status: 'QUEUED',
      $or: [{ notBefore: null }, { notBefore: { $lte: now } }],
    });
    if (job && waiting === 0) await queueManualRun(tx, job, requestedBy, now);
    return { ...item, nextAttemptAt: now };
  });
}
