import { CONTACT_RULES } from '../../../../../policies/contactRules';
import {
  parseConsentBatch,
  type ConsentBatchArgument,
} from '../../../../../subgraphs/customer/consent/consentBatchInput';

const NOW = new Date('2026-12-05T12:00:00Z');
type Signal = ConsentBatchArgument['signals'][number];

function batch(...signals: Partial<Signal>[]): ConsentBatchArgument {
  return {
    batchId: ' b-1 ',
    source: 'consent-hub',
    signals: signals.map((signal, index) => ({
      signalId: `s-${index}`,
      customerId: 'cus_1',
      contactId: 'ct_1',
      channel: 'EMAIL',
      purpose: 'MARKETING',
      decision: 'GRANTED',
      givenAt: new Date('2026-12-01T00:00:00Z'),
      ...signal,
    })),
  };
}

function refusal(input: ConsentBatchArgument, rules = CONTACT_RULES): unknown {
  try {
    parseConsentBatch(input, NOW, rules);
  } catch (error) {
    const { message, extensions } = error as { message: string; extensions: { code: string } };
    return { code: extensions.code, message };
  }
  return 'accepted';
}

describe('parseConsentBatch', () => {
  it('reads a batch, trimming ids and folding an e-mail address to lower case', () => {
    const parsed = parseConsentBatch(
      batch({}, { contactId: null, contactEmail: ' Ada@Example.COM ', decision: 'WITHDRAWN' }),
      NOW,
      CONTACT_RULES,
    );
    expect(parsed.batchId).toBe('b-1');
    expect(parsed.signals.map((signal) => signal.contact)).toEqual([
      { contactId: 'ct_1' },
      { email: 'ada@example.com' },
    ]);
  });

  it.each([
    ['an empty batch', batch(), 'a batch holds 1 to 1000 signals'],
    [
      'a signal given in the future',
      batch({ givenAt: new Date('2026-12-06T00:00:00Z') }),
      'givenAt lies in the future',
    ],
    [
      'both contact references',
      batch({ contactEmail: 'a@example.com' }),
      'name the contact by contactId or by contactEmail',
    ],
    ['no contact reference', batch({ contactId: ' ' }), 'name the contact by contactId or by contactEmail'],
    [
      'a malformed address',
      batch({ contactId: null, contactEmail: 'not-an-address' }),
      'contactEmail is not an e-mail address',
    ],
    ['a signal id twice', batch({ signalId: 'x' }, { signalId: 'x' }), 'signal x appears twice in the batch'],
    ['a blank signal id', batch({ signalId: '  ' }), 'every signal needs a signalId of 1 to 128 characters'],
    ['a long customer id', batch({ customerId: 'c'.repeat(41) }), 'customerId must be 1 to 40 characters'],
  ])('refuses the whole batch for %s', (_label, input, message) => {
    expect(refusal(input)).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining(message) });
  });

  it('refuses a purpose the rules in force say nothing about', () => {
    const { MARKETING: _left, ...others } = CONTACT_RULES.purposes;
    expect(refusal(batch({ purpose: 'MARKETING' }), { ...CONTACT_RULES, purposes: others })).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'signal s-0: purpose must be one of DUNNING, SERVICE',
    });
  });

  it('never quotes an e-mail address back', () => {
    expect(JSON.stringify(refusal(batch({ contactId: null, contactEmail: 'ada lovelace@example.com' })))).not.toContain(
      'lovelace',
    );
  });

  it('refuses a blank batch id or source', () => {
    expect(refusal({ ...batch({}), batchId: ' ' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(refusal({ ...batch({}), source: 'x'.repeat(65) })).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
