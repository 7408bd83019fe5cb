import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant } from '../../kit/entityProperties';

/**
 * A revenue line posted in the general ledger for a period, as the ledger reported it. No foreign
 * keys: the ledger is another system, and lines pointing nowhere are what month-end looks for.
 */
export const LedgerLineEntity = defineEntity({
  name: 'LedgerLine',
  tableName: 'ledger_line',
  properties: (p) => ({
    id: p.string().length(80).primary(),
    period: p.string().length(7),
    account: p.string().length(32),
    contractId: p.string().length(64).nullable(),
    obligationId: p.string().length(80).nullable(),
    amountMinor: p.bigint('number'),
    currency: p.string().length(3),
    postedAt: instant(),
  }),
  indexes: [{ properties: 'period' }],
});

export type LedgerLineRecord = InferEntity<typeof LedgerLineEntity>;
