import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json } from '../../kit/entityProperties';

export interface StoredVariableConsideration {
  method: string;
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
    id: p.string().length(64).primary(),
    /** A reference into the customer subgraph's database: no foreign key can span the two. */
    customerId: p.string().length(40),
    number: p.string().length(64).unique(),
    startDate: p.date(),
    endDate: p.date().nullable(),
    currency: p.string().length(3),
    /** The customer's jurisdiction (lib/regions.ts); UNKNOWN counts as nobody's region. */
    region: p.string().length(8).default('UNKNOWN'),
    totalValueMinor: p.bigint('number'),
    status: p.string().length(16),
    /** Customer segment for pricing and reporting, e.g. ENTERPRISE. */
    segment: p.string().length(32).nullable(),
    pricingTier: p.string().length(16).default('LIST'),
    /** The fixed part of the transaction price; absent on contracts saved before revenue recognition. */
    fixedConsiderationMinor: p.bigint('number').nullable(),
    /** The variable consideration as estimated when the contract was saved (revrec/variableConsideration.ts). */
    variableConsideration: json<StoredVariableConsideration>().nullable(),
    allocationMethod: p.string().length(24).nullable(),
    /** Standalone selling prices less the transaction price. */
    discountMinor: p.bigint('number').default(0),
    createdBy: p.string().nullable(),
    createdAt: instant().nullable(),
  }),
  indexes: [{ properties: 'customerId' }],
});

export type Contract = InferEntity<typeof ContractEntity>;
