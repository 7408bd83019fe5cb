import { defineEntity, type InferEntity } from '@mikro-orm/core';
import {
  currencyCode,
  customerId,
  instant,
  json,
  minorAmount,
  regionCodeOrUnknown,
  rowId,
  status,
} from '../../kit/entityProperties';
import type { AllocationMethod, ContractStatus, EstimateMethod, PricingTier } from '../generated/enums';

/** One component of variable consideration as last estimated (revrec/variableConsideration.ts). */
export interface StoredVariableConsideration {
  key: string;
  /** The day of the estimate: the contract's start, or a re-estimate's reporting date. */
  asOf: string;
  method: EstimateMethod;
  estimateMinor: number;
  includedMinor: number;
  constrained: boolean;
  /** Obligation keys it belongs to entirely (ASC 606-10-32-40); empty when spread across all. */
  allocatedTo: string[];
}

/** How contracts saved before variable consideration had components hold their one estimate. */
export interface SingleStoredVariableConsideration {
  method: EstimateMethod;
  estimateMinor: number;
  includedMinor: number;
  constrained: boolean;
  allocatedTo?: string | null;
}

/** A customer contract; all its amounts are in its one currency, in minor units. */
export const ContractEntity = defineEntity({
  name: 'Contract',
  tableName: 'contract',
  properties: (p) => ({
    id: rowId(),
    customerId: customerId(),
    number: p.string().length(64).unique(),
    startDate: p.date(),
    endDate: p.date().nullable(),
    currency: currencyCode(),
    region: regionCodeOrUnknown(),
    totalValueMinor: minorAmount(),
    status: status<ContractStatus>(),
    /** Customer segment for pricing and reporting, e.g. ENTERPRISE. */
    segment: p.string().length(32).nullable(),
    pricingTier: p.string().length(16).$type<PricingTier>().default('LIST'),
    /** The fixed part of the transaction price; absent on contracts saved before revenue recognition. */
    fixedConsiderationMinor: minorAmount().nullable(),
    /** Its components of variable consideration as last estimated (contractTerms.ts's variableComponentsOf reads both shapes). */
    variableConsideration: json<StoredVariableConsideration[] | SingleStoredVariableConsideration>().nullable(),
    allocationMethod: p.string().length(24).$type<AllocationMethod>().nullable(),
    /** Standalone selling prices less the transaction price. */
    discountMinor: minorAmount().default(0),
    createdBy: p.string().nullable(),
    createdAt: instant().nullable(),
    /** Moved by database triggers whenever a row its revenue is computed from is written (Migration010RevenueSnapshots). */
    revenueVersion: p.integer().default(0),
  }),
  indexes: [{ properties: 'customerId' }],
});

export type Contract = InferEntity<typeof ContractEntity>;
