import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { minorAmount, reference, rowId, unkeyedReference } from '../../kit/entityProperties';
import type { SatisfactionPattern } from '../generated/enums';
import { ContractEntity } from './Contract';

/** A distinct good or service promised in a contract (ASC 606-10-25-14). Its allocation lives in ObligationRevision. */
export const PerformanceObligationEntity = defineEntity({
  name: 'PerformanceObligation',
  tableName: 'performance_obligation',
  properties: (p) => ({
    id: rowId(80),
    contractId: reference(ContractEntity, 'contract_id', 'cascade'),
    /** Order within the contract: allocation remainders go to the earlier one on ties. */
    position: p.integer(),
    description: p.string(),
    productCode: p.string().length(32).nullable(),
    pattern: p.string().length(16).$type<SatisfactionPattern>(),
    startDate: p.date().nullable(),
    endDate: p.date().nullable(),
    transferDate: p.date().nullable(),
    /** Absent for the obligation whose SSP is estimated with the residual approach. */
    standaloneSellingPriceMinor: minorAmount().nullable(),
    residual: p.boolean().default(false),
    /** INPUT_METHOD: progress counts distinct units delivered (a series, ASC 606-10-25-14(b)), not one good being built. */
    distinctUnits: p.boolean().default(false),
    observableMinMinor: minorAmount().nullable(),
    observableMaxMinor: minorAmount().nullable(),
    addedByModificationId: unkeyedReference().nullable(),
    removedByModificationId: unkeyedReference().nullable(),
  }),
  indexes: [{ properties: 'contractId' }],
});

export type PerformanceObligation = InferEntity<typeof PerformanceObligationEntity>;
