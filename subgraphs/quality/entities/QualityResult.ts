import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json, reference } from '../../kit/entityProperties';
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
    id: p.string().length(128).primary(),
    runId: reference(QualityRunEntity, 'run_id', 'cascade'),
    customerId: p.string().length(40),
    score: p.integer(),
    issues: json<QualityIssue[]>(),
    checkedAt: instant(),
    region: p.string().length(8).nullable(),
    /** How the customer paid, as the run profiled it. */
    paymentProfile: json<StoredPaymentProfile>().nullable(),
  }),
  indexes: [{ properties: 'customerId' }],
});

export type QualityResult = InferEntity<typeof QualityResultEntity>;
