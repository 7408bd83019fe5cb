import { EntitySchema } from '@mikro-orm/core';
import { APPROVAL_PROPERTIES, type ApprovalRequest } from '../approvals';
import type { PricingTier } from '../revrec/pricingTiers';

/** A request to move a contract to another pricing tier; it reaches invoices only once a steward approves it. */
export interface PricingTierChange extends ApprovalRequest {
  id: string;
  contractId: string;
  customerId: string;
  region: string;
  fromTier: PricingTier;
  tier: PricingTier;
  effectiveFrom: string;
  reason: string;
}

export const PricingTierChangeEntity = new EntitySchema<PricingTierChange>({
  name: 'PricingTierChange',
  tableName: 'pricing_tier_change',
  properties: {
    id: { type: 'string', primary: true },
    contractId: { type: 'string' },
    customerId: { type: 'string' },
    region: { type: 'string' },
    fromTier: { type: 'string' },
    tier: { type: 'string' },
    effectiveFrom: { type: 'date' },
    reason: { type: 'text' },
    ...APPROVAL_PROPERTIES,
  },
});
