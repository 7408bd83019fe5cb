import { SYNTHETIC_BUSINESS_DATE, syntheticExtractIds, syntheticMarker } from '../../lib/syntheticMarker';
import type { Resolvers } from './generated/resolvers';
import { refuseUnderLegalHold } from '../kit/legalHolds';
import { CorrectionCaseEntity } from './entities/CorrectionCase';
import { ExtractBalanceEntity } from './entities/ExtractBalance';
import { QualityAlertEntity } from './entities/QualityAlert';
import { ReconciliationReportEntity } from './entities/ReconciliationReport';
import { SystemExtractEntity } from './entities/SystemExtract';

/** Removes a synthetic transaction's extracts, what they raised, and the synthetic day's reconciliation. */
export const syntheticResolvers: Resolvers = {
  Mutation: {
    purgeSyntheticQuality: async (_root, args, context) => {
      const marker = syntheticMarker(args.marker);
      return context.em.transactional(async (em) => {
        const extracts = (
          await em.find(
            SystemExtractEntity,
            { id: { $in: syntheticExtractIds(marker) }, businessDate: SYNTHETIC_BUSINESS_DATE },
            { fields: ['id'] },
          )
        ).map((e) => e.id);
        if (extracts.length === 0) return 0;
        // Extracts belong to no customer and no record class: only a hold on everything dated that day reaches them.
        await refuseUnderLegalHold(context.shared.peers, 'Purging synthetic quality records', [], [], {
          from: SYNTHETIC_BUSINESS_DATE,
          to: SYNTHETIC_BUSINESS_DATE,
        });
        await em.nativeDelete(ExtractBalanceEntity, { extractId: { $in: extracts } });
        await em.nativeDelete(CorrectionCaseEntity, { extractId: { $in: extracts } });
        await em.nativeDelete(QualityAlertEntity, { extractId: { $in: extracts } });
        await em.nativeDelete(ReconciliationReportEntity, { date: SYNTHETIC_BUSINESS_DATE });
        return em.nativeDelete(SystemExtractEntity, { id: { $in: extracts } });
      });
    },
  },
};
