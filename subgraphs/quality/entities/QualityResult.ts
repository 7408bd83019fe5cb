import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { customerId, instant, json, reference, regionCode, rowId } from '../../kit/entityProperties';
import type { QualityIssue } from '../rules/catalogue';
import { QualityRunEntity } from './QualityRun';

export interface StoredPaymentProfile {
  invoiceCount: number;
  paymentCount: number;
  medianDaysToPay: number | null;
  madDaysToPay: number | null;
  paymentsPerMonth: number;
  lateShare: number | null;
  medianPaymentMinor: number | null;
  medianPaymentCurrency: string | null;
}

/** A customer's score and issues as one batch run found them; kept per run so trends are real. */
export const QualityResultEntity = defineEntity({
  name: 'QualityResult',
  tableName: 'quality_result',
  properties: (p) => ({
    id: rowId(128),
    runId: reference(QualityRunEntity, 'run_id', 'cascade'),
    customerId: customerId(),
    score: p.integer(),
    issues: json<QualityIssue[]>(),
    checkedAt: instant(),
    region: regionCode().nullable(),
    /** How the customer paid, as the run profiled it. */
    paymentProfile: json<StoredPaymentProfile>().nullable(),
  }),
  indexes: [{ properties: 'customerId' }],
});

export type QualityResult = InferEntity<typeof QualityResultEntity>;
