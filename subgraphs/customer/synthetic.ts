import { syntheticMarker, syntheticSourceId } from '../../lib/syntheticMarker';
import { AttributeLineageEntity } from './entities/AttributeLineage';
import { CustomerEntity } from './entities/Customer';
import { IngestBatchEntity } from './entities/IngestBatch';
import { MatchReviewEntity } from './entities/MatchReview';
import { SourceRecordEntity } from './entities/SourceRecord';
import { TaxIdentifierEntity } from './entities/TaxIdentifier';
import type { Resolvers } from './generated/resolvers';
import { refuseUnderLegalHold } from '../kit/legalHolds';

/**
 * Removes what a synthetic transaction created in the customer master: the customers its marked
 * source records made, and the batch. The audit change log keeps its entries: the trail is never edited.
 */
export const syntheticResolvers: Resolvers = {
  Mutation: {
    purgeSyntheticCustomers: async (_root, args, context) => {
      const marker = syntheticMarker(args.marker);
      return context.em.transactional(async (em) => {
        const records = await em.find(
          SourceRecordEntity,
          { sourceId: syntheticSourceId(marker) },
          { fields: ['id', 'customerId'] },
        );
        // Only customers the probe alone made: one that a real record also describes is left as it is.
        const others = await em.find(
          SourceRecordEntity,
          { customerId: { $in: records.map((r) => r.customerId) }, sourceId: { $ne: syntheticSourceId(marker) } },
          { fields: ['id', 'customerId'] },
        );
        const customerIds = [...new Set(records.map((r) => r.customerId))].filter(
          (id) => !others.some((o) => o.customerId === id),
        );
        if (customerIds.length > 0) {
          await refuseUnderLegalHold(context.shared.peers, 'Purging synthetic customers', customerIds, [
            'SOURCE_RECORD',
          ]);
          for (const entity of [TaxIdentifierEntity, AttributeLineageEntity, SourceRecordEntity])
            await em.nativeDelete(entity as typeof TaxIdentifierEntity, { customerId: { $in: customerIds } });
          await em.nativeDelete(MatchReviewEntity, {
            $or: [{ customerId: { $in: customerIds } }, { candidateCustomerId: { $in: customerIds } }],
          });
          await em.nativeDelete(CustomerEntity, { id: { $in: customerIds } });
        }
        await em.nativeDelete(IngestBatchEntity, { id: marker });
        return customerIds.length;
      });
    },
  },
};
