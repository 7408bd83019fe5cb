import { EntitySchema } from '@mikro-orm/core';
import type { QualityIssue } from '../rules/catalogue';

/** A customer's score and issues as one batch run found them; kept per run so trends are real. */
export interface QualityResult {
  id: string;
  runId: string;
  customerId: string;
  score: number;
  issues: QualityIssue[];
  checkedAt: Date;
  region?: string | null;
  /** How the customer paid, as the run profiled it. */
  paymentProfile?: StoredPaymentProfile | null;
}

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

export const QualityResultEntity = new EntitySchema<QualityResult>({
  name: 'QualityResult',
  tableName: 'quality_result',
  properties: {
    id: { type: 'string', primary: true },
    runId: { type: 'string' },
    customerId: { type: 'string' },
    score: { type: 'integer' },
    issues: { type: 'json' },
    checkedAt: { type: 'datetime' },
    region: { type: 'string', nullable: true },
    paymentProfile: { type: 'json', nullable: true },
  },
});
