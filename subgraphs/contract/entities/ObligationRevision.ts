import { BigIntType, EntitySchema } from '@mikro-orm/core';
import type { RevisionTreatment } from '../revrec/types';

/** One version of an obligation's allocation, append-only: the contract's history is never rewritten. */
export interface ObligationRevision {
  id: string;
  obligationId: string;
  contractId: string;
  sequence: number;
  effectiveDate: string;
  allocatedMinor: number;
  carriedMinor?: number | null;
  treatment: RevisionTreatment;
  modificationId?: string | null;
}

export const ObligationRevisionEntity = new EntitySchema<ObligationRevision>({
  name: 'ObligationRevision',
  tableName: 'obligation_revision',
  properties: {
    id: { type: 'string', primary: true },
    obligationId: { type: 'string' },
    contractId: { type: 'string' },
    sequence: { type: 'integer' },
    effectiveDate: { type: 'date' },
    allocatedMinor: { type: new BigIntType('number') },
    carriedMinor: { type: new BigIntType('number'), nullable: true },
    treatment: { type: 'string' },
    modificationId: { type: 'string', nullable: true },
  },
});
