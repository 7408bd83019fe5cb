import { EntitySchema } from '@mikro-orm/core';
import type { ReconciliationResult } from '../reconciliation/reconcile';

/** The day's reconciliation between billing, the general ledger and collections, kept per day to compare. */
export interface ReconciliationReport {
  date: string;
  computedAt: Date;
  balanced: boolean;
  result: ReconciliationResult;
  /** Jurisdiction of each customer named in the result, so the policy can decide on its balances. */
  regions: Record<string, string>;
}

export const ReconciliationReportEntity = new EntitySchema<ReconciliationReport>({
  name: 'ReconciliationReport',
  tableName: 'reconciliation_report',
  properties: {
    date: { type: 'date', primary: true },
    computedAt: { type: 'datetime' },
    balanced: { type: 'boolean' },
    result: { type: 'json' },
    regions: { type: 'json' },
  },
});
