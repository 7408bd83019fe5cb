import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { currencyCode, customerId, minorAmount, reference, regionCode, rowId } from '../../kit/entityProperties';
import { approvalProperties } from './approvalProperties';
import { ContractEntity } from './Contract';

/** A contract discount above the threshold, waiting for (or decided by) a second finance principal. */
export const DiscountApprovalEntity = defineEntity({
  name: 'DiscountApproval',
  tableName: 'discount_approval',
  properties: (p) => ({
    id: rowId(),
    contractId: reference(ContractEntity, 'contract_id', 'cascade'),
    customerId: customerId(),
    region: regionCode(),
    currency: currencyCode(),
    standaloneTotalMinor: minorAmount(),
    transactionPriceMinor: minorAmount(),
    /** The revenue impact: standalone selling prices less the transaction price. */
    discountMinor: minorAmount(),
    discountBasisPoints: p.integer(),
    ...approvalProperties(),
  }),
  indexes: [{ properties: 'status' }, { properties: 'contractId' }],
});

export type DiscountApproval = InferEntity<typeof DiscountApprovalEntity>;
