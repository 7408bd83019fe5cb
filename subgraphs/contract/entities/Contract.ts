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
  },
});
