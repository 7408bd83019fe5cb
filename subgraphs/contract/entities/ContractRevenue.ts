import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { minorAmount, reference } from '../../kit/entityProperties';
import { ContractEntity } from './Contract';

/**
 * A contract's revenue summary on a day, as revrec/revenueSchedule.ts's revenueSummary computed it
 * from the contract's rows at `revenueVersion` (revenue/revenueSnapshots.ts keeps them). Not served
 * on its own: Customer.revenue reads it in place of recomputing the schedule.
 */
export const ContractRevenueEntity = defineEntity({
  name: 'ContractRevenue',
  tableName: 'contract_revenue',
  properties: (p) => ({
    contractId: reference(ContractEntity, 'contract_id', 'cascade').primary(),
    asOf: p.date().primary(),
    /** The contract's revenue version the summary was computed at; another version makes it stale. */
    revenueVersion: p.integer(),
    /** Kept past its day: month ends are what reporting asks for again. */
    monthEnd: p.boolean(),
    /** A contract without obligations recognises nothing and adds no currency to a customer's revenue. */
    hasObligations: p.boolean(),
    recognizedToDateMinor: minorAmount(),
    billedToDateMinor: minorAmount(),
    deferredMinor: minorAmount(),
    unbilledMinor: minorAmount(),
    mrrMinor: minorAmount(),
    arrMinor: minorAmount(),
  }),
});

export type ContractRevenue = InferEntity<typeof ContractRevenueEntity>;
