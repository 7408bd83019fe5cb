import { compilePolicy, PolicyError } from '../../../policies/compile';
import { POLICY } from '../../../policies/policy';
import { gatePurpose } from '../../../policies/purposeGating';
import { isPurpose, purposesInGrants } from '../../../policies/purposes';
import { who } from '../../support/principals';

describe('purpose gating', () => {
  const supportAgent = who(['customer_service'], ['EU'], 'support');

  it('honours a purpose an approved DPIA covers, and leaves the principal as it is', () => {
    expect(gatePurpose(supportAgent, new Set(['support']))).toEqual({ principal: supportAgent });
  });

  it('drops a purpose no approved DPIA covers, and says which it was', () => {
    expect(gatePurpose(supportAgent, new Set(['analytics']))).toEqual({
      principal: { sub: 'someone', roles: ['customer_service'], regions: ['EU'] },
      purposeNotHonoured: 'support',
    });
  });

  it('honours nothing when the register could not be read (an empty set: fail closed)', () => {
    expect(gatePurpose(supportAgent, new Set()).principal.purpose).toBeUndefined();
  });

  it('leaves a principal without a purpose alone', () => {
    const steward = who(['data_steward']);
    expect(gatePurpose(steward, new Set())).toEqual({ principal: steward });
  });
});

describe('the purposes the policy depends on', () => {
  it('lists every grant that depends on a purpose, for the reviewer to see which need an approved DPIA', () => {
    expect(purposesInGrants(POLICY)).toEqual({ support: ['customer_service / PII'] });
  });

  it('names only purposes a DPIA can be written for', () => {
    for (const purpose of Object.keys(purposesInGrants(POLICY))) expect(isPurpose(purpose)).toBe(true);
  });

  it('is refused by the compiler when a grant depends on a purpose nobody declared', () => {
    const policy = structuredClone(POLICY) as typeof POLICY;
    policy.roles.customer_service.grants.PII = { ...policy.roles.customer_service.grants.PII!, purposes: ['gossip'] };
    expect(() => compilePolicy(policy, [])).toThrow(PolicyError);
    expect(() => compilePolicy(policy, [])).toThrow(/unknown purpose "gossip"/);
  });
});
