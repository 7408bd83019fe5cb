import { BigIntType, EntitySchema } from '@mikro-orm/core';

/** One product or service on a contract. */
export interface ContractLine {
  id: string;
  contractId: string;
  productCode: string;
  description: string;
  quantity: number;
  unitPriceMinor: number;
  amountMinor: number;
}

export const ContractLineEntity = new EntitySchema<ContractLine>({
  name: 'ContractLine',
  tableName: 'contract_line',
  properties: {
    id: { type: 'string', primary: true },
    contractId: { type: 'string' },
    productCode: { type: 'string' },
    description: { type: 'string' },
    quantity: { type: 'integer' },
    unitPriceMinor: { type: new BigIntType('number') },
    amountMinor: { type: new BigIntType('number') },
  },
});
