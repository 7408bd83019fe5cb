import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { badUserInput } from '../../../lib/errors';
import { amountPerUnit } from '../../../lib/decimal';
import { inCurrency } from '../../../lib/money';
import { listingEvery } from '../../../lib/listingEvery';
import { optionalText, requiredReason } from '../../../lib/textInput';
import type { ContractContext } from '../context';
import { BillingEntryEntity } from '../entities/BillingEntry';
import { ContractLineEntity } from '../entities/ContractLine';
import { ContractModificationEntity } from '../entities/ContractModification';
import { PerformanceObligationEntity } from '../entities/PerformanceObligation';
import { PricingTierChangeEntity } from '../entities/PricingTierChange';
import { ProgressRecordEntity } from '../entities/ProgressRecord';
import { tableEntries, withTablePrices, type Sale } from '../pricing/standaloneSellingPrices';
import { modificationFacts, type ModificationFlags } from '../revrec/modificationFacts';
import { modifyContract, type ModificationInput } from '../revrec/modifyContract';
import { tierInForce } from '../revrec/pricingTiers';
import { validateContract } from '../revrec/validateContract';
import type { Billing, ProgressMeasurement } from '../revrec/types';
import type { CustomerSegment } from '../generated/enums';
import { amount, toBillings, toObligationDraft, type ObligationDraft } from './contractInput';
import type { ContractModificationInput } from '../generated/resolvers';
import type { ContractModificationParent } from '../parents';
import { appendRevisions, impactColumns, openForChange, type ContractForChange } from './contractChange';
import { violationsError } from './createContract';

/**
 * A contract modification: classified from facts (modificationFacts.ts; the caller's flags only
 * override them, with a reason), applied as new allocation revisions, and kept with who, when, why,
 * how it was classified and its revenue impact.
 */

/** A modification as parsed, before the tables and the facts are read. */
export interface ModificationRequest {
  effectiveDate: string;
  reason: string;
  considerationChangeMinor: number;
  priceConcessionMinor?: number;
  added: ObligationDraft[];
  removeObligationIds: string[];
  addBillings: Billing[];
  remainingStandaloneSellingPriceMinor: Record<string, number>;
  progress: Record<string, ProgressMeasurement>;
  overrides: Partial<ModificationFlags>;
  overrideReason: string | null;
  /** Set when an approved pricing tier change makes the modification. */
  pricingTierChangeId?: string;
}

const FLAGS = listingEvery<keyof ModificationFlags>()([
  'addedGoodsDistinct',
  'priceReflectsStandaloneSellingPrice',
  'remainingGoodsDistinct',
]);
const SEGMENTS = listingEvery<CustomerSegment>()(['ENTERPRISE', 'MID_MARKET', 'SMB']);

/** Where the tables are read for a change to the contract on `date`: its region, currency, segment and the tier then in force. */
async function saleOf(em: EntityManager, change: ContractForChange, date: string): Promise<Sale> {
  const { contract } = change;
  const segment = SEGMENTS.find((s) => s === contract.segment) ?? null;
  const tierChanges = await em.find(PricingTierChangeEntity, { contractId: contract.id });
  return {
    region: contract.region,
    currency: contract.currency,
    segment,
    pricingTier: tierInForce(contract.pricingTier, tierChanges, date),
    date,
  };
}

function parseRequest(input: ContractModificationInput, change: ContractForChange): ModificationRequest {
  const { contract, obligations } = change;
  const { currency } = contract;
  const owned = new Set(obligations.map((o) => o.id));
  const ownObligation = (id: string, field: string) => {
    if (!owned.has(id)) throw badUserInput(`obligation ${id} is not part of contract ${contract.id}`, field);
    return id;
  };
  const added = (input.addObligations ?? []).map((o, i) => {
    const draft = toObligationDraft(o, currency, `addObligations[${i}]`);
    if (draft.residual)
      throw badUserInput('an added obligation needs its standalone selling price', `addObligations[${i}].residual`);
    if (owned.has(`${contract.id}.${draft.id}`))
      throw badUserInput(
        `the contract has (or had) an obligation ${draft.id}; choose another key`,
        `addObligations[${i}].key`,
      );
    return { ...draft, id: `${contract.id}.${draft.id}` };
  });
  const progress: Record<string, ProgressMeasurement> = {};
  for (const [i, p] of (input.progress ?? []).entries()) {
    progress[ownObligation(p.obligationId, `progress[${i}].obligationId`)] = {
      asOf: p.asOf,
      completedUnits: p.completedUnits,
      totalUnits: p.totalUnits,
    };
  }
  const remainingSsp: Record<string, number> = {};
  for (const [i, r] of (input.remainingStandaloneSellingPrices ?? []).entries()) {
    remainingSsp[ownObligation(r.obligationId, `remainingStandaloneSellingPrices[${i}].obligationId`)] = amount(
      r.amount,
      currency,
      `remainingStandaloneSellingPrices[${i}].amount`,
    );
  }
  const overrides: Partial<ModificationFlags> = {};
  for (const flag of FLAGS) {
    const given = input[flag];
    if (given != null) overrides[flag] = given;
  }
  return {
    effectiveDate: input.effectiveDate,
    reason: requiredReason(input.reason),
    considerationChangeMinor: amount(input.considerationChange, currency, 'considerationChange', { negative: true }),
    ...(input.priceConcession
      ? { priceConcessionMinor: amount(input.priceConcession, currency, 'priceConcession') }
      : {}),
    added,
    removeObligationIds: (input.removeObligationIds ?? []).map((id, i) =>
      ownObligation(id, `removeObligationIds[${i}]`),
    ),
    addBillings: toBillings(input.addBillings ?? [], currency, 'addBillings'),
    remainingStandaloneSellingPriceMinor: remainingSsp,
    progress,
    overrides,
    overrideReason: optionalText(input.classificationOverrideReason, 'classificationOverrideReason', 500),
  };
}

/** Classifies, applies and records a modification in the transaction of `em`; the contract was opened for it. */
export async function applyModification(
  em: EntityManager,
  context: ContractContext,
  change: ContractForChange,
  request: ModificationRequest,
): Promise<ContractModificationParent> {
  const { contract, obligations, modifications, existing } = change;
  const { currency } = contract;
  const { effectiveDate } = request;
  const sale = await saleOf(em, change, effectiveDate);
  const added = (await withTablePrices(context, em, request.added, sale, 'addObligations')).map((o) => ({
    ...o,
    standaloneSellingPriceMinor: o.standaloneSellingPriceMinor as number,
  }));
  const violations = validateContract({
    startDate: contract.startDate,
    endDate: contract.endDate,
    obligations: added,
    billings: request.addBillings,
  }).filter((v) => v.rule !== 'NO_OBLIGATIONS');
  if (violations.length > 0) throw violationsError(violations, 'the modification breaks revenue rules');

  // The price test reads the tables' price and range for a product they know, whatever the caller gave.
  const table = await tableEntries(
    context,
    em,
    added.flatMap((o) => (o.productCode ? [o.productCode] : [])),
    sale,
  );
  const facts = modificationFacts(existing, {
    effectiveDate,
    considerationChangeMinor: request.considerationChangeMinor,
    ...(request.priceConcessionMinor !== undefined ? { priceConcessionMinor: request.priceConcessionMinor } : {}),
    removedIds: request.removeObligationIds,
    added: added.map((o) => {
      const entry = o.productCode ? table.get(o.productCode) : undefined;
      const range =
        entry?.observableMinMinor != null && entry.observableMaxMinor != null
          ? { observableRangeMinor: { min: entry.observableMinMinor, max: entry.observableMaxMinor } }
          : {};
      return {
        id: o.id,
        productCode: o.productCode,
        standaloneSellingPriceMinor: entry?.priceMinor ?? o.standaloneSellingPriceMinor,
        ...range,
      };
    }),
  });
  const applied = { ...facts, ...request.overrides };
  const overridden = FLAGS.some((flag) => applied[flag] !== facts[flag]);
  if (overridden && !request.overrideReason)
    throw badUserInput(
      `the flags given differ from what the facts say (${facts.findings.join('; ')}): an override needs classificationOverrideReason`,
      'classificationOverrideReason',
    );

  const modification: ModificationInput = {
    effectiveDate,
    considerationChangeMinor: request.considerationChangeMinor,
    ...(request.priceConcessionMinor !== undefined ? { priceConcessionMinor: request.priceConcessionMinor } : {}),
    addObligations: added,
    removeObligationIds: request.removeObligationIds,
    addedGoodsDistinct: applied.addedGoodsDistinct,
    priceReflectsStandaloneSellingPrice: applied.priceReflectsStandaloneSellingPrice,
    remainingGoodsDistinct: applied.remainingGoodsDistinct,
    remainingStandaloneSellingPriceMinor: request.remainingStandaloneSellingPriceMinor,
    progress: request.progress,
  };
  // Obligations already cancelled by an earlier modification take no further part.
  const result = inCurrency(currency, () => modifyContract(existing, modification));

  const id = `cm_${randomUUID()}`;
  const record = em.create(ContractModificationEntity, {
    id,
    contractId: contract.id,
    sequence: modifications.length + 1,
    type: result.type,
    effectiveDate,
    reason: request.reason,
    requestedBy: context.principal.sub,
    createdAt: new Date(),
    considerationChangeMinor: request.considerationChangeMinor,
    priceConcessionMinor: request.priceConcessionMinor ?? 0,
    ...impactColumns(result),
    terms: {
      addedGoodsDistinct: applied.addedGoodsDistinct,
      priceReflectsStandaloneSellingPrice: applied.priceReflectsStandaloneSellingPrice,
      remainingGoodsDistinct: applied.remainingGoodsDistinct,
      classification: {
        fromFacts: {
          addedGoodsDistinct: facts.addedGoodsDistinct,
          priceReflectsStandaloneSellingPrice: facts.priceReflectsStandaloneSellingPrice,
          remainingGoodsDistinct: facts.remainingGoodsDistinct,
        },
        findings: facts.findings,
        overridden,
        overrideReason: overridden ? request.overrideReason : null,
      },
      addedObligationIds: added.map((o) => o.id),
      removedObligationIds: request.removeObligationIds,
      remainingStandaloneSellingPriceMinor: request.remainingStandaloneSellingPriceMinor,
      addedBillings: request.addBillings,
      ...(request.pricingTierChangeId ? { pricingTierChangeId: request.pricingTierChangeId } : {}),
    },
  });

  added.forEach((o, i) => {
    const position = obligations.length + i;
    em.create(PerformanceObligationEntity, {
      id: o.id,
      contractId: contract.id,
      position,
      description: o.description,
      productCode: o.productCode,
      pattern: o.pattern,
      startDate: o.startDate,
      endDate: o.endDate,
      transferDate: o.transferDate,
      standaloneSellingPriceMinor: o.standaloneSellingPriceMinor,
      residual: false,
      distinctUnits: o.distinctUnits,
      addedByModificationId: id,
    });
    em.create(ContractLineEntity, {
      id: `${contract.id}_l${position + 1}`,
      contractId: contract.id,
      productCode: o.productCode ?? o.id.slice(contract.id.length + 1),
      description: o.description,
      quantity: o.quantity,
      unitPriceMinor: amountPerUnit(o.standaloneSellingPriceMinor, o.quantity),
      amountMinor: o.standaloneSellingPriceMinor,
    });
  });
  // Revisions and progress reference the new obligations by foreign key: those rows go first.
  await em.flush();
  appendRevisions(em, change, result.revisions, id);
  for (const { obligationId, measurement } of result.progress) {
    em.create(ProgressRecordEntity, {
      id: `pm_${randomUUID()}`,
      obligationId,
      contractId: contract.id,
      asOf: measurement.asOf,
      // From input.progress, which the Decimal scalar read as strings.
      completedUnits: String(measurement.completedUnits),
      totalUnits: String(measurement.totalUnits),
      recordedBy: context.principal.sub,
      recordedAt: new Date(),
    });
  }
  for (const obligation of obligations) {
    if (request.removeObligationIds.includes(obligation.id)) obligation.removedByModificationId = id;
  }
  const billed = await em.count(BillingEntryEntity, { contractId: contract.id });
  request.addBillings.forEach((billing, i) => {
    em.create(BillingEntryEntity, {
      id: `${contract.id}_b${billed + i + 1}`,
      contractId: contract.id,
      billDate: billing.date,
      amountMinor: billing.amountMinor,
    });
  });
  contract.totalValueMinor = result.transactionPriceAfterMinor;
  return { ...record, currency, region: contract.region, customerId: contract.customerId };
}

export async function recordModification(
  context: ContractContext,
  input: ContractModificationInput,
): Promise<ContractModificationParent> {
  requiredReason(input.reason);
  return context.em.transactional(async (em) => {
    const change = await openForChange(em, context, input.contractId, input.effectiveDate, 'a modification', {
      readsAmounts: true,
    });
    return applyModification(em, context, change, parseRequest(input, change));
  });
}
