import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json } from '../../kit/entityProperties';
import type { ReconciliationResult } from '../reconciliation/reconcile';

/** The day's reconciliation between billing, the general ledger and collections, kept per day to compare. */
export const ReconciliationReportEntity = defineEntity({
  name: 'ReconciliationReport',
  tableName: 'reconciliation_report',
  properties: (p) => ({
    date: p.date().primary(),
    computedAt: instant(),
    balanced: p.boolean(),
    result: json<ReconciliationResult>(),
    /** Jurisdiction of each customer named in the result, so the policy can decide on its balances. */
    regions: json<Record<string, string>>(),
  }),
});

export type ReconciliationReport = InferEntity<typeof ReconciliationReportEntity>;
