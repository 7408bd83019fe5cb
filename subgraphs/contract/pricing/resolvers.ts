import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { addDays, today } from '../../../lib/calendar';
import { paymentDueDays } from '../../../lib/paymentTerms';
import { badUserInput, notFound } from '../../../lib/errors';
import { optionalText, requiredReason, requiredText } from '../../../lib/textInput';
import { loadReferenced } from '../../kit/loaders';
import { moneyField } from '../../kit/moneyResolvers';
import { assertVisible } from '../../kit/rowScope';
import { decideRequest, listRequests } from '../approvals';
import type { ContractContext } from '../context';
import { BillingEntryEntity } from '../entities/BillingEntry';
import { ContractEntity, type Contract } from '../entities/Contract';
import { DiscountApprovalEntity } from '../entities/DiscountApproval';
import { InvoiceEntity } from '../entities/Invoice';
import { PricingTierChangeEntity } from '../entities/PricingTierChange';
import { RenewalIntentEntity } from '../entities/RenewalIntent';
import { priceAtTier, tierInForce } from '../revrec/pricingTiers';
import { purchaseOrderProblem } from '../billing/purchaseOrders';
import { owned } from '../revenue/revenueResolvers';
import { recordTierChangeRevenue } from './tierChangeRevenue';
import { assertRoutedToCaller, pricingRoute } from './pricingRouting';
import { PurchaseOrderRuleEntity } from '../entities/PurchaseOrderRule';
import { assertCreditAllows } from '../credit/assertCredit';
import { invoiceTax } from '../taxExemptions/invoiceTax';
import type { Resolvers } from '../generated/resolvers';

/**
 * Prices and approvals around a contract: discount approvals, pricing tier changes (steward
 * approved before any invoice sees them), invoices raised from the billing schedule, and the CRM's
 * renewal intent.
 */

/** When the customer master knows no payment terms. */
const DEFAULT_DUE_DAYS = 30;

async function visibleContract(context: ContractContext, id: string): Promise<Contract> {
  const contract = await context.em.findOne(ContractEntity, { id });
  if (!contract) throw notFound(`no contract ${id}`);
  assertVisible(context, contract.region, `Contract ${id}`);
  return contract;
}

export const pricingResolvers: Resolvers = {
  Query: {
    discountApprovals: listRequests(DiscountApprovalEntity),
    pricingTierChanges: listRequests(PricingTierChangeEntity),
  },

  Mutation: {
    approveDiscount: (_root, args, context) =>
      decideRequest(context, {
        entity: DiscountApprovalEntity,
        label: 'Discount approval',
        id: args.id,
        status: 'APPROVED',
        note: optionalText(args.note, 'note', 1000),
        mustRead: 'DiscountApproval.discount',
        apply: async (em, approval) => {
          const contract = await em.findOneOrFail(ContractEntity, { id: approval.contractId });
          contract.status = contract.endDate && contract.endDate < today() ? 'EXPIRED' : 'ACTIVE';
        },
      }),
    rejectDiscount: (_root, args, context) =>
      decideRequest(context, {
        entity: DiscountApprovalEntity,
        label: 'Discount approval',
        id: args.id,
        status: 'REJECTED',
        note: requiredText(args.note, 'note', 1000),
        mustRead: 'DiscountApproval.discount',
      }),

    requestPricingTierChange: async (_root, args, context) => {
      const { input } = args;
      const { effectiveFrom } = input;
      const reason = requiredReason(input.reason);
      const contract = await visibleContract(context, input.contractId);
      if (effectiveFrom < contract.startDate || (contract.endDate && effectiveFrom > contract.endDate)) {
        throw badUserInput(
          `effectiveFrom ${effectiveFrom} is outside the contract (${contract.startDate} to ${contract.endDate ?? 'open'})`,
          'effectiveFrom',
        );
      }
      const fromTier = tierInForce(
        contract.pricingTier,
        await context.loaders.tierChanges.load(contract.id),
        effectiveFrom,
      );
      if (fromTier === input.tier)
        throw badUserInput(`the contract is already at ${input.tier} on ${effectiveFrom}`, 'tier');
      return context.em.transactional(async (em) =>
        em.create(PricingTierChangeEntity, {
          id: `tc_${randomUUID()}`,
          contractId: contract.id,
          customerId: contract.customerId,
          region: contract.region,
          fromTier,
          tier: input.tier,
          effectiveFrom,
          reason,
          basis: input.basis ?? 'RENEGOTIATED',
          status: 'REQUESTED',
          requestedBy: context.principal.sub,
          requestedAt: new Date(),
        }),
      );
    },
    // Only the accountable of pricing decides (pricingRouting.ts), and never on their own request.
    approvePricingTierChange: async (_root, args, context) => {
      await assertRoutedToCaller(context, `Pricing tier change ${args.id}`);
      return decideRequest(context, {
        entity: PricingTierChangeEntity,
        label: 'Pricing tier change',
        id: args.id,
        status: 'APPROVED',
        note: optionalText(args.note, 'note', 1000),
        // The steward approves a price: the same transaction brings it into revenue (tierChangeRevenue.ts).
        apply: (em, change) => recordTierChangeRevenue(em, context, change),
      });
    },
    rejectPricingTierChange: async (_root, args, context) => {
      await assertRoutedToCaller(context, `Pricing tier change ${args.id}`);
      return decideRequest(context, {
        entity: PricingTierChangeEntity,
        label: 'Pricing tier change',
        id: args.id,
        status: 'REJECTED',
        note: requiredText(args.note, 'note', 1000),
      });
    },

    issueInvoice: async (_root, args, context) => {
      const purchaseOrderNumber = optionalText(args.input.purchaseOrderNumber, 'purchaseOrderNumber', 64);
      const idempotencyKey = optionalText(args.input.idempotencyKey, 'idempotencyKey', 128);
      const invoiced = () =>
        badUserInput(`billing entry ${args.input.billingEntryId} was invoiced already`, 'billingEntryId');
      // The same request again (same entry, same key) gets the invoice it raised; any other finds it invoiced.
      const raisedBefore = async () => {
        const earlier = await context.em.findOne(
          InvoiceEntity,
          { billingEntryId: args.input.billingEntryId },
          { disableIdentityMap: true },
        );
        if (!earlier || idempotencyKey === null || earlier.idempotencyKey !== idempotencyKey) return null;
        assertVisible(context, earlier.region, `Invoice ${earlier.id}`);
        return earlier;
      };
      const replayed = await raisedBefore();
      if (replayed) return replayed;
      const entryContract = await context.em.findOne(
        BillingEntryEntity,
        { id: args.input.billingEntryId },
        { fields: ['contractId'] },
      );
      const owner =
        entryContract &&
        (await context.em.findOne(ContractEntity, { id: entryContract.contractId }, { fields: ['customerId'] }));
      // Invoices fall due by the customer's payment terms, as the customer master holds them; its
      // credit is the surviving customer's when it was merged away since the contract was made.
      const facts = owner ? await context.shared.customers.jurisdictionOf(owner.customerId) : undefined;
      const holder = facts?.mergedInto ? await context.shared.customers.jurisdictionOf(facts.mergedInto) : facts;
      const terms = facts?.paymentTermsCode;
      const dueDays = (terms ? paymentDueDays(terms) : undefined) ?? DEFAULT_DUE_DAYS;
      // The unique index settles a race the check below cannot see.
      return context.em
        .transactional(async (em) => {
          const entry = await em.findOne(BillingEntryEntity, { id: args.input.billingEntryId });
          if (!entry) throw notFound(`no billing schedule entry ${args.input.billingEntryId}`);
          const contract = await em.findOneOrFail(ContractEntity, { id: entry.contractId });
          assertVisible(context, contract.region, `Contract ${contract.id}`);
          if (contract.status === 'DRAFT')
            throw badUserInput(
              `contract ${contract.id} awaits its discount approval; nothing can be invoiced yet`,
              'billingEntryId',
            );
          if (await em.count(InvoiceEntity, { billingEntryId: entry.id })) throw invoiced();
          const poProblem = purchaseOrderProblem(
            await em.findOne(PurchaseOrderRuleEntity, { customerId: contract.customerId }),
            purchaseOrderNumber,
          );
          if (poProblem) throw badUserInput(`no invoice raised: ${poProblem}`, 'purchaseOrderNumber');
          // Only approved tier changes count: a requested one never reaches an invoice.
          const tier = tierInForce(
            contract.pricingTier,
            await em.find(PricingTierChangeEntity, { contractId: contract.id }),
            entry.billDate,
          );
          const amountMinor = priceAtTier(entry.amountMinor, tier);
          const tax = holder
            ? await invoiceTax(
                em,
                holder,
                contract.id,
                entry.billDate,
                args.input.invalidTaxExemption ?? context.config.taxExemptions.invalidHandling,
              )
            : {};
          if (holder)
            await assertCreditAllows(
              context,
              em,
              holder,
              { minor: amountMinor, currency: contract.currency },
              'invoice',
            );
          const invoiceCount = await em.count(InvoiceEntity, { contractId: contract.id });
          return em.create(InvoiceEntity, {
            id: `${contract.id}_i${invoiceCount + 1}_${randomUUID().slice(0, 8)}`,
            contractId: contract.id,
            customerId: contract.customerId,
            number: `INV-${entry.billDate.slice(0, 4)}-${randomUUID().slice(0, 8).toUpperCase()}`,
            issueDate: entry.billDate,
            dueDate: addDays(entry.billDate, dueDays),
            amountMinor,
            currency: contract.currency,
            region: contract.region,
            status: 'OPEN',
            billingEntryId: entry.id,
            listAmountMinor: entry.amountMinor,
            pricingTier: tier,
            purchaseOrderNumber,
            idempotencyKey,
            ...tax,
          });
        })
        .catch(async (error: unknown) => {
          // Lost a race with the same request (same entry, same key): the winner raised the invoice this one would have.
          const winner = await raisedBefore();
          if (winner) return winner;
          if (!(error instanceof UniqueConstraintViolationException)) throw error;
          const entryInvoiced = await context.em.count(InvoiceEntity, { billingEntryId: args.input.billingEntryId });
          throw idempotencyKey !== null && !entryInvoiced
            ? badUserInput(`idempotency key ${idempotencyKey} was used for another invoice`, 'idempotencyKey')
            : invoiced();
        });
    },

    recordRenewalIntent: async (_root, args, context) => {
      const { input } = args;
      if (!(input.probability >= 0 && input.probability <= 1))
        throw badUserInput('probability must be between 0 and 1', 'probability');
      const contract = await visibleContract(context, input.contractId);
      return context.em.transactional(async (em) =>
        em.create(RenewalIntentEntity, {
          id: `ri_${randomUUID()}`,
          contractId: contract.id,
          customerId: contract.customerId,
          signal: input.signal,
          probability: input.probability,
          source: requiredText(input.source ?? 'CRM', 'source', 32),
          observedAt: input.observedAt,
          recordedBy: context.principal.sub,
        }),
      );
    },
  },

  Contract: {
    modifications: async (contract, _args, { loaders }) =>
      (await loaders.modifications.load(contract.id)).map((m) => ({
        ...m,
        currency: contract.currency,
        region: contract.region,
        customerId: contract.customerId,
      })),
    discountApprovals: (contract, _args, { loaders }) => loaders.discountApprovals.load(contract.id),
    pricingTierChanges: (contract, _args, { loaders }) => loaders.tierChanges.load(contract.id),
  },

  ContractModification: {
    considerationChange: moneyField('considerationChangeMinor'),
    priceConcession: moneyField('priceConcessionMinor'),
    transactionPriceBefore: moneyField('transactionPriceBeforeMinor'),
    transactionPriceAfter: moneyField('transactionPriceAfterMinor'),
    recognizedOnEffectiveDate: moneyField('recognizedOnEffectiveDateMinor'),
    remainingBefore: moneyField('remainingBeforeMinor'),
    remainingAfter: moneyField('remainingAfterMinor'),
    variableConsideration: (m) => {
      const terms = m.type === 'VARIABLE_CONSIDERATION' ? m.terms.variableConsideration : undefined;
      return terms ? owned(terms, m) : null;
    },
    // Modifications recorded before classification from facts keep only the flags they were given.
    classification: (m) => {
      const { classification } = m.terms;
      if (!classification) return null;
      return {
        addedGoodsDistinct: Boolean(m.terms.addedGoodsDistinct),
        priceReflectsStandaloneSellingPrice: Boolean(m.terms.priceReflectsStandaloneSellingPrice),
        remainingGoodsDistinct: Boolean(m.terms.remainingGoodsDistinct),
        ...classification,
        region: m.region,
        customerId: m.customerId,
      };
    },
    pricingTierChangeId: (m) => m.terms.pricingTierChangeId ?? null,
  },

  VariableConsiderationChange: {
    estimateBefore: moneyField('estimateBeforeMinor'),
    includedBefore: moneyField('includedBeforeMinor'),
    estimateAfter: moneyField('estimateAfterMinor'),
    includedAfter: moneyField('includedAfterMinor'),
  },

  DiscountApproval: {
    contract: (approval, _args, { loaders }) => loadReferenced(loaders.contract, approval.contractId),
    discount: moneyField('discountMinor'),
    transactionPrice: moneyField('transactionPriceMinor'),
  },

  PricingTierChange: {
    contract: (change, _args, { loaders }) => loadReferenced(loaders.contract, change.contractId),
    routedTo: (change, _args, context) => (change.status === 'REQUESTED' ? pricingRoute(context) : null),
    revenueChange: async (change, _args, { loaders }) => {
      if (!change.revenueChangeId) return null;
      const [contract, modifications] = await Promise.all([
        loaders.contract.load(change.contractId),
        loaders.modifications.load(change.contractId),
      ]);
      const row = modifications.find((m) => m.id === change.revenueChangeId);
      return row && contract ? owned(row, contract) : null;
    },
  },

  Invoice: {
    listAmount: moneyField('listAmountMinor'),
  },
};
