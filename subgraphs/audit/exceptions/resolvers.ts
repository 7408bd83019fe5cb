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

/** The exception queue through the graph: operators and auditors read it, operators retry and dismiss. */

async function openItem(context: AuditContext, id: string): Promise<ExceptionItem> {
  const item = await context.em.findOne(ExceptionItemEntity, { id }, { disableIdentityMap: true });
  if (!item) throw notFound(`no exception item ${id}`);
  if (item.status !== 'OPEN') throw badUserInput(`exception item ${id} is ${item.status}: nothing to do`, 'id');
  return item;
}

/** The retries of an item that wait for their backoff. */
const waitingRetries = (item: ExceptionItem) => ({ retryOf: item.reference, status: 'QUEUED' });

export const exceptionResolvers: Resolvers = {
  Query: {
    exceptions: (_root, args, { em, config }) =>
      em.find(
        ExceptionItemEntity,
        { ...(args.status ? { status: args.status } : {}), ...(args.source ? { source: args.source } : {}) },
        { orderBy: { lastFailedAt: 'desc', id: 'desc' }, limit: pageSize(args.first, config.maxPageSize) },
      ),
  },

  Mutation: {
    retryException: async (_root, args, context) => {
      const item = await openItem(context, args.id);
      const now = new Date();
      return inTransaction(context.em, async (tx) => {
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
