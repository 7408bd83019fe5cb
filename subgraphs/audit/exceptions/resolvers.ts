import { badUserInput, notFound } from '../../../lib/errors';
import { pageSize } from '../../../lib/pagination';
import { requiredText } from '../../../lib/textInput';
import { ExceptionItemEntity, type ExceptionItem } from '../entities/ExceptionItem';
import { JobRunEntity } from '../entities/JobRun';
import type { AuditContext } from '../context';
import type { Resolvers } from '../generated/resolvers';
import { inTransaction } from '../../kit/transaction';
import { queueRetry } from '../jobs/jobLedger';
import { dismissFailure } from './exceptionQueue';
import { WebhookSubscriptionEntity } from '../entities/WebhookSubscription';
import { subscriptionOfBatch } from '../webhooks/webhookLedger';
import { dueFailures, isInputSource, recordReportedFailures, retryNow, type FailureReport } from './failedInputs';

/** The exception queue through the graph: operators and auditors read it, operators retry and dismiss. */

async function openItem(context: AuditContext, id: string): Promise<ExceptionItem> {
  const item = await context.em.findOne(ExceptionItemEntity, { id }, { disableIdentityMap: true });
  if (!item) throw notFound(`no exception item ${id}`);
  if (item.status !== 'OPEN') throw badUserInput(`exception item ${id} is ${item.status}: nothing to do`, 'id');
  return item;
}

const MAX_REPORTS = 1000;
const MAX_REFERENCE_CHARS = 128;
const MAX_ERROR_CHARS = 4000;

function checkedReport(report: Omit<FailureReport, 'source'> & { source: string }): FailureReport {
  const { source } = report;
  if (!isInputSource(source)) throw badUserInput('a failure report is of INGESTION or CDC', 'reports');
  if (report.reference.length === 0 || report.reference.length > MAX_REFERENCE_CHARS)
    throw badUserInput(`a reference has 1 to ${MAX_REFERENCE_CHARS} characters`, 'reports');
  return {
    ...report,
    source,
    subject: report.subject.slice(0, MAX_REFERENCE_CHARS),
    error: report.error.slice(0, MAX_ERROR_CHARS),
    resolution: report.resolution?.slice(0, MAX_ERROR_CHARS) ?? null,
  };
}

/** The retries of an item that wait for their backoff. */
const waitingRetries = (item: ExceptionItem) => ({ retryOf: item.reference, status: 'QUEUED' });

export const exceptionResolvers: Resolvers = {
  Query: {
    dueFailures: (_root, args, { em }) => {
      if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_REPORTS)
        throw badUserInput(`first is 1 to ${MAX_REPORTS}`, 'first');
      return dueFailures(em, new Date(), args.first);
    },
    exceptions: (_root, args, { em, config }) =>
      em.find(
        ExceptionItemEntity,
        { ...(args.status ? { status: args.status } : {}), ...(args.source ? { source: args.source } : {}) },
        { orderBy: { lastFailedAt: 'desc', id: 'desc' }, limit: pageSize(args.first, config.maxPageSize) },
      ),
  },

  Mutation: {
    reportFailures: (_root, args, { em, config }) => {
      if (args.reports.length > MAX_REPORTS) throw badUserInput(`at most ${MAX_REPORTS} reports`, 'reports');
      const reports = args.reports.map((report) =>
        checkedReport({ ...report, resolvedAt: report.resolvedAt ?? null, resolution: report.resolution ?? null }),
      );
      return recordReportedFailures(em, reports, config.jobs.retryBaseMs);
    },
    retryException: async (_root, args, context) => {
      const item = await openItem(context, args.id);
      // A failed source record or change event: retried in the customer subgraph by the failed-inputs job.
      if (isInputSource(item.source)) return retryNow(context.em, item, context.principal.sub);
      const now = new Date();
      return inTransaction(context.em, async (tx) => {
        if (item.source === 'WEBHOOK') {
          // The subscription is tried again at once, from the batch that failed.
          await tx.nativeUpdate(
            WebhookSubscriptionEntity,
            { id: subscriptionOfBatch(item.reference) },
            { nextAttemptAt: now },
          );
          await tx.nativeUpdate(ExceptionItemEntity, { id: item.id }, { nextAttemptAt: now });
          return { ...item, nextAttemptAt: now };
        }
        // A retry already waiting goes now instead of a second one beside it.
        const hurried = await tx.nativeUpdate(JobRunEntity, waitingRetries(item), { notBefore: now });
        if (hurried === 0) await queueRetry(tx, item.subject, item.reference, now, now, context.principal.sub);
        await tx.nativeUpdate(ExceptionItemEntity, { id: item.id }, { nextAttemptAt: now });
        return { ...item, nextAttemptAt: now };
      });
    },
    dismissException: async (_root, args, context) => {
      const reason = requiredText(args.reason, 'reason', 1000);
      const item = await openItem(context, args.id);
      // Dismissing it would skip changes a receiver was promised; it ends by a delivery or with the subscription.
      if (item.source === 'WEBHOOK')
        throw badUserInput(
          `exception item ${item.id} is a webhook's undelivered changes: it closes when a delivery succeeds (retryException tries now), or when its owner deletes the subscription`,
          'id',
        );
      const now = new Date();
      return inTransaction(context.em, async (tx) => {
        await tx.nativeUpdate(JobRunEntity, waitingRetries(item), {
          status: 'FAILED',
          finishedAt: now,
          outcome: `not run: exception ${item.id} was dismissed`,
        });
        return dismissFailure(tx, item, context.principal.sub, reason, now);
      });
    },
  },
};
