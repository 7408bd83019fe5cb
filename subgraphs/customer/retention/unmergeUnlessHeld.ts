import type { SqlEntityManager } from '@mikro-orm/knex';
import { refuseUnderLegalHold } from '../../kit/legalHolds';
import type { ServiceClient } from '../../kit/serviceClient';
import { CustomerMergeEntity, type CustomerMerge } from '../entities/CustomerMerge';
import { unmergeCustomers } from '../ingestion/merges';

/**
 * An unmerge moves source records back and rebuilds two golden records: refused while a legal hold
 * covers either customer's source records (or all their records), so what the matter relies on
 * stays as it was.
 */
export async function unmergeUnlessHeld(
  em: SqlEntityManager,
  peers: ServiceClient,
  mergeId: string,
  actor: string,
  reason: string,
): Promise<CustomerMerge> {
  const merge = await em.findOne(CustomerMergeEntity, { id: mergeId }, { disableIdentityMap: true });
  if (merge)
    await refuseUnderLegalHold(
      peers,
      `Undoing merge ${mergeId}`,
      [merge.survivorId, merge.mergedId],
      ['SOURCE_RECORD'],
    );
  return unmergeCustomers(em, mergeId, actor, reason);
}
