import type { Role } from '../lib/roles';
import type { Policy } from './policy';

/**
 * What an access review covers: who can change the payment terms and credit limits of customers.
 * Which mutations write those attributes is read from the code that writes them (as data here);
 * which roles may run those mutations is the policy's to say, so the roles under review follow the
 * policy's grants: grant one of these mutations to another role and that role is reviewed too.
 */

export const REVIEWED_ATTRIBUTES = ['Customer.paymentTerms', 'Customer.creditLimit'] as const;
export type ReviewedAttribute = (typeof REVIEWED_ATTRIBUTES)[number];

/** Mutations that change each attribute, directly or through the golden record it is derived into. */
export const ATTRIBUTE_WRITERS: Readonly<Record<ReviewedAttribute, readonly string[]>> = {
  'Customer.paymentTerms': [
    // A steward's or analyst's edit (subgraphs/customer/changeCustomer.ts).
    'Mutation.updateCustomer',
    // Source records and change events decide the golden record's value by survivorship (ingestion/).
    'Mutation.ingestSourceRecords',
    'Mutation.applyChanges',
    'Mutation.retryFailedInputs',
    // A merge or unmerge recomputes the surviving golden record (ingestion/merges.ts).
    'Mutation.mergeCustomers',
    'Mutation.unmergeCustomers',
  ],
  'Customer.creditLimit': [
    'Mutation.updateCustomer',
    // The second person's approval applies a raise (credit/creditLimitChanges.ts).
    'Mutation.approveCreditLimitChange',
    // Score bands set limits (credit/refreshCreditScores.ts).
    'Mutation.refreshCreditScores',
    'Mutation.ingestSourceRecords',
    'Mutation.applyChanges',
    'Mutation.retryFailedInputs',
    'Mutation.mergeCustomers',
    'Mutation.unmergeCustomers',
  ],
};

/** Every mutation that writes a reviewed attribute, sorted. */
export function reviewedMutations(writers: Readonly<Record<string, readonly string[]>> = ATTRIBUTE_WRITERS): string[] {
  return [...new Set(Object.values(writers).flat())].sort();
}

/** The roles granted at least one reviewed mutation by the policy, sorted; service grants are no person's role. */
export function reviewedRoles(
  policy: Pick<Policy, 'mutations'>,
  writers: Readonly<Record<string, readonly string[]>> = ATTRIBUTE_WRITERS,
): Role[] {
  const roles = new Set(reviewedMutations(writers).flatMap((mutation) => policy.mutations[mutation]?.roles ?? []));
  return [...roles].sort();
}
