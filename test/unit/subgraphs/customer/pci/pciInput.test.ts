import { GraphQLError } from 'graphql';
import { toBankAccountFields, toIban, toPaymentCardFields } from '../../../../../subgraphs/customer/pci/input';
import { requiredReason } from '../../../../../lib/textInput';

const IBAN = 'DE89 3704 0044 0532 0130 00';
const PAN = '4111 1111 1111 1111';
const NOW = new Date('2026-11-28T12:00:00.000Z');

/** The BAD_USER_INPUT error `run` throws, as message and argument name. */
function refusal(run: () => unknown): { message: string; argumentName: unknown } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { message, extensions } = error as GraphQLError;
    expect(extensions.code).toBe('BAD_USER_INPUT');
    return { message, argumentName: extensions.argumentName };
  }
  throw new Error('expected a refusal');
}

describe('bank account input', () => {
  it('normalises the IBAN and the codes', () => {
    expect(
      toBankAccountFields({ iban: IBAN, bic: ' cobadeffxxx ', accountHolder: ' Acme GmbH ', currency: 'eur' }),
    ).toEqual({
      iban: 'DE89370400440532013000',
      bic: 'COBADEFFXXX',
      accountHolder: 'Acme GmbH',
      currency: 'EUR',
    });
    expect(toBankAccountFields({ iban: IBAN })).toEqual({
      iban: 'DE89370400440532013000',
      bic: null,
      accountHolder: null,
      currency: null,
    });
  });

  it('names the field at fault without repeating the IBAN', () => {
    const wrong = 'DE88 3704 0044 0532 0130 00';
    const { message, argumentName } = refusal(() => toBankAccountFields({ iban: wrong }));
    expect(argumentName).toBe('iban');
    expect(message).toMatch(/^iban is not a valid IBAN: /);
    expect(message).not.toContain(wrong);
    expect(message).not.toContain(wrong.replace(/ /g, ''));
    expect(refusal(() => toBankAccountFields({ iban: IBAN, bic: 'COBA' })).argumentName).toBe('bic');
    expect(refusal(() => toBankAccountFields({ iban: IBAN, currency: 'EURO' })).argumentName).toBe('currency');
    expect(refusal(() => toBankAccountFields({ iban: IBAN, accountHolder: ' ' })).argumentName).toBe('accountHolder');
    expect(refusal(() => toIban('US12 3456 7890', 'iban')).message).toMatch(/country that uses IBANs/);
  });

  it('wants a reason of 1 to 500 characters', () => {
    expect(requiredReason('  Direct debit mandate signed ')).toBe('Direct debit mandate signed');
    expect(refusal(() => requiredReason(' ')).argumentName).toBe('reason');
    expect(refusal(() => requiredReason('x'.repeat(501))).argumentName).toBe('reason');
  });
});

describe('payment card input', () => {
  it('keeps the number for tokenising, without separators', () => {
    expect(toPaymentCardFields({ number: PAN, expiryMonth: 3, expiryYear: 2029 }, NOW)).toEqual({
      pan: '4111111111111111',
      expiryMonth: 3,
      expiryYear: 2029,
    });
  });

  it('refuses a number failing Luhn or of the wrong length, without repeating it', () => {
    for (const number of [
      '4111 1111 1111 1112',
      '4111-1111-1111-111',
      '4111 1111 1111 1111 1111',
      'card 4111 1111 1111 1111',
    ]) {
      const { message, argumentName } = refusal(() =>
        toPaymentCardFields({ number, expiryMonth: 3, expiryYear: 2029 }, NOW),
      );
      expect(argumentName).toBe('number');
      expect(message).not.toMatch(/\d{4}/);
    }
  });

  it('accepts a card through the end of its expiry month and refuses it after', () => {
    expect(toPaymentCardFields({ number: PAN, expiryMonth: 11, expiryYear: 2026 }, NOW).expiryMonth).toBe(11);
    expect(refusal(() => toPaymentCardFields({ number: PAN, expiryMonth: 10, expiryYear: 2026 }, NOW)).message).toBe(
      'the card has expired',
    );
    expect(refusal(() => toPaymentCardFields({ number: PAN, expiryMonth: 12, expiryYear: 2025 }, NOW)).message).toBe(
      'the card has expired',
    );
  });

  it('refuses impossible expiry dates', () => {
    expect(
      refusal(() => toPaymentCardFields({ number: PAN, expiryMonth: 13, expiryYear: 2029 }, NOW)).argumentName,
    ).toBe('expiryMonth');
    expect(
      refusal(() => toPaymentCardFields({ number: PAN, expiryMonth: 0, expiryYear: 2029 }, NOW)).argumentName,
    ).toBe('expiryMonth');
    expect(
      refusal(() => toPaymentCardFields({ number: PAN, expiryMonth: 1, expiryYear: 2047 }, NOW)).argumentName,
    ).toBe('expiryYear');
    expect(refusal(() => toPaymentCardFields({ number: PAN, expiryMonth: 1, expiryYear: 29 }, NOW)).message).toBe(
      'the card has expired',
    );
  });
});
