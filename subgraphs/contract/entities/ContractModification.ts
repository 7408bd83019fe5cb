import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json, minorAmount, reference, rowId } from '../../kit/entityProperties';
import type { EstimateMethod, ModificationType } from '../generated/enums';
import { ContractEntity } from './Contract';

/** The terms of a VARIABLE_CONSIDERATION change: one component's estimate before and after. */
export interface VariableConsiderationChangeTerms {
  key: string;
  method: EstimateMethod;
  estimateBeforeMinor: number;
  includedBeforeMinor: number;
  constrainedBefore: boolean;
  estimateAfterMinor: number;
  includedAfterMinor: number;
  constrainedAfter: boolean;
  outcomes: { amountMinor: number; probability: number }[];
  highlyProbableMinor: number | null;
}

/** How a modification was classified (revrec/modificationFacts.ts), kept in its terms. */
export interface StoredClassification {
  fromFacts: {
    addedGoodsDistinct: boolean;
    priceReflectsStandaloneSellingPrice: boolean;
    remainingGoodsDistinct: boolean;
  };
  findings: string[];
  overridden: boolean;
  overrideReason: string | null;
}

/** What the terms of a change hold besides its own fields. */
export type ChangeTerms = Record<string, unknown> & {
  variableConsideration?: VariableConsiderationChangeTerms;
  classification?: StoredClassification;
  addedGoodsDistinct?: boolean;
  priceReflectsStandaloneSellingPrice?: boolean;
  remainingGoodsDistinct?: boolean;
  pricingTierChangeId?: string;
};

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
    /** The change as asked (flags, added and removed obligations; a re-estimate's `variableConsideration`), for the reviewer. */
    terms: json<ChangeTerms>(),
  }),
  uniques: [{ properties: ['contractId', 'sequence'] }],
});

export type ContractModification = InferEntity<typeof ContractModificationEntity>;
