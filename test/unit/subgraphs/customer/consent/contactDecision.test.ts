import { CONTACT_RULES, type ContactRules } from '../../../../../policies/contactRules';
import { decideContact, type DecidedSignal } from '../../../../../subgraphs/customer/consent/contactDecision';

const signal = (id: string, decision: DecidedSignal['decision'], givenAt: string): DecidedSignal => ({
  id,
  decision,
  givenAt: new Date(givenAt),
  receivedAt: new Date(givenAt),
  source: 'consent-hub',
});

describe('decideContact', () => {
  it('allows dunning without a signal, naming the rule and its basis', () => {
    const decision = decideContact({ purpose: 'DUNNING', channel: 'EMAIL', region: 'EU', signals: [] }, CONTACT_RULES);
    expect(decision).toMatchObject({ allowed: true, basis: 'RULE' });
    expect(decision.reason).toContain('No signal for DUNNING by EMAIL; allowed without one');
    expect(decision.reason).toContain(CONTACT_RULES.purposes.DUNNING?.rules[0].basis);
  });

  it('refuses dunning once the person withdrew (objected), with the signal and its time', () => {
    const decision = decideContact(
      {
        purpose: 'DUNNING',
        channel: 'PHONE',
        region: 'EU',
        signals: [signal('sig-9', 'WITHDRAWN', '2026-06-01T08:00:00Z')],
      },
      CONTACT_RULES,
    );
    expect(decision).toMatchObject({ allowed: false, basis: 'SIGNAL', signal: { id: 'sig-9' } });
    expect(decision.reason).toBe(
      'Withdrawn for DUNNING by PHONE at 2026-06-01T08:00:00.000Z (signal sig-9 from consent-hub)',
    );
  });

  it('needs an opt-in for marketing in the EU, and lets a grant allow it', () => {
    expect(
      decideContact({ purpose: 'MARKETING', channel: 'EMAIL', region: 'EU', signals: [] }, CONTACT_RULES).allowed,
    ).toBe(false);
    const granted = decideContact(
      {
        purpose: 'MARKETING',
        channel: 'EMAIL',
        region: 'EU',
        signals: [signal('s1', 'GRANTED', '2026-01-01T00:00:00Z')],
      },
      CONTACT_RULES,
    );
    expect(granted).toMatchObject({ allowed: true, basis: 'SIGNAL' });
  });

  it('keeps the newest signal in force when an older one is among them', () => {
    const decision = decideContact(
      {
        purpose: 'MARKETING',
        channel: 'EMAIL',
        region: 'US',
        signals: [signal('new', 'WITHDRAWN', '2026-05-01T00:00:00Z'), signal('old', 'GRANTED', '2026-04-01T00:00:00Z')],
      },
      CONTACT_RULES,
    );
    expect(decision).toMatchObject({ allowed: false, signal: { id: 'new' } });
  });

  it('decides by whatever rules it is given, and refuses a purpose no rule covers', () => {
    const rules: ContactRules = {
      ...CONTACT_RULES,
      purposes: {
        SERVICE: {
          description: 'Surveys only',
          rules: [{ withoutSignal: 'NOT_ALLOWED', basis: 'Opt-in for surveys' }],
        },
      },
    };
    expect(decideContact({ purpose: 'SERVICE', channel: 'SMS', region: 'JP', signals: [] }, rules)).toMatchObject({
      allowed: false,
      basis: 'RULE',
    });
    expect(decideContact({ purpose: 'DUNNING', channel: 'SMS', region: 'JP', signals: [] }, rules)).toEqual({
      allowed: false,
      basis: 'RULE',
      reason: 'No contact rule covers DUNNING',
    });
  });
});
