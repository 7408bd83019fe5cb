import { badUserInput, notFound } from '../../../lib/errors';
import { pageSize } from '../../../lib/pagination';
import { requiredText } from '../../../lib/textInput';
import { assertVisible, visibleRegions } from '../../kit/rowScope';
import { CorrectionCaseEntity } from '../entities/CorrectionCase';
import { QualityAlertEntity } from '../entities/QualityAlert';
import { ReconciliationReportEntity } from '../entities/ReconciliationReport';
import { recordExtract } from './recordExtract';
import { reportView } from './reconciliationView';
import type { Resolvers } from '../generated/resolvers';
import { customerReference } from '../parents';

/** System extracts, the alerts and correction cases they raise, and the daily reconciliation. */

export const extractResolvers: Resolvers = {
  Query: {
    qualityAlerts: async (_root, args, context) =>
      context.em.find(
        QualityAlertEntity,
        {},
        { orderBy: { raisedAt: 'desc', id: 'asc' }, limit: pageSize(args.first, context.config.maxPageSize, 50) },
      ),

    correctionCases: async (_root, args, context) => {
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

    reconciliation: async (_root, args, context) => {
      const report = await context.em.findOne(ReconciliationReportEntity, { date: args.date });
      return report ? reportView(report) : null;
    },
  },

  Mutation: {
    recordSystemExtract: (_root, args, context) =>
      recordExtract(context.em, context.shared.customers, context.config.quality, args.extract, context.principal.sub),

    resolveCorrectionCase: async (_root, args, context) => {
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

  CorrectionCase: {
    customer: (found) => customerReference(found.customerId),
    overdue: (found) => found.status === 'OPEN' && found.dueAt.getTime() < Date.now(),
  },
};
