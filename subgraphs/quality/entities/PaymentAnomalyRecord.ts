import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, reference } from '../../kit/entityProperties';
import type { PaymentAnomalyKind } from '../profiling/paymentBehaviour';
import { QualityRunEntity } from './QualityRun';

/** A payment that stands out from its customer's behaviour, as one run found it. */
export const PaymentAnomalyEntity = defineEntity({
  name: 'PaymentAnomaly',
  tableName: 'payment_anomaly',
  properties: (p) => ({
    id: p.string().length(200).primary(),
    runId: reference(QualityRunEntity, 'run_id', 'cascade'),
    customerId: p.string().length(40),
    region: p.string().length(8),
    invoiceId: p.string().length(80),
    paymentId: p.string().length(80),
    kind: p.string().length(32).$type<PaymentAnomalyKind>(),
    reason: p.text(),
    score: p.double().$type<number>().nullable(),
    detectedAt: instant(),
  }),
  indexes: [{ properties: 'runId' }, { properties: 'customerId' }],
});

export type PaymentAnomalyRecord = InferEntity<typeof PaymentAnomalyEntity>;
