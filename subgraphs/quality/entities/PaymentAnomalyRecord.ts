import { EntitySchema } from '@mikro-orm/core';
import type { PaymentAnomalyKind } from '../profiling/paymentBehaviour';

/** A payment that stands out from its customer's behaviour, as one run found it. */
export interface PaymentAnomalyRecord {
  id: string;
  runId: string;
  customerId: string;
  region: string;
  invoiceId: string;
  paymentId: string;
  kind: PaymentAnomalyKind;
  reason: string;
  score?: number | null;
  detectedAt: Date;
}

export const PaymentAnomalyEntity = new EntitySchema<PaymentAnomalyRecord>({
  name: 'PaymentAnomaly',
  tableName: 'payment_anomaly',
  properties: {
    id: { type: 'string', primary: true },
    runId: { type: 'string' },
    customerId: { type: 'string' },
    region: { type: 'string' },
    invoiceId: { type: 'string' },
    paymentId: { type: 'string' },
    kind: { type: 'string' },
    reason: { type: 'text' },
    score: { type: 'double', nullable: true },
    detectedAt: { type: 'datetime' },
  },
});
