import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, rowId, systemName } from '../../kit/entityProperties';
import type { LedgerSystem } from '../generated/enums';

/** A daily extract of customers and AR balances from billing, the general ledger or collections. */
export const SystemExtractEntity = defineEntity({
  name: 'SystemExtract',
  tableName: 'system_extract',
  properties: (p) => ({
    id: rowId(80),
    system: systemName<LedgerSystem>(),
    businessDate: p.date(),
    takenAt: instant(),
    customerCount: p.integer(),
    receivedAt: instant(),
    receivedBy: p.string(),
  }),
  indexes: [{ properties: ['system', 'takenAt'] }, { properties: 'businessDate' }],
});

export type SystemExtract = InferEntity<typeof SystemExtractEntity>;
