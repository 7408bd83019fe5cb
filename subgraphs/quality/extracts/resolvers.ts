import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { requiredDate } from '../../../lib/dateInput';
import { badUserInput, notFound } from '../../../lib/errors';
import { pageSize } from '../../../lib/pagination';
import { requiredText } from '../../../lib/textInput';
import { assertVisible, visibleRegions } from '../../kit/rowScope';
import type { QualityContext } from '../context';
import { CorrectionCaseEntity, type CorrectionCase } from '../entities/CorrectionCase';
import { QualityAlertEntity, type QualityAlert } from '../entities/QualityAlert';
import { ReconciliationReportEntity } from '../entities/ReconciliationReport';
import { recordExtract, type ExtractInput } from './recordExtract';
import { reportView } from './reconciliationView';

/** System extracts, the alerts and correction cases they raise, and the daily reconciliation. */

export const extractResolvers: GraphQLResolverMap<QualityContext> = {
  Query: {
    qualityAlerts: async (_root, args: { first?: number | null }, context) =>
      context.em.find(
        QualityAlertEntity,
        {},
        { orderBy: { raisedAt: 'desc', id: 'asc' }, limit: pageSize(args.first, context.config.maxPageSize, 50) },
      ),

    correctionCases: async (
      _root,
      args: { status?: 'OPEN' | 'RESOLVED' | null; overdueOnly?: boolean | null; first?: number | null },
      context,
    ) => {
      const scope = visibleRegions(context);
      return context.em.find(
        CorrectionCaseEntity,
        {
          ...(args.status ? { status: args.status } : {}),
          ...(args.overdueOnly ? { status: 'OPEN', dueAt: { $lt: new Date() } } : {}),
          ...(scope === 'ALL' ? {} : { region: { $in: [...scope] } }),
        },
        { orderBy: { dueAt: 'asc', id: 'asc' }, limit: pageSize(args.first, context.config.maxPageSize, 50) },
      );
    },

    reconciliation: async (_root, args: { date: string }, context) => {
      const report = await context.em.findOne(ReconciliationReportEntity, { date: requiredDate(args.date, 'date') });
      return report ? reportView(report) : null;
    },
  },

  Mutation: {
    recordSystemExtract: (_root, args: { extract: ExtractInput }, context) =>
      recordExtract(context.em, context.shared.peers, context.config.quality, args.extract, context.principal.sub),

    resolveCorrectionCase: async (_root, args: { id: string; note: string }, context) => {
      const note = requiredText(args.note, 'note', 1000);
      return context.em.transactional(async (em) => {
        const found = await em.findOne(CorrectionCaseEntity, { id: args.id });
        if (!found) throw notFound(`no correction case ${args.id}`);
        assertVisible(context, found.region, `Correction case ${args.id}`);
        if (found.status !== 'OPEN') throw badUserInput(`correction case ${args.id} was resolved already`, 'id');
        return Object.assign(found, {
          status: 'RESOLVED' as const,
          resolvedAt: new Date(),
          resolvedBy: context.principal.sub,
          resolutionNote: note,
        });
      });
    },
  },

  QualityAlert: {
    raisedAt: (alert: QualityAlert) => alert.raisedAt.toISOString(),
  },

  CorrectionCase: {
    customer: (found: CorrectionCase) => ({ __typename: 'Customer', id: found.customerId }),
    openedAt: (found: CorrectionCase) => found.openedAt.toISOString(),
    dueAt: (found: CorrectionCase) => found.dueAt.toISOString(),
    resolvedAt: (found: CorrectionCase) => found.resolvedAt?.toISOString() ?? null,
    overdue: (found: CorrectionCase) => found.status === 'OPEN' && found.dueAt.getTime() < Date.now(),
  },
};
