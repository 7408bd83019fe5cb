import { EntitySchema } from '@mikro-orm/core';

/** One batch evaluation of the quality rules over the whole customer master. */
export interface QualityRun {
  id: string;
  startedAt: Date;
  customersChecked: number;
  averageScore: number;
  /** The day the run's data describes. */
  asOf?: string | null;
  /** A run is RUNNING in the background until its results are stored whole. */
  status: 'RUNNING' | 'COMPLETED' | 'FAILED';
  finishedAt?: Date | null;
  failure?: string | null;
}

export const QualityRunEntity = new EntitySchema<QualityRun>({
  name: 'QualityRun',
  tableName: 'quality_run',
  properties: {
    id: { type: 'string', primary: true },
    startedAt: { type: 'datetime' },
    customersChecked: { type: 'integer' },
    averageScore: { type: 'integer' },
    asOf: { type: 'date', nullable: true },
    status: { type: 'string' },
    finishedAt: { type: 'datetime', nullable: true },
    failure: { type: 'text', nullable: true },
  },
});
