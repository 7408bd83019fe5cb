import type { FilterQuery } from '@mikro-orm/core';
import { badUserInput } from '../../../lib/errors';
import { pageSize } from '../../../lib/pagination';
import { optionalText, requiredReason } from '../../../lib/textInput';
import { moneyField } from '../../kit/moneyResolvers';
import { isVisible, visibleRegions } from '../../kit/rowScope';
import { CreditLimitChangeEntity, type CreditLimitChange } from '../entities/CreditLimitChange';
import type { Resolvers } from '../generated/resolvers';
import { decideCreditLimitChange } from './creditLimitChanges';
import { fileDropSource } from './fileDropSource';
import { refreshCreditScores } from './refreshCreditScores';

/** Credit scores from the risk vendor, and the credit-limit changes waiting for a second person. */

export const creditResolvers: Resolvers = {
  Query: {
    creditLimitChanges: async (_root, args, context) => {
      const where: FilterQuery<CreditLimitChange>[] = [];
      if (args.status) where.push({ status: args.status });
      if (args.customerId) where.push({ customerId: args.customerId });
      const scope = visibleRegions(context);
      if (scope !== 'ALL') where.push({ region: { $in: [...scope] } });
      if (args.after) {
        const last = await context.em.findOne(CreditLimitChangeEntity, { id: args.after });
        if (!last) throw badUserInput(`no credit-limit change ${args.after} to continue after`, 'after');
        where.push({
          $or: [{ requestedAt: { $gt: last.requestedAt } }, { requestedAt: last.requestedAt, id: { $gt: last.id } }],
        });
      }
      return context.em.find(
        CreditLimitChangeEntity,
        { $and: where },
        { orderBy: { requestedAt: 'asc', id: 'asc' }, limit: pageSize(args.first, context.config.maxPageSize, 50) },
      );
    },
  },

  Mutation: {
    refreshCreditScores: (_root, _args, context) =>
      refreshCreditScores(context, fileDropSource(context.config.creditScores.dropDir)),
    approveCreditLimitChange: (_root, args, context) =>
      decideCreditLimitChange(context, args.id, 'APPROVED', optionalText(args.note, 'note', 1000)),
    rejectCreditLimitChange: (_root, args, context) =>
      decideCreditLimitChange(context, args.id, 'REJECTED', requiredReason(args.reason)),
  },

  Customer: {
    pendingCreditLimitChange: async (customer, _args, { loaders }) =>
      (await loaders.pendingCreditLimitChanges.load(customer.id)) ?? null,
  },

  CreditLimitChange: {
    customer: async (change, _args, context) => {
      const customer = await context.loaders.customer.load(change.customerId);
      return customer && isVisible(context, customer.region) ? customer : null;
    },
    currentLimit: moneyField('currentLimitMinor', 'currentLimitCurrency'),
    proposedLimit: moneyField('proposedLimitMinor', 'proposedLimitCurrency'),
  },
};
