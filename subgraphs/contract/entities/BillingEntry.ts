import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { reference } from '../../kit/entityProperties';
import { ContractEntity } from './Contract';

/** One date of a contract's billing schedule, at list price (the pricing tier in force applies when it is invoiced). */
export const BillingEntryEntity = defineEntity({
  name: 'BillingEntry',
  tableName: 'billing_entry',
  properties: (p) => ({
    id: p.string().length(80).primary(),
    contractId: reference(ContractEntity, 'contract_id', 'cascade'),
    billDate: p.date(),
    amountMinor: p.bigint('number'),
  }),
  indexes: [{ properties: 'contractId' }],
});

export type BillingEntry = InferEntity<typeof BillingEntryEntity>;
