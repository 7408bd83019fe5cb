import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { reference } from '../../kit/entityProperties';
import type { RevisionTreatment } from '../revrec/types';
import { PerformanceObligationEntity } from './PerformanceObligation';

/** One version of an obligation's allocation, append-only: the contract's history is never rewritten. */
export const ObligationRevisionEntity = defineEntity({
  name: 'ObligationRevision',
  tableName: 'obligation_revision',
  properties: (p) => ({
    id: p.string().length(100).primary(),
    obligationId: reference(PerformanceObligationEntity, 'obligation_id', 'cascade'),
    contractId: p.string().length(64),
    sequence: p.integer(),
    effectiveDate: p.date(),
    allocatedMinor: p.bigint('number'),
    carriedMinor: p.bigint('number').nullable(),
    treatment: p.string().length(24).$type<RevisionTreatment>(),
    modificationId: p.string().length(64).nullable(),
  }),
  indexes: [{ properties: 'contractId' }],
  uniques: [{ properties: ['obligationId', 'sequence'] }],
});

export type ObligationRevision = InferEntity<typeof ObligationRevisionEntity>;
