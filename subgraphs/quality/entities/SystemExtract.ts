import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant } from '../../kit/entityProperties';
import type { LedgerSystem } from '../reconciliation/reconcile';

/** A daily extract of customers and AR balances from billing, the general ledger or collections. */
export const SystemExtractEntity = defineEntity({
  name: 'SystemExtract',
  tableName: 'system_extract',
  properties: (p) => ({
    id: p.string().length(80).primary(),
    system: p.string().length(16).$type<LedgerSystem>(),
    businessDate: p.date(),
    takenAt: instant(),
    customerCount: p.integer(),
    receivedAt: instant(),
    receivedBy: p.string(),
  }),
  indexes: [{ properties: ['system', 'takenAt'] }, { properties: 'businessDate' }],
});

export type SystemExtract = InferEntity<typeof SystemExtractEntity>;
