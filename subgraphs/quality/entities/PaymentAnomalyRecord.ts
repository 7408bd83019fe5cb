import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { customerId, instant, reference, regionCode, rowId, unkeyedReference } from '../../kit/entityProperties';
import type { PaymentAnomalyKind } from '../generated/enums';
import { QualityRunEntity } from './QualityRun';

/** A payment that stands out from its customer's behaviour, as one run found it. */
export const PaymentAnomalyEntity = defineEntity({
  name: 'PaymentAnomaly',
  tableName: 'payment_anomaly',
  properties: (p) => ({
    id: rowId(200),
    runId: reference(QualityRunEntity, 'run_id', 'cascade'),
    customerId: customerId(),
    region: regionCode(),
    invoiceId: unkeyedReference(80),
    paymentId: unkeyedReference(80),
    kind: p.string().length(32).$type<PaymentAnomalyKind>(),
    reason: p.text(),
    score: p.double().$type<number>().nullable(),
    detectedAt: instant(),
  }),
  indexes: [{ properties: 'runId' }, { properties: 'customerId' }],
});

export type PaymentAnomalyRecord = InferEntity<typeof PaymentAnomalyEntity>;
