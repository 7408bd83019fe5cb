import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { customerId, reference, regionCode, rowId } from '../../kit/entityProperties';
import { approvalProperties } from './approvalProperties';
import type { PricingChangeBasis, PricingTier } from '../generated/enums';
import { ContractEntity } from './Contract';

/** A request to move a contract to another pricing tier; it reaches invoices only once a steward approves it. */
export const PricingTierChangeEntity = defineEntity({
  name: 'PricingTierChange',
  tableName: 'pricing_tier_change',
  properties: (p) => ({
    id: rowId(),
    contractId: reference(ContractEntity, 'contract_id', 'cascade'),
    customerId: customerId(),
    region: regionCode(),
    fromTier: p.string().length(16).$type<PricingTier>(),
    tier: p.string().length(16).$type<PricingTier>(),
    effectiveFrom: p.date(),
    reason: p.text(),
    basis: p.string().length(16).$type<PricingChangeBasis>().default('RENEGOTIATED'),
    /** The contract_modification row its approval made; null while undecided or when nothing was left to invoice. */
    revenueChangeId: p.string().length(64).nullable(),
    ...approvalProperties(),
  }),
  indexes: [{ properties: 'status' }, { properties: 'contractId' }],
});

export type PricingTierChange = InferEntity<typeof PricingTierChangeEntity>;
