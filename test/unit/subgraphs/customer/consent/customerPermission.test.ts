import type { ContactDecision } from '../../../../../subgraphs/customer/consent/contactDecision';
import { customerPermission, reachableBy } from '../../../../../subgraphs/customer/consent/customerPermission';

const ALLOWED: ContactDecision = { allowed: true, basis: 'RULE', reason: 'No signal; allowed' };
const WITHDRAWN: ContactDecision = { allowed: false, basis: 'SIGNAL', reason: 'Withdrawn (signal s1)' };

describe('reachableBy', () => {
  it('needs an address for e-mail, a number for calls and texts, a billing address for post', () => {
    const person = { id: 'c1', email: 'a@example.com', phone: null };
    expect(reachableBy(person, 'EMAIL', false)).toBe(true);
    expect(reachableBy(person, 'PHONE', true)).toBe(false);
    expect(reachableBy(person, 'SMS', true)).toBe(false);
    expect(reachableBy(person, 'POST', true)).toBe(true);
    expect(reachableBy(person, 'POST', false)).toBe(false);
  });
});

describe('customerPermission', () => {
  it('is no for a customer without contacts', () => {
    expect(customerPermission([], 'EMAIL', 'DUNNING')).toEqual({
      allowed: false,
      reason: 'The customer has no contact on file',
    });
  });

  it('is yes when one person is allowed and reachable, naming who by id', () => {
    const answer = customerPermission(
      [
        { contact: { id: 'c1', email: 'secret@example.com' }, decision: WITHDRAWN, reachable: true },
        { contact: { id: 'c2', email: 'other@example.com' }, decision: ALLOWED, reachable: true },
      ],
      'EMAIL',
      'DUNNING',
    );
    expect(answer).toEqual({
      allowed: true,
      reason: '1 of 2 contacts may be contacted for DUNNING by EMAIL: contact c2: No signal; allowed',
    });
  });

  it('is no when nobody allowed is reachable, with each person’s reason and never their values', () => {
    const answer = customerPermission(
      [
        { contact: { id: 'c1', email: 'secret@example.com' }, decision: WITHDRAWN, reachable: true },
        { contact: { id: 'c2', email: null }, decision: ALLOWED, reachable: false },
      ],
      'EMAIL',
      'DUNNING',
    );
    expect(answer).toEqual({
      allowed: false,
      reason:
        'No contact may be contacted for DUNNING by EMAIL: contact c1: Withdrawn (signal s1); contact c2: no e-mail address on file',
    });
    expect(answer.reason).not.toContain('secret');
  });
});
