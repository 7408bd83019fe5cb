import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { customerId, reference, regionCode, rowId } from '../../kit/entityProperties';
import type { KpiName } from '../generated/enums';
import { QualityRunEntity } from './QualityRun';

/** One subject (a customer, or an invoice) counted by one KPI in one run: passed or not, and how much it weighs. */
export const KpiObservationEntity = defineEntity({
  name: 'KpiObservation',
  tableName: 'kpi_observation',
  properties: (p) => ({
    id: rowId(160),
    runId: reference(QualityRunEntity, 'run_id', 'cascade'),
    kpi: p.string().length(32).$type<KpiName>(),
    subjectId: p.string().length(100),
    customerId: customerId(),
    region: regionCode(),
    segment: p.string().length(16).nullable(),
    passed: p.boolean(),
    /** What a failure puts at stake (AR balance, else contract value), in euro-equivalent, for ranking only. */
    weight: p.double().$type<number>(),
    detail: p.text().nullable(),
  }),
  indexes: [{ properties: ['runId', 'kpi'] }],
});

export type KpiObservation = InferEntity<typeof KpiObservationEntity>;
