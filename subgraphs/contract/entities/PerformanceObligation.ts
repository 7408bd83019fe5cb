import { BigIntType, EntitySchema } from '@mikro-orm/core';
import type { SatisfactionPattern } from '../revrec/types';

/** A distinct good or service promised in a contract (ASC 606-10-25-14). Its allocation lives in ObligationRevision. */
export interface PerformanceObligation {
  id: string;
  contractId: string;
  /** Order within the contract: allocation remainders go to the earlier one on ties. */
  position: number;
  description: string;
  productCode?: string | null;
  pattern: SatisfactionPattern;
  startDate?: string | null;
  endDate?: string | null;
  transferDate?: string | null;
  /** Absent for the obligation whose SSP is estimated with the residual approach. */
  standaloneSellingPriceMinor?: number | null;
  residual: boolean;
  observableMinMinor?: number | null;
  observableMaxMinor?: number | null;
  addedByModificationId?: string | null;
  removedByModificationId?: string | null;
}

const money = () => ({ type: new BigIntType('number'), nullable: true });

export const PerformanceObligationEntity = new EntitySchema<PerformanceObligation>({
  name: 'PerformanceObligation',
  tableName: 'performance_obligation',
  properties: {
    id: { type: 'string', primary: true },
    contractId: { type: 'string' },
    position: { type: 'integer' },
    description: { type: 'string' },
    productCode: { type: 'string', nullable: true },
    pattern: { type: 'string' },
    startDate: { type: 'date', nullable: true },
    endDate: { type: 'date', nullable: true },
    transferDate: { type: 'date', nullable: true },
    standaloneSellingPriceMinor: money(),
    residual: { type: 'boolean' },
    observableMinMinor: money(),
    observableMaxMinor: money(),
    addedByModificationId: { type: 'string', nullable: true },
    removedByModificationId: { type: 'string', nullable: true },
  },
});
