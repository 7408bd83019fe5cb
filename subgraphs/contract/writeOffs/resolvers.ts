import { randomUUID } from 'node:crypto';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError } from 'graphql';
import { badUserInput, ErrorCode, notFound } from '../../../lib/errors';
import { formatMinor, parseMoney } from '../../../lib/money';
import { pageSize } from '../../../lib/pagination';
import { assertDifferentApprover } from '../../../policies/makerChecker';
import type { SubgraphContext } from '../../kit/context';
import { assertVisible, visibleRegions } from '../../kit/rowScope';
import { InvoiceEntity } from '../entities/Invoice';
import { PaymentEntity } from '../entities/Payment';
import { WriteOffEntity, type WriteOff } from '../entities/WriteOff';
import type { ContractLoaders } from '../loaders';
import { writableOffMinor } from './openBalance';

/** Bad-debt write-offs: request, then approve or reject by someone else (maker-checker). */

type Context = SubgraphContext<ContractLoaders>;

function text(value: string | null | undefined, field: string, max: number): string {
  const trimmed = (value ?? '').trim();
  if (trimmed === '' || trimmed.length > max) throw badUserInput(`${field} must be 1 to ${max} characters`, field);
  return trimmed;
}

async function decide(context: Context, id: string, status: 'APPROVED' | 'REJECTED', note: string | null): Promise<WriteOff> {
  return context.em.transactional(async (em) => {
    const writeOff = await em.findOne(WriteOffEntity, { id });
    if (!writeOff) throw notFound(`no write-off ${id}`);
    assertVisible(context, writeOff.region, `Write-off ${id}`);
    if (writeOff.status !== 'REQUESTED') {
      throw new GraphQLError(`write-off ${id} was already ${writeOff.status.toLowerCase()}`, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
    }
    assertDifferentApprover(writeOff.requestedBy, context.principal.sub, `Write-off ${id}`);
    writeOff.status = status;
    writeOff.decidedBy = context.principal.sub;
    writeOff.decidedAt = new Date();
    writeOff.decisionNote = note;
    return writeOff;
  });
}

export const writeOffResolvers: GraphQLResolverMap<Context> = {
  Query: {
    writeOffs: async (_root, args: { status?: string | null; first?: number | null }, context) => {
      const first = pageSize(args.first, context.config.maxPageSize, 50);
      const scope = visibleRegions(context);
      return context.em.find(
        WriteOffEntity,
        { ...(args.status ? { status: args.status as WriteOff['status'] } : {}), ...(scope === 'ALL' ? {} : { region: { $in: [...scope] } }) },
        { orderBy: { requestedAt: 'asc', id: 'asc' }, limit: first },
      );
    },
  },

  Mutation: {
    requestWriteOff: async (_root, args: { request: { invoiceId: string; amount: string; reason: string } }, context) => {
      const reason = text(args.request.reason, 'reason', 1000);
      return context.em.transactional(async (em) => {
        const invoice = await em.findOne(InvoiceEntity, { id: args.request.invoiceId });
        if (!invoice) throw notFound(`no invoice ${args.request.invoiceId}`);
        assertVisible(context, invoice.region, `Invoice ${invoice.id}`);
        const { minor } = parseMoney({ amount: args.request.amount, currency: invoice.currency }, 'amount');
        if (minor <= 0) throw badUserInput('amount must be positive', 'amount');
        const [payments, writeOffs] = await Promise.all([
          em.find(PaymentEntity, { invoiceId: invoice.id }),
          em.find(WriteOffEntity, { invoiceId: invoice.id }),
        ]);
        const open = writableOffMinor(invoice.amountMinor, payments, writeOffs);
        if (minor > open) {
          throw badUserInput(`amount exceeds what can still be written off (${formatMinor(Math.max(open, 0), invoice.currency).amount} ${invoice.currency})`, 'amount');
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
    approveWriteOff: (_root, args: { id: string; note?: string | null }, context) =>
      decide(context, args.id, 'APPROVED', args.note ? text(args.note, 'note', 1000) : null),
    rejectWriteOff: (_root, args: { id: string; note: string }, context) => decide(context, args.id, 'REJECTED', text(args.note, 'note', 1000)),
  },

  Invoice: {
    writeOffs: (invoice: { id: string }, _args, { loaders }) => loaders.writeOffs.load(invoice.id),
  },

  WriteOff: {
    amount: (writeOff: WriteOff) => formatMinor(writeOff.amountMinor, writeOff.currency),
    requestedAt: (writeOff: WriteOff) => writeOff.requestedAt.toISOString(),
    decidedAt: (writeOff: WriteOff) => writeOff.decidedAt?.toISOString() ?? null,
  },
};
