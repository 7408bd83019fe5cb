import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { badUserInput, ruleViolations } from '../../../lib/errors';
import { amountPerUnit } from '../../../lib/decimal';
import { inCurrency } from '../../../lib/money';
import { POLICY } from '../../../policies/policy';
import type { CustomerFacts } from '../../kit/customerDirectory';
import { assertVisible } from '../../kit/rowScope';
import { assertCreditAllows } from '../credit/assertCredit';
import type { ContractContext } from '../context';
import { BillingEntryEntity } from '../entities/BillingEntry';
import { ContractEntity, type Contract } from '../entities/Contract';
import { ContractLineEntity } from '../entities/ContractLine';
import { DiscountApprovalEntity } from '../entities/DiscountApproval';
import { ObligationRevisionEntity } from '../entities/ObligationRevision';
import { PerformanceObligationEntity } from '../entities/PerformanceObligation';
import { allocateTransactionPrice, type AllocationResult } from '../revrec/allocateTransactionPrice';
import { assessDiscount, type DiscountAssessment } from '../revrec/discountApproval';
import { validateContract, type Violation } from '../revrec/validateContract';
import { estimateVariableConsideration, type VariableConsiderationEstimate } from '../revrec/variableConsideration';
import { withTablePrices } from '../pricing/standaloneSellingPrices';
import { toContractDraft, type ContractDraft } from './contractInput';
import type { ContractInput } from '../generated/resolvers';

/** Price a contract: estimate each component of its variable consideration, allocate, and weigh the discount. Pure. */
export function priceContract(draft: Pick<ContractDraft, 'allocation' | 'variableComponents'>): {
  variables: (VariableConsiderationEstimate & { key: string; allocatedTo: string[] })[];
  allocation: AllocationResult;
  discount: DiscountAssessment;
} {
  const variables = draft.variableComponents.map((component) => ({
    ...estimateVariableConsideration(component),
    key: component.key,
    allocatedTo: component.allocateTo,
  }));
  const allocation = allocateTransactionPrice({
    ...draft.allocation,
    variableConsideration: variables.map((v) => ({
      key: v.key,
      amountMinor: v.includedMinor,
      allocateTo: v.allocatedTo,
    })),
  });
  // What the obligations would fetch on their own; a residual obligation counts at what it was allocated.
  const standaloneTotal = draft.allocation.obligations.reduce(
    (sum, o) =>
      sum +
      (o.standaloneSellingPriceMinor ?? allocation.allocations.find((a) => a.obligationId === o.id)?.amountMinor ?? 0),
    0,
  );
  const discount = assessDiscount(
    standaloneTotal,
    allocation.transactionPriceMinor,
    POLICY.approvals.discountThresholdBasisPoints,
  );
  return { variables, allocation, discount };
}

export function violationsError(violations: readonly Violation[], what: string): GraphQLError {
  return ruleViolations(`${what}: ${violations.map((v) => v.message).join('; ')}`, violations);
}

/** The customer as the master holds it: known, not merged away, and visible to the caller. */
async function contractingCustomer(context: ContractContext, customerId: string): Promise<CustomerFacts> {
  const customer = await context.shared.customers.jurisdictionOf(customerId);
  if (!customer) throw badUserInput(`no customer ${customerId}`, 'customerId');
  if (customer.mergedInto)
    throw badUserInput(
      `customer ${customerId} was merged into ${customer.mergedInto}; contract with the surviving customer`,
      'customerId',
    );
  assertVisible(context, customer.region, `Customer ${customerId}`);
  return customer;
}

export async function createContract(context: ContractContext, input: ContractInput): Promise<Contract> {
  const parsed = toContractDraft(input);
  const violations = validateContract({
    startDate: parsed.startDate,
    endDate: parsed.endDate,
    obligations: parsed.obligations,
    billings: parsed.billings,
  });
  if (violations.length > 0) throw violationsError(violations, 'the contract breaks revenue rules');
  const customer = await contractingCustomer(context, parsed.customerId);
  const { region } = customer;
  // Obligations given without a price take the table's for the customer's region and the contract's segment, tier and start.
  const obligations = await withTablePrices(context, context.em, parsed.obligations, {
    region,
    currency: parsed.currency,
    segment: parsed.segment,
    pricingTier: parsed.pricingTier,
    date: parsed.startDate,
  });
  const draft = { ...parsed, obligations, allocation: { ...parsed.allocation, obligations } };
  const priced = inCurrency(draft.currency, () => priceContract(draft));

  return context.em.transactional(async (em) => {
    if (await em.count(ContractEntity, { number: draft.number }))
      throw badUserInput(`a contract numbered ${draft.number} exists already`, 'number');
    await assertCreditAllows(context, em, customer, null, 'contract');
    const id = `ctr_${randomUUID()}`;
    const now = new Date();
    const contract = em.create(ContractEntity, {
      id,
      customerId: draft.customerId,
      number: draft.number,
      startDate: draft.startDate,
      endDate: draft.endDate,
      currency: draft.currency,
      region,
      totalValueMinor: priced.allocation.transactionPriceMinor,
      status: priced.discount.needsApproval ? 'DRAFT' : 'ACTIVE',
      segment: draft.segment,
      pricingTier: draft.pricingTier,
      fixedConsiderationMinor: draft.allocation.fixedConsiderationMinor,
      variableConsideration: priced.variables.map((v) => ({ ...v, asOf: draft.startDate })),
      allocationMethod: priced.allocation.method,
      discountMinor: priced.allocation.discountMinor,
      createdBy: context.principal.sub,
      createdAt: now,
    });
    // Children reference their parents by foreign key, and the unit of work does not order by plain id columns.
    await em.flush();
    draft.obligations.forEach((obligation, position) => {
      em.create(PerformanceObligationEntity, {
        id: `${id}.${obligation.id}`,
        contractId: id,
        position,
        description: obligation.description,
        productCode: obligation.productCode,
        pattern: obligation.pattern,
        startDate: obligation.startDate,
        endDate: obligation.endDate,
        transferDate: obligation.transferDate,
        standaloneSellingPriceMinor: obligation.standaloneSellingPriceMinor ?? null,
        residual: obligation.residual ?? false,
        distinctUnits: obligation.distinctUnits,
        observableMinMinor: obligation.observableRangeMinor?.min ?? null,
        observableMaxMinor: obligation.observableRangeMinor?.max ?? null,
      });
    });
    await em.flush();
    draft.obligations.forEach((obligation, position) => {
      const obligationId = `${id}.${obligation.id}`;
      const allocated = priced.allocation.allocations[position].amountMinor;
      em.create(ObligationRevisionEntity, {
        id: `${obligationId}#1`,
        obligationId,
        contractId: id,
        sequence: 1,
        effectiveDate: draft.startDate,
        allocatedMinor: allocated,
        treatment: 'INITIAL',
      });
      em.create(ContractLineEntity, {
        id: `${id}_l${position + 1}`,
        contractId: id,
        productCode: obligation.productCode ?? obligation.id,
        description: obligation.description,
        quantity: obligation.quantity,
        unitPriceMinor: amountPerUnit(allocated, obligation.quantity),
        amountMinor: allocated,
      });
    });
    draft.billings.forEach((billing, i) => {
      em.create(BillingEntryEntity, {
        id: `${id}_b${i + 1}`,
        contractId: id,
        billDate: billing.date,
        amountMinor: billing.amountMinor,
      });
    });
    if (priced.discount.needsApproval) {
      em.create(DiscountApprovalEntity, {
        id: `da_${randomUUID()}`,
        contractId: id,
        customerId: draft.customerId,
        region,
        currency: draft.currency,
        standaloneTotalMinor: priced.discount.standaloneTotalMinor,
        transactionPriceMinor: priced.discount.transactionPriceMinor,
        discountMinor: priced.discount.discountMinor,
        discountBasisPoints: priced.discount.discountBasisPoints,
        status: 'REQUESTED',
        requestedBy: context.principal.sub,
        requestedAt: now,
      });
    }
    return contract;
  });
}
