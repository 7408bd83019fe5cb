import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { inCurrency } from '../../../lib/money';
import type { ContractContext } from '../context';
import { BillingEntryEntity } from '../entities/BillingEntry';
import { ContractModificationEntity } from '../entities/ContractModification';
import { InvoiceEntity } from '../entities/Invoice';
import { PricingTierChangeEntity, type PricingTierChange } from '../entities/PricingTierChange';
import { priceAtTier, tierInForce } from '../revrec/pricingTiers';
import { changeVariableConsideration } from '../revrec/variableConsiderationChange';
import { appendRevisions, impactColumns, openForChange } from '../revenue/contractChange';
import { applyModification } from '../revenue/recordModification';

/**
 * An approved pricing tier change entering the transaction price, so what the billing schedule
 * will invoice and what revenue recognises stay equal. The change is what the schedule's dates
 * from the effective date on, not yet invoiced, will now bill less (or more) than before. By its
 * basis it is:
 * - RENEGOTIATED: a price-only contract modification, classified from the facts like any other;
 * - CONTRACT_TERMS: a change in the estimate of variable consideration, allocated as at inception
 *   and caught up on the effective date.
 * Either way it lands in the contract's trail, and the tier change points at it.
 */
export async function recordTierChangeRevenue(
  em: EntityManager,
  context: ContractContext,
  tierChange: PricingTierChange,
): Promise<void> {
  const { effectiveFrom } = tierChange;
  // The steward approves a tier, not amounts: the revenue change is shown to it masked as ever.
  const change = await openForChange(em, context, tierChange.contractId, effectiveFrom, 'a pricing tier change', {
    readsAmounts: false,
  });
  const { contract } = change;
  const [entries, invoices, tierChanges] = await Promise.all([
    em.find(BillingEntryEntity, { contractId: contract.id }),
    em.find(InvoiceEntity, { contractId: contract.id }),
    em.find(PricingTierChangeEntity, { contractId: contract.id }),
  ]);
  const invoiced = new Set(invoices.map((invoice) => invoice.billingEntryId));
  const others = tierChanges.filter((c) => c.id !== tierChange.id);
  const changeMinor = entries
    .filter((entry) => entry.billDate >= effectiveFrom && !invoiced.has(entry.id))
    .reduce((sum, entry) => {
      const before = tierInForce(contract.pricingTier, others, entry.billDate);
      const after = tierInForce(contract.pricingTier, [...others, tierChange], entry.billDate);
      return sum + priceAtTier(entry.amountMinor, after) - priceAtTier(entry.amountMinor, before);
    }, 0);
  if (changeMinor === 0) return;
  const reason = `pricing tier ${tierChange.fromTier} to ${tierChange.tier} (${tierChange.id}): ${tierChange.reason}`;

  if (tierChange.basis === 'RENEGOTIATED') {
    const recorded = await applyModification(em, context, change, {
      effectiveDate: effectiveFrom,
      reason,
      considerationChangeMinor: changeMinor,
      added: [],
      removeObligationIds: [],
      addBillings: [],
      remainingStandaloneSellingPriceMinor: {},
      progress: {},
      overrides: {},
      overrideReason: null,
      pricingTierChangeId: tierChange.id,
    });
    tierChange.revenueChangeId = recorded.id;
    return;
  }

  const result = inCurrency(contract.currency, () =>
    changeVariableConsideration(change.existing, { effectiveDate: effectiveFrom, changeMinor, allocateTo: [] }),
  );
  const id = `cm_${randomUUID()}`;
  em.create(ContractModificationEntity, {
    id,
    contractId: contract.id,
    sequence: change.modifications.length + 1,
    type: 'VARIABLE_CONSIDERATION',
    effectiveDate: effectiveFrom,
    reason,
    requestedBy: context.principal.sub,
    createdAt: new Date(),
    considerationChangeMinor: changeMinor,
    priceConcessionMinor: 0,
    ...impactColumns(result),
    terms: { pricingTierChangeId: tierChange.id },
  });
  await em.flush();
  appendRevisions(em, change, result.revisions, id);
  contract.totalValueMinor = result.transactionPriceAfterMinor;
  tierChange.revenueChangeId = id;
}
