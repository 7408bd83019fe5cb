import { EntitySchema } from '@mikro-orm/core';

/** One statistical sampling audit of contract dates against revenue schedules. */
export interface SamplingAuditRecord {
  id: string;
  ranAt: Date;
  ranBy: string;
  seed: string;
  confidence: number;
  margin: number;
  population: number;
  sampleSize: number;
  errors: number;
  errorRate: number;
  lower: number;
  upper: number;
  findings: { contractId: string; customerId: string; problem: string }[];
}

export const SamplingAuditEntity = new EntitySchema<SamplingAuditRecord>({
  name: 'SamplingAudit',
  tableName: 'sampling_audit',
  properties: {
    id: { type: 'string', primary: true },
    ranAt: { type: 'datetime' },
    ranBy: { type: 'string' },
    seed: { type: 'string' },
    confidence: { type: 'double' },
    margin: { type: 'double' },
    population: { type: 'integer' },
    sampleSize: { type: 'integer' },
    errors: { type: 'integer' },
    errorRate: { type: 'double' },
    lower: { type: 'double' },
    upper: { type: 'double' },
    findings: { type: 'json' },
  },
});
