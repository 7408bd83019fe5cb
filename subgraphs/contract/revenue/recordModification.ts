import { randomUUID } from 'node:crypto';
import { badUserInput } from '../../../lib/errors';
import { amountPerUnit } from '../../../lib/decimal';
import { inCurrency } from '../../../lib/money';
import { requiredReason } from '../../../lib/textInput';
import type { ContractContext } from '../context';
import { BillingEntryEntity } from '../entities/BillingEntry';
import { ContractLineEntity } from '../entities/ContractLine';
import { ContractModificationEntity } from '../entities/ContractModification';
import { PerformanceObligationEntity } from '../entities/PerformanceObligation';
import { ProgressRecordEntity } from '../entities/ProgressRecord';
import { modifyContract, type ModificationInput } from '../revrec/modifyContract';
import { validateContract } from '../revrec/validateContract';
import type { ProgressMeasurement } from '../revrec/types';
import { amount, toBillings, toObligationDraft } from './contractInput';
import type { ContractModificationInput } from '../generated/resolvers';
import type { ContractModificationParent } from '../parents';
import { appendRevisions, impactColumns, openForChange } from './contractChange';
import { violationsError } from './createContract';

/** A contract modification: classified, applied as new allocation revisions, and kept with who, when, why and its revenue impact. */

export async function recordModification(
  context: ContractContext,
  input: ContractModificationInput,
): Promise<ContractModificationParent> {
  const reason = requiredReason(input.reason);
  const { effectiveDate } = input;

  return context.em.transactional(async (em) => {
    const change = await openForChange(em, context, input.contractId, effectiveDate, 'a modification');
    const { contract, obligations, modifications, existing } = change;
    const { currency } = contract;
    const owned = new Set(obligations.map((o) => o.id));
    const ownObligation = (id: string, field: string) => {
      if (!owned.has(id)) throw badUserInput(`obligation ${id} is not part of contract ${contract.id}`, field);
      return id;
    };

    const added = (input.addObligations ?? []).map((o, i) => {
      const draft = toObligationDraft(o, currency, `addObligations[${i}]`);
      if (draft.residual || draft.standaloneSellingPriceMinor === undefined)
        throw badUserInput(
          'an added obligation needs its standalone selling price',
          `addObligations[${i}].standaloneSellingPrice`,
        );
      if (owned.has(`${contract.id}.${draft.id}`))
        throw badUserInput(
          `the contract has (or had) an obligation ${draft.id}; choose another key`,
          `addObligations[${i}].key`,
        );
      return {
        ...draft,
        key: draft.id,
        id: `${contract.id}.${draft.id}`,
        standaloneSellingPriceMinor: draft.standaloneSellingPriceMinor,
      };
    });
    const addBillings = toBillings(input.addBillings ?? [], currency, 'addBillings');
    const violations = validateContract({
      startDate: contract.startDate,
      endDate: contract.endDate,
      obligations: added,
      billings: addBillings,
    }).filter((v) => v.rule !== 'NO_OBLIGATIONS');
    if (violations.length > 0) throw violationsError(violations, 'the modification breaks revenue rules');

    const measured: Record<string, ProgressMeasurement> = {};
    for (const [i, p] of (input.progress ?? []).entries()) {
      measured[ownObligation(p.obligationId, `progress[${i}].obligationId`)] = {
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
    const modification: ModificationInput = {
      effectiveDate,
      considerationChangeMinor: amount(input.considerationChange, currency, 'considerationChange', { negative: true }),
      ...(input.priceConcession
        ? { priceConcessionMinor: amount(input.priceConcession, currency, 'priceConcession') }
        : {}),
      addObligations: added,
      removeObligationIds: (input.removeObligationIds ?? []).map((id, i) =>
        ownObligation(id, `removeObligationIds[${i}]`),
      ),
      addedGoodsDistinct: input.addedGoodsDistinct,
      priceReflectsStandaloneSellingPrice: input.priceReflectsStandaloneSellingPrice,
      remainingGoodsDistinct: input.remainingGoodsDistinct,
      remainingStandaloneSellingPriceMinor: remainingSsp,
      progress: measured,
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
      reason,
      requestedBy: context.principal.sub,
      createdAt: new Date(),
      considerationChangeMinor: modification.considerationChangeMinor,
      priceConcessionMinor: modification.priceConcessionMinor ?? 0,
      ...impactColumns(result),
      terms: {
        addedGoodsDistinct: input.addedGoodsDistinct,
        priceReflectsStandaloneSellingPrice: input.priceReflectsStandaloneSellingPrice,
        remainingGoodsDistinct: input.remainingGoodsDistinct,
        addedObligationIds: added.map((o) => o.id),
        removedObligationIds: modification.removeObligationIds,
        remainingStandaloneSellingPriceMinor: remainingSsp,
        addedBillings: addBillings,
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
        addedByModificationId: id,
      });
      em.create(ContractLineEntity, {
        id: `${contract.id}_l${position + 1}`,
        contractId: contract.id,
        productCode: o.productCode ?? o.key,
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
      if (modification.removeObligationIds?.includes(obligation.id)) obligation.removedByModificationId = id;
    }
    const billed = await em.count(BillingEntryEntity, { contractId: contract.id });
    addBillings.forEach((billing, i) => {
      em.create(BillingEntryEntity, {
        id: `${contract.id}_b${billed + i + 1}`,
        contractId: contract.id,
        billDate: billing.date,
        amountMinor: billing.amountMinor,
      });
    });
    contract.totalValueMinor = result.transactionPriceAfterMinor;
    return { ...record, currency, region: contract.region, customerId: contract.customerId };
  });
}
