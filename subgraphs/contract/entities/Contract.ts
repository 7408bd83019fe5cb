import { BigIntType, EntitySchema } from '@mikro-orm/core';

/** A customer contract; all its amounts are in its one currency, in minor units. */
export interface Contract {
  id: string;
  customerId: string;
  number: string;
  startDate: string;
  endDate?: string | null;
  currency: string;
  /** The customer's jurisdiction (policies/regions.ts); UNKNOWN counts as nobody's region. */
  region: string;
  totalValueMinor: number;
  status: string;
  /** Customer segment for pricing and reporting, e.g. ENTERPRISE. */
  segment?: string | null;
  pricingTier: string;
  /** The fixed part of the transaction price; absent on contracts saved before revenue recognition. */
  fixedConsiderationMinor?: number | null;
  /** The variable consideration as estimated when the contract was saved (revrec/variableConsideration.ts). */
  variableConsideration?: StoredVariableConsideration | null;
  allocationMethod?: string | null;
  /** Standalone selling prices less the transaction price. */
  discountMinor: number;
  createdBy?: string | null;
  createdAt?: Date | null;
}

export interface StoredVariableConsideration {
  method: string;
  estimateMinor: number;
  includedMinor: number;
  constrained: boolean;
  allocatedTo?: string | null;
}

export const ContractEntity = new EntitySchema<Contract>({
  name: 'Contract',
  tableName: 'contract',
  properties: {
    id: { type: 'string', primary: true },
    customerId: { type: 'string' },
    number: { type: 'string' },
    startDate: { type: 'date' },
    endDate: { type: 'date', nullable: true },
    currency: { type: 'string' },
    region: { type: 'string' },
    totalValueMinor: { type: new BigIntType('number') },
    status: { type: 'string' },
    segment: { type: 'string', nullable: true },
    pricingTier: { type: 'string' },
    fixedConsiderationMinor: { type: new BigIntType('number'), nullable: true },
    variableConsideration: { type: 'json', nullable: true },
    allocationMethod: { type: 'string', nullable: true },
    discountMinor: { type: new BigIntType('number') },
    createdBy: { type: 'string', nullable: true },
    createdAt: { type: 'datetime', nullable: true },
  },
});
