import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, rowId, status } from '../../kit/entityProperties';
import type { QualityRunStatus } from '../generated/enums';

/** One batch evaluation of the quality rules over the whole customer master. */
export const QualityRunEntity = defineEntity({
  name: 'QualityRun',
  tableName: 'quality_run',
  properties: (p) => ({
    id: rowId(),
    startedAt: instant(),
    customersChecked: p.integer(),
    averageScore: p.integer(),
    /** The day the run's data describes. */
    asOf: p.date().nullable(),
    /** A run is RUNNING in the background until its results are stored whole. */
    status: status<QualityRunStatus>().default('COMPLETED'),
    finishedAt: instant().nullable(),
    failure: p.text().nullable(),
  }),
});

export type QualityRun = InferEntity<typeof QualityRunEntity>;
