import { EntitySchema } from '@mikro-orm/core';
import type { LedgerSystem } from '../reconciliation/reconcile';

/** A daily extract of customers and AR balances from billing, the general ledger or collections. */
export interface SystemExtract {
  id: string;
  system: LedgerSystem;
  businessDate: string;
  takenAt: Date;
  customerCount: number;
  receivedAt: Date;
  receivedBy: string;
}

export const SystemExtractEntity = new EntitySchema<SystemExtract>({
  name: 'SystemExtract',
  tableName: 'system_extract',
  properties: {
    id: { type: 'string', primary: true },
    system: { type: 'string' },
    businessDate: { type: 'date' },
    takenAt: { type: 'datetime' },
    customerCount: { type: 'integer' },
    receivedAt: { type: 'datetime' },
    receivedBy: { type: 'string' },
  },
});
