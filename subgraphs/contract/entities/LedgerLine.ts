import { BigIntType, EntitySchema } from '@mikro-orm/core';

/** A revenue line posted in the general ledger for a period, as the ledger reported it. */
export interface LedgerLineRecord {
  id: string;
  period: string;
  account: string;
  contractId?: string | null;
  obligationId?: string | null;
  amountMinor: number;
  currency: string;
  postedAt: Date;
}

export const LedgerLineEntity = new EntitySchema<LedgerLineRecord>({
  name: 'LedgerLine',
  tableName: 'ledger_line',
  properties: {
    id: { type: 'string', primary: true },
    period: { type: 'string' },
    account: { type: 'string' },
    contractId: { type: 'string', nullable: true },
    obligationId: { type: 'string', nullable: true },
    amountMinor: { type: new BigIntType('number') },
    currency: { type: 'string' },
    postedAt: { type: 'datetime' },
  },
});
