import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { minorAmount, reference, rowId } from '../../kit/entityProperties';
import { ContractEntity } from './Contract';

/** One product or service on a contract. */
export const ContractLineEntity = defineEntity({
  name: 'ContractLine',
  tableName: 'contract_line',
  properties: (p) => ({
    id: rowId(80),
    contractId: reference(ContractEntity, 'contract_id', 'cascade'),
    productCode: p.string().length(32),
    description: p.string(),
    /** An exact decimal as text (lib/decimal.ts), e.g. "1" or "2.5". */
    quantity: p.string().length(48),
    unitPriceMinor: minorAmount(),
    amountMinor: minorAmount(),
  }),
  indexes: [{ properties: 'contractId' }],
});

export type ContractLine = InferEntity<typeof ContractLineEntity>;
