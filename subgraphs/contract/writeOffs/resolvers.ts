import { randomUUID } from 'node:crypto';
import { badUserInput, notFound } from '../../../lib/errors';
import { formatMinor, parseMoney } from '../../../lib/money';
import { optionalText, requiredReason, requiredText } from '../../../lib/textInput';
import { moneyField } from '../../kit/moneyResolvers';
import { assertVisible } from '../../kit/rowScope';
import { assertMayReadRaw } from '../../kit/lookups';
import { decideRequest, listRequests } from '../approvals';
import { InvoiceEntity } from '../entities/Invoice';
import { PaymentEntity } from '../entities/Payment';
import { WriteOffEntity } from '../entities/WriteOff';
import type { Resolvers } from '../generated/resolvers';
import { writableOffMinor } from './openBalance';

/** Bad-debt write-offs: request, then approve or reject by someone else (maker-checker). */

export const writeOffResolvers: Resolvers = {
  Query: {
    writeOffs: listRequests(WriteOffEntity),
  },

  Mutation: {
    requestWriteOff: async (_root, args, context) => {
      const reason = requiredReason(args.request.reason);
      return context.em.transactional(async (em) => {
        const invoice = await em.findOne(InvoiceEntity, { id: args.request.invoiceId });
        if (!invoice) throw notFound(`no invoice ${args.request.invoiceId}`);
        assertVisible(context, invoice.region, `Invoice ${invoice.id}`);
        // The amount is checked against the open balance: only someone who may read it may ask.
        assertMayReadRaw(context, 'Invoice.balance', invoice.region, `Invoice ${invoice.id}`);
        const { minor } = parseMoney({ amount: args.request.amount, currency: invoice.currency }, 'amount');
        if (minor <= 0) throw badUserInput('amount must be positive', 'amount');
        const [payments, writeOffs] = await Promise.all([
          em.find(PaymentEntity, { invoiceId: invoice.id }),
          em.find(WriteOffEntity, { invoiceId: invoice.id }),
        ]);
        const open = writableOffMinor(invoice.amountMinor, payments, writeOffs);
        if (minor > open) {
          throw badUserInput(
            `amount exceeds what can still be written off (${formatMinor(Math.max(open, 0), invoice.currency).amount} ${invoice.currency})`,
            'amount',
          );
        }
        return em.create(WriteOffEntity, {
          id: `wo_${randomUUID()}`,
          invoiceId: invoice.id,
          customerId: invoice.customerId,
          region: invoice.region,
          amountMinor: minor,
          currency: invoice.currency,
          reason,
          status: 'REQUESTED',
          requestedBy: context.principal.sub,
          requestedAt: new Date(),
        });
      });
    },
    approveWriteOff: (_root, args, context) =>
      decideRequest(context, {
        entity: WriteOffEntity,
        label: 'Write-off',
        id: args.id,
        status: 'APPROVED',
        note: optionalText(args.note, 'note', 1000),
        mustRead: 'WriteOff.amount',
      }),
    rejectWriteOff: (_root, args, context) =>
      decideRequest(context, {
        entity: WriteOffEntity,
        label: 'Write-off',
        id: args.id,
        status: 'REJECTED',
        note: requiredText(args.note, 'note', 1000),
        mustRead: 'WriteOff.amount',
      }),
  },

  Invoice: {
    writeOffs: (invoice, _args, { loaders }) => loaders.writeOffs.load(invoice.id),
  },

  WriteOff: {
    amount: moneyField('amountMinor'),
  },
};
