import { BigIntType, EntitySchema } from '@mikro-orm/core';
import { APPROVAL_PROPERTIES, type ApprovalRequest } from '../approvals';

/** A contract discount above the threshold, waiting for (or decided by) a second finance principal. */
export interface DiscountApproval extends ApprovalRequest {
  id: string;
  contractId: string;
  customerId: string;
  region: string;
  currency: string;
  standaloneTotalMinor: number;
  transactionPriceMinor: number;
  /** The revenue impact: standalone selling prices less the transaction price. */
  discountMinor: number;
  discountBasisPoints: number;
}

const money = () => ({ type: new BigIntType('number') });

export const DiscountApprovalEntity = new EntitySchema<DiscountApproval>({
  name: 'DiscountApproval',
  tableName: 'discount_approval',
  properties: {
    id: { type: 'string', primary: true },
    contractId: { type: 'string' },
    customerId: { type: 'string' },
    region: { type: 'string' },
    currency: { type: 'string' },
    standaloneTotalMinor: money(),
    transactionPriceMinor: money(),
    discountMinor: money(),
    discountBasisPoints: { type: 'integer' },
    ...APPROVAL_PROPERTIES,
  },
});
