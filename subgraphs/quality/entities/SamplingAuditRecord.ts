import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json, rowId } from '../../kit/entityProperties';

/** One statistical sampling audit of contract dates against revenue schedules. */
export const SamplingAuditEntity = defineEntity({
  name: 'SamplingAudit',
  tableName: 'sampling_audit',
  properties: (p) => ({
    id: rowId(),
    ranAt: instant(),
    ranBy: p.string(),
    seed: p.string().length(100),
    confidence: p.double().$type<number>(),
    margin: p.double().$type<number>(),
    population: p.integer(),
    sampleSize: p.integer(),
    errors: p.integer(),
    errorRate: p.double().$type<number>(),
    lower: p.double().$type<number>(),
    upper: p.double().$type<number>(),
    findings: json<{ contractId: string; customerId: string; problem: string }[]>(),
  }),
});

export type SamplingAuditRecord = InferEntity<typeof SamplingAuditEntity>;
