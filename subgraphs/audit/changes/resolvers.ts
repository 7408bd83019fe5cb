import { pageSize } from '../../../lib/pagination';
import { isVisible } from '../../kit/rowScope';
import type { Resolvers } from '../generated/resolvers';
import { changeCursor, changeNumberOf, customerChangesAfter, latestChangeNumber } from './changeFeed';

/**
 * customerChanges: the change feed through the graph. A change of a customer outside the caller's
 * regions is left out (its existence is the customer's data too), but the page's end cursor moves
 * past it, so a reader never reads it again.
 */
export const changeResolvers: Resolvers = {
  Query: {
    customerChanges: async (_root, args, context) => {
      const limit = pageSize(args.first, context.config.maxPageSize, 100);
      const after = args.after == null ? 0 : changeNumberOf(args.after, 'after');
      const [rows, latest] = await Promise.all([
        customerChangesAfter(context.em, after, limit + 1),
        latestChangeNumber(context.em),
      ]);
      const page = rows.slice(0, limit);
      const customers = await context.loaders.customers.loadMany(page.map((row) => row.entityId));
      const edges = page.flatMap((row, i) => {
        const customer = customers[i];
        if (customer instanceof Error) throw customer;
        if (!isVisible(context, customer.region)) return [];
        const node = { ...row, customerId: row.entityId, region: customer.region };
        return [{ cursor: changeCursor(row.sequence as number), node }];
      });
      const last = page.at(-1);
      return {
        edges,
        pageInfo: {
          hasNextPage: rows.length > limit,
          endCursor: last ? changeCursor(last.sequence as number) : (args.after ?? null),
        },
        latestCursor: latest > 0 ? changeCursor(latest) : null,
      };
    },
    customerChangeHead: async (_root, _args, { em }) => {
      const latest = await latestChangeNumber(em);
      return latest > 0 ? changeCursor(latest) : null;
    },
  },
};
