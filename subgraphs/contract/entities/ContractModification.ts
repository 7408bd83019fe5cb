import { BigIntType, EntitySchema } from '@mikro-orm/core';
import type { ModificationType } from '../revrec/modifyContract';

/** A change to a contract's scope or price, kept for good: who, when, why and what it did to revenue. */
export interface ContractModification {
  id: string;
  contractId: string;
  sequence: number;
  type: ModificationType;
  effectiveDate: string;
  reason: string;
  requestedBy: string;
  createdAt: Date;
  considerationChangeMinor: number;
  priceConcessionMinor: number;
  transactionPriceBeforeMinor: number;
  transactionPriceAfterMinor: number;
  recognizedOnEffectiveDateMinor: number;
  remainingBeforeMinor: number;
  remainingAfterMinor: number;
  /** The modification as asked (flags, added and removed obligations), for the reviewer. */
  terms: Record<string, unknown>;
}

const money = () => ({ type: new BigIntType('number') });

export const ContractModificationEntity = new EntitySchema<ContractModification>({
  name: 'ContractModification',
  tableName: 'contract_modification',
  properties: {
    id: { type: 'string', primary: true },
    contractId: { type: 'string' },
    sequence: { type: 'integer' },
    type: { type: 'string' },
    effectiveDate: { type: 'date' },
    reason: { type: 'text' },
    requestedBy: { type: 'string' },
    createdAt: { type: 'datetime' },
    considerationChangeMinor: money(),
    priceConcessionMinor: money(),
    transactionPriceBeforeMinor: money(),
    transactionPriceAfterMinor: money(),
    recognizedOnEffectiveDateMinor: money(),
    remainingBeforeMinor: money(),
    remainingAfterMinor: money(),
    terms: { type: 'json' },
  },
});
