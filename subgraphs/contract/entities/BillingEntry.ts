import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { minorAmount, reference, rowId } from '../../kit/entityProperties';
import { ContractEntity } from './Contract';

/** One date of a contract's billing schedule, at list price (the pricing tier in force applies when it is invoiced). */
export const BillingEntryEntity = defineEntity({
  name: 'BillingEntry',
  tableName: 'billing_entry',
  properties: (p) => ({
    id: rowId(80),
    contractId: reference(ContractEntity, 'contract_id', 'cascade'),
    billDate: p.date(),
    amountMinor: minorAmount(),
  }),
  indexes: [{ properties: 'contractId' }],
});

export type BillingEntry = InferEntity<typeof BillingEntryEntity>;
