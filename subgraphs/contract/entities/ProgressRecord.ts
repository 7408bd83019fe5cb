import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, reference, rowId, unkeyedReference } from '../../kit/entityProperties';
import { PerformanceObligationEntity } from './PerformanceObligation';

/** Progress of an input-method obligation as measured on a day: units completed of units expected. */
export const ProgressRecordEntity = defineEntity({
  name: 'ProgressRecord',
  tableName: 'progress_measurement',
  properties: (p) => ({
    id: rowId(),
    obligationId: reference(PerformanceObligationEntity, 'obligation_id', 'cascade'),
    contractId: unkeyedReference(),
    asOf: p.date(),
    /** Exact decimals as text (lib/decimal.ts), e.g. "37.5". */
    completedUnits: p.string().length(48),
    totalUnits: p.string().length(48),
    recordedBy: p.string(),
    recordedAt: instant(),
  }),
  indexes: [{ properties: 'contractId' }],
});

export type ProgressRecord = InferEntity<typeof ProgressRecordEntity>;
