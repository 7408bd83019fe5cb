import { POLICY } from '../../../policies/policy';
import { ATTRIBUTE_WRITERS, reviewedMutations, reviewedRoles } from '../../../policies/reviewedAccess';

/** The roles an access review covers follow the policy's grants of the mutations that write payment terms and credit limits. */

describe('the roles under access review', () => {
  it('are those the policy grants a mutation writing payment terms or credit limits', () => {
    expect(reviewedRoles(POLICY)).toEqual(['admin', 'credit_analyst', 'data_steward']);
  });

  it('follow a changed grant: a role granted updateCustomer is reviewed, one no longer granted any writer is not', () => {
    const mutations = { ...POLICY.mutations, 'Mutation.updateCustomer': { roles: ['admin', 'billing_ops'] as const } };
    expect(reviewedRoles({ mutations })).toEqual(['admin', 'billing_ops', 'credit_analyst', 'data_steward']);
    const withoutCredit = Object.fromEntries(
      Object.entries(POLICY.mutations).map(([coordinate, grant]) => [
        coordinate,
        { ...grant, roles: grant.roles?.filter((role) => role !== 'credit_analyst') },
      ]),
    );
    expect(reviewedRoles({ mutations: withoutCredit })).toEqual(['admin', 'data_steward']);
  });

  it('leave out services: a Custos process granted a writer is no person to review', () => {
    const mutations = { ...POLICY.mutations, 'Mutation.applyChanges': { services: ['customer'] } };
    expect(reviewedRoles({ mutations }, { 'Customer.creditLimit': ['Mutation.applyChanges'] })).toEqual([]);
  });

  it('name only mutations the policy knows, so a renamed mutation cannot drop out of the review unnoticed', () => {
    for (const mutation of reviewedMutations()) expect(POLICY.mutations[mutation]).toBeDefined();
    expect(reviewedMutations()).toEqual([...new Set(Object.values(ATTRIBUTE_WRITERS).flat())].sort());
    expect(reviewedMutations()).toContain('Mutation.approveCreditLimitChange');
  });
});
