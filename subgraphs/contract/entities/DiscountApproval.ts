import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { reference } from '../../kit/entityProperties';
import { approvalProperties } from './approvalProperties';
import { ContractEntity } from './Contract';

/** A contract discount above the threshold, waiting for (or decided by) a second finance principal. */
export const DiscountApprovalEntity = defineEntity({
  name: 'DiscountApproval',
  tableName: 'discount_approval',
  properties: (p) => ({
    id: p.string().length(64).primary(),
    contractId: reference(ContractEntity, 'contract_id', 'cascade'),
    customerId: p.string().length(40),
    region: p.string().length(8),
    currency: p.string().length(3),
    standaloneTotalMinor: p.bigint('number'),
    transactionPriceMinor: p.bigint('number'),
    /** The revenue impact: standalone selling prices less the transaction price. */
    discountMinor: p.bigint('number'),
    discountBasisPoints: p.integer(),
    ...approvalProperties(),
  }),
  indexes: [{ properties: 'status' }, { properties: 'contractId' }],
});

export type DiscountApproval = InferEntity<typeof DiscountApprovalEntity>;
