import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { minorAmount, reference, rowId, unkeyedReference } from '../../kit/entityProperties';
import type { RevisionTreatment } from '../generated/enums';
import { PerformanceObligationEntity } from './PerformanceObligation';

/** One version of an obligation's allocation, append-only: the contract's history is never rewritten. */
export const ObligationRevisionEntity = defineEntity({
  name: 'ObligationRevision',
  tableName: 'obligation_revision',
  properties: (p) => ({
    id: rowId(100),
    obligationId: reference(PerformanceObligationEntity, 'obligation_id', 'cascade'),
    contractId: unkeyedReference(),
    sequence: p.integer(),
    effectiveDate: p.date(),
    allocatedMinor: minorAmount(),
    carriedMinor: minorAmount().nullable(),
    treatment: p.string().length(24).$type<RevisionTreatment>(),
    modificationId: unkeyedReference().nullable(),
  }),
  indexes: [{ properties: 'contractId' }],
  uniques: [{ properties: ['obligationId', 'sequence'] }],
});

export type ObligationRevision = InferEntity<typeof ObligationRevisionEntity>;
