import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { pageSize } from '../../lib/pagination';
import type { SubgraphContext } from '../kit/context';
import { QualityRunEntity } from './entities/QualityRun';
import type { QualityResult } from './entities/QualityResult';
import { assessCompleteness, type CustomerFields } from './rules/completeness';
import type { QualityLoaders } from './loaders';

type Context = SubgraphContext<QualityLoaders>;

export const qualityResolvers: GraphQLResolverMap<Context> = {
  Query: {
    qualityRuns: async (_root, args: { first?: number | null }, { em, config }) => {
      const first = pageSize(args.first, config.maxPageSize);
      const runs = await em.find(QualityRunEntity, {}, { orderBy: { startedAt: 'desc', id: 'asc' }, limit: first });
      return runs.map((run) => ({ ...run, startedAt: run.startedAt.toISOString() }));
    },
  },

  Customer: {
    // The gateway passes the @requires fields in the representation; nothing is read from the customer database here.
    dataQuality: async (customer: CustomerFields & { id: string }, _args, { loaders }) => {
      const history: QualityResult[] = await loaders.resultsOfCustomer.load(customer.id);
      return {
        ...assessCompleteness(customer),
        history: history.map((result) => ({ runId: result.runId, score: result.score, checkedAt: result.checkedAt.toISOString() })),
      };
    },
  },
};
