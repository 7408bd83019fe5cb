import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json, minorAmount, reference, rowId } from '../../kit/entityProperties';
import type { ModificationType } from '../generated/enums';
import { ContractEntity } from './Contract';

/** A change to a contract's scope or price, kept for good: who, when, why and what it did to revenue. */
export const ContractModificationEntity = defineEntity({
  name: 'ContractModification',
  tableName: 'contract_modification',
  properties: (p) => ({
    id: rowId(),
    contractId: reference(ContractEntity, 'contract_id', 'cascade'),
    sequence: p.integer(),
    type: p.string().length(24).$type<ModificationType>(),
    effectiveDate: p.date(),
    reason: p.text(),
    requestedBy: p.string(),
    createdAt: instant(),
    considerationChangeMinor: minorAmount(),
    priceConcessionMinor: minorAmount(),
    transactionPriceBeforeMinor: minorAmount(),
    transactionPriceAfterMinor: minorAmount(),
    recognizedOnEffectiveDateMinor: minorAmount(),
    remainingBeforeMinor: minorAmount(),
    remainingAfterMinor: minorAmount(),
    /** The modification as asked (flags, added and removed obligations), for the reviewer. */
    terms: json<Record<string, unknown>>(),
  }),
  uniques: [{ properties: ['contractId', 'sequence'] }],
});

export type ContractModification = InferEntity<typeof ContractModificationEntity>;
