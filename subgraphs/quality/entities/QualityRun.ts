import { EntitySchema } from '@mikro-orm/core';

/** One batch evaluation of the quality rules over the whole customer master. */
export interface QualityRun {
  id: string;
  startedAt: Date;
  customersChecked: number;
  averageScore: number;
}

export const QualityRunEntity = new EntitySchema<QualityRun>({
  name: 'QualityRun',
  tableName: 'quality_run',
  properties: {
    id: { type: 'string', primary: true },
    startedAt: { type: 'datetime' },
    customersChecked: { type: 'integer' },
    averageScore: { type: 'integer' },
  },
});
