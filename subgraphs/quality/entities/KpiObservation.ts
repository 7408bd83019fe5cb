import { EntitySchema } from '@mikro-orm/core';
import type { KpiName } from '../kpis/definitions';

/** One subject (a customer, or an invoice) counted by one KPI in one run: passed or not, and how much it weighs. */
export interface KpiObservation {
  id: string;
  runId: string;
  kpi: KpiName;
  subjectId: string;
  customerId: string;
  region: string;
  segment?: string | null;
  passed: boolean;
  /** What a failure puts at stake (AR balance, else contract value), in euro-equivalent, for ranking only. */
  weight: number;
  detail?: string | null;
}

export const KpiObservationEntity = new EntitySchema<KpiObservation>({
  name: 'KpiObservation',
  tableName: 'kpi_observation',
  properties: {
    id: { type: 'string', primary: true },
    runId: { type: 'string' },
    kpi: { type: 'string' },
    subjectId: { type: 'string' },
    customerId: { type: 'string' },
    region: { type: 'string' },
    segment: { type: 'string', nullable: true },
    passed: { type: 'boolean' },
    weight: { type: 'double' },
    detail: { type: 'text', nullable: true },
  },
});
