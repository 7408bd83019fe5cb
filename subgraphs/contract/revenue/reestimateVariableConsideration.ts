import { randomUUID } from 'node:crypto';
import { badUserInput } from '../../../lib/errors';
import { inCurrency } from '../../../lib/money';
import { requiredReason } from '../../../lib/textInput';
import type { ContractContext } from '../context';
import { ContractModificationEntity } from '../entities/ContractModification';
import { changeVariableConsideration } from '../revrec/variableConsiderationChange';
import { estimateVariableConsideration } from '../revrec/variableConsideration';
import type { VariableConsiderationEstimateInput } from '../generated/resolvers';
import type { ContractModificationParent } from '../parents';
import { appendRevisions, impactColumns, openForChange } from './contractChange';
import { componentKey, toVariableEstimate } from './contractInput';
import { variableComponentsOf } from './contractTerms';

/**
 * A component of variable consideration re-estimated at a reporting date (ASC 606-10-32-42 to
 * 32-45): the new estimate replaces the component's, the change in the transaction price becomes
 * allocation revisions caught up on that date, and the change is kept in the contract's trail of
 * modifications with who, when, why and its revenue impact.
 */
export async function reestimateVariableConsideration(
  context: ContractContext,
  input: VariableConsiderationEstimateInput,
): Promise<ContractModificationParent> {
  const reason = requiredReason(input.reason);
  const key = componentKey(input.key, 'key');
  const { asOf } = input;

  return context.em.transactional(async (em) => {
    const change = await openForChange(em, context, input.contractId, asOf, 'a re-estimate', { readsAmounts: true });
    const { contract, modifications, existing } = change;
    const { currency } = contract;
    const components = variableComponentsOf(contract);
    const component = components.find((c) => c.key === key);
    if (!component) {
      const known = components.map((c) => c.key).join(', ') || 'none';
      throw badUserInput(`contract ${contract.id} has no variable consideration ${key} (it has: ${known})`, 'key');
    }
    if (asOf < component.asOf)
      throw badUserInput(`asOf ${asOf} is before the component's last estimate (${component.asOf})`, 'asOf');
    const estimateInput = toVariableEstimate(input, currency, 'input');
    const estimate = inCurrency(currency, () => estimateVariableConsideration(estimateInput));
    const result = inCurrency(currency, () =>
      changeVariableConsideration(existing, {
        effectiveDate: asOf,
        changeMinor: estimate.includedMinor - component.includedMinor,
        allocateTo: component.allocatedTo.map((obligationKey) => `${contract.id}.${obligationKey}`),
      }),
    );

    const id = `cm_${randomUUID()}`;
    const record = em.create(ContractModificationEntity, {
      id,
      contractId: contract.id,
      sequence: modifications.length + 1,
      type: 'VARIABLE_CONSIDERATION',
      effectiveDate: asOf,
      reason,
      requestedBy: context.principal.sub,
      createdAt: new Date(),
      considerationChangeMinor: estimate.includedMinor - component.includedMinor,
      priceConcessionMinor: 0,
      ...impactColumns(result),
      terms: {
        variableConsideration: {
          key,
          method: estimate.method,
          estimateBeforeMinor: component.estimateMinor,
          includedBeforeMinor: component.includedMinor,
          constrainedBefore: component.constrained,
          estimateAfterMinor: estimate.estimateMinor,
          includedAfterMinor: estimate.includedMinor,
          constrainedAfter: estimate.constrained,
          outcomes: estimateInput.outcomes,
          highlyProbableMinor: estimateInput.highlyProbableMinor ?? null,
        },
      },
    });
    await em.flush();
    appendRevisions(em, change, result.revisions, id);
    contract.variableConsideration = components.map((c) => (c.key === key ? { ...c, ...estimate, asOf } : c));
    contract.totalValueMinor = result.transactionPriceAfterMinor;
    return { ...record, currency, region: contract.region, customerId: contract.customerId };
  });
}
