import { parse, print } from 'graphql';
import { redactLiterals } from '../../../../gateway/governance/redactLiterals';
import { scrubSecrets } from '../../../../lib/scrubSecrets';

describe('scrubbing card and account numbers out of text', () => {
  it.each([
    [
      'String cannot represent a non string value: 4111111111111111',
      'String cannot represent a non string value: [redacted]',
    ],
    ['card 4111 1111 1111 1111 refused', 'card [redacted] refused'],
    ['card 5555-5555-5555-4444 refused', 'card [redacted] refused'],
    ['IBAN DE89 3704 0044 0532 0130 00 is wrong', 'IBAN [redacted] is wrong'],
    ['IBAN de89370400440532013000 is wrong', 'IBAN [redacted] is wrong'],
  ])('%s', (input, expected) => {
    expect(scrubSecrets(input)).toBe(expected);
  });

  it('leaves ordinary messages alone', () => {
    for (const text of [
      '`first` must be between 1 and 100',
      'no customer with id cus_000042',
      'amount 1250.00 EUR exceeds 999.00',
      'invoice INV-2026-0000421102',
      // A UUID whose last group happens to look like the start of an IBAN.
      'the credit limit change clc_0c1f2a3b-1234-4abc-8def-ab12cdef3456 was requested',
    ]) {
      expect(scrubSecrets(text)).toBe(text);
    }
  });
});

describe('redacting literals in audited operation text', () => {
  it('replaces strings and long numbers, keeps short numbers and enums', () => {
    const document = parse(
      '{ customerByIban(iban: "DE89370400440532013000") { id } customers(first: 20, filter: { region: EU }) { edges { node { id } } } x: contract(id: 4111111111111111) { id } }',
    );
    const text = print(redactLiterals(document));
    expect(text).not.toContain('DE8937');
    expect(text).not.toContain('4111111111111111');
    expect(text).toContain('iban: "[redacted]"');
    expect(text).toContain('first: 20');
    expect(text).toContain('region: EU');
  });

  it('replaces numbers and booleans inside input objects and lists, which may be fields of classified attributes', () => {
    const text = print(
      redactLiterals(
        parse(
          `mutation {
            addPaymentCard(customerId: "c", input: { number: "4111111111111111", expiryMonth: 7, expiryYear: 2031 }) { id }
            updateCustomer(id: "c", reason: "r", input: { creditHold: true }) { id }
            x: customers(first: 20) { totalCount }
          }`,
        ),
      ),
    );
    expect(text).not.toMatch(/expiryMonth: 7|2031|creditHold: true/);
    expect(text).toContain('expiryMonth: "[redacted]"');
    expect(text).toContain('first: 20');
  });
});
