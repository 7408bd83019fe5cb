import { badUserInput } from '../../../lib/errors';
import { inTransaction } from '../../kit/transaction';
import { InvoiceEntity } from '../entities/Invoice';
import { PaymentEntity } from '../entities/Payment';
import { WriteOffEntity } from '../entities/WriteOff';
import type { Resolvers } from '../generated/resolvers';

/**
 * Invoice history for the retention purge, which the audit subgraph runs (granted to that service
 * alone): it reads the invoices that may be past retention, judges them against the schedule and
 * the legal holds, and has the ones to go removed here, with their payments and write-offs.
 */

const MAX_PAGE = 1000;
const MAX_PURGED_AT_ONCE = 100_000;

export const invoiceRetentionResolvers: Resolvers = {
  Query: {
    invoicesIssuedThrough: async (_root, args, { em }) => {
      if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE)
        throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE}`, 'first');
      const invoices = await em.find(
        InvoiceEntity,
        { issueDate: { $lte: args.through }, ...(args.after ? { id: { $gt: args.after } } : {}) },
        {
          fields: ['id', 'customerId', 'issueDate'],
          orderBy: { id: 'asc' },
          limit: args.first,
          disableIdentityMap: true,
        },
      );
      return invoices.map(({ id, customerId, issueDate }) => ({ id, customerId, issueDate }));
    },
  },

  Mutation: {
    purgeInvoices: async (_root, args, { em }) => {
      if (args.ids.length > MAX_PURGED_AT_ONCE)
        throw badUserInput(`at most ${MAX_PURGED_AT_ONCE} invoices at once`, 'ids');
      if (args.ids.length === 0) return 0;
      const ids = [...new Set(args.ids)];
      return inTransaction(em, async (tx) => {
        await tx.nativeDelete(PaymentEntity, { invoiceId: { $in: ids } });
        await tx.nativeDelete(WriteOffEntity, { invoiceId: { $in: ids } });
        return tx.nativeDelete(InvoiceEntity, { id: { $in: ids } });
      });
    },
  },
};
