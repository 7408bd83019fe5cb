import type { SqlEntityManager } from '@mikro-orm/knex';
import type { HoldScope } from '../../../policies/holdCoverage';
import { LegalHoldEntity, type LegalHold } from '../entities/LegalHold';

/** A stored hold as the retention core reads it. */
export function holdScope(hold: LegalHold): HoldScope {
  return {
    id: hold.id,
    matter: hold.matter,
    customerIds: hold.customerIds,
    recordClasses: hold.recordClasses,
    from: hold.fromDate ?? null,
    to: hold.toDate ?? null,
  };
}

/** The holds in force, oldest first: a record several cover is reported under the first placed. */
export async function activeHoldScopes(em: SqlEntityManager): Promise<HoldScope[]> {
  const holds = await em.find(LegalHoldEntity, { releasedAt: null }, { orderBy: { placedAt: 'asc', id: 'asc' } });
  return holds.map(holdScope);
}
