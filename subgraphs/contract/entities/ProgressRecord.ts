import { BigIntType, EntitySchema } from '@mikro-orm/core';

/** Progress of an input-method obligation as measured on a day: units completed of units expected. */
export interface ProgressRecord {
  id: string;
  obligationId: string;
  contractId: string;
  asOf: string;
  completedUnits: number;
  totalUnits: number;
  recordedBy: string;
  recordedAt: Date;
}

export const ProgressRecordEntity = new EntitySchema<ProgressRecord>({
  name: 'ProgressRecord',
  tableName: 'progress_measurement',
  properties: {
    id: { type: 'string', primary: true },
    obligationId: { type: 'string' },
    contractId: { type: 'string' },
    asOf: { type: 'date' },
    completedUnits: { type: new BigIntType('number') },
    totalUnits: { type: new BigIntType('number') },
    recordedBy: { type: 'string' },
    recordedAt: { type: 'datetime' },
  },
});
