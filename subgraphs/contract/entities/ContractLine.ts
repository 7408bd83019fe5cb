import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { reference } from '../../kit/entityProperties';
import { ContractEntity } from './Contract';

/** One product or service on a contract. */
export const ContractLineEntity = defineEntity({
  name: 'ContractLine',
  tableName: 'contract_line',
  properties: (p) => ({
    id: p.string().length(80).primary(),
    contractId: reference(ContractEntity, 'contract_id', 'cascade'),
    productCode: p.string().length(32),
    description: p.string(),
    quantity: p.integer(),
    unitPriceMinor: p.bigint('number'),
    amountMinor: p.bigint('number'),
  }),
  indexes: [{ properties: 'contractId' }],
});

export type ContractLine = InferEntity<typeof ContractLineEntity>;
