import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { currencyCode, instant, minorAmount, rowId, unkeyedReference } from '../../kit/entityProperties';

/**
 * A revenue line posted in the general ledger for a period, as the ledger reported it. No foreign
 * keys: the ledger is another system, and lines pointing nowhere are what month-end looks for.
 */
export const LedgerLineEntity = defineEntity({
  name: 'LedgerLine',
  tableName: 'ledger_line',
  properties: (p) => ({
    id: rowId(80),
    period: p.string().length(7),
    account: p.string().length(32),
    contractId: unkeyedReference().nullable(),
    obligationId: unkeyedReference(80).nullable(),
    amountMinor: minorAmount(),
    currency: currencyCode(),
    postedAt: instant(),
  }),
  indexes: [{ properties: 'period' }],
});

export type LedgerLineRecord = InferEntity<typeof LedgerLineEntity>;
