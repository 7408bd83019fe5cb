import { DomainRefusal, amountMessage, quoted } from '../../../lib/domainRefusal';
import { formatMinor, inCurrency, minorAmountOf, minorMoneyOf, moneyPerCurrency, parseMoney } from '../../../lib/money';

describe('money', () => {
  it.each([
    [123456, 'EUR', '1234.56'],
    [5, 'USD', '0.05'],
    [-250, 'EUR', '-2.50'],
    [0, 'EUR', '0.00'],
    [1500, 'JPY', '1500'],
    [1234, 'KWD', '1.234'],
  ])('formats %d minor units of %s as %s', (minor, currency, amount) => {
    expect(formatMinor(minor, currency)).toEqual({ amount, currency });
  });

  it('round-trips through parsing', () => {
    for (const minor of [0, 1, 99, 100, 123456789012]) {
      expect(parseMoney(formatMinor(minor, 'EUR')).minor).toBe(minor);
    }
  });

  it.each([
    [{ amount: '1.234', currency: 'EUR' }],
    [{ amount: '12.5', currency: 'JPY' }],
    [{ amount: '1e5', currency: 'EUR' }],
    [{ amount: '', currency: 'EUR' }],
    [{ amount: '10', currency: 'EURO' }],
    [{ amount: '9999999999999999', currency: 'EUR' }],
  ])('refuses %j with a DomainRefusal naming the argument (BAD_USER_INPUT to the client)', (input) => {
    expect(() => parseMoney(input, 'creditLimit')).toThrow(DomainRefusal);
    expect(() => parseMoney(input, 'creditLimit')).toThrow(expect.objectContaining({ argumentName: 'creditLimit' }));
  });

  it('refuses an unsafe integer when formatting', () => {
    expect(() => formatMinor(0.5, 'EUR')).toThrow();
  });
});

describe('money in minor units', () => {
  it('reads integer minor units of any sign with a currency, normalised, and nothing else of the value', () => {
    expect(minorMoneyOf({ minor: -250, currency: ' eur ', bucket: '0-10000' })).toStrictEqual({
      minor: -250,
      currency: 'EUR',
    });
    for (const bad of [null, '12.50', { amount: '12.50', currency: 'EUR' }, { minor: 2 ** 53, currency: 'EUR' }]) {
      expect(minorMoneyOf(bad)).toBeUndefined();
    }
  });

  it('lists totals kept per currency in currency order', () => {
    const totals = new Map([
      ['USD', 500],
      ['EUR', -250],
      ['JPY', 0],
    ]);
    expect(moneyPerCurrency(totals)).toEqual([
      { minor: -250, currency: 'EUR' },
      { minor: 0, currency: 'JPY' },
      { minor: 500, currency: 'USD' },
    ]);
  });
});

describe('amounts from source systems', () => {
  it('reads integer minor units with a currency, any case, and nothing else', () => {
    expect(minorAmountOf({ minor: 500, currency: 'eur' })).toEqual({ minor: 500, currency: 'EUR' });
    for (const bad of [
      null,
      5,
      { minor: 1.5, currency: 'EUR' },
      { minor: -1, currency: 'EUR' },
      { minor: 5, currency: 'EURO' },
      { minor: 5 },
    ]) {
      expect(minorAmountOf(bad)).toBeUndefined();
    }
  });
});

describe('refusals quoting amounts', () => {
  const refusal = () =>
    new DomainRefusal(amountMessage`the residual for D would be ${quoted(-1234)}, at most ${quoted(500)}`);

  it('read in minor units until the currency is known, then in its major unit', () => {
    expect(refusal().message).toBe('the residual for D would be -1234 minor units, at most 500 minor units');
    expect(() =>
      inCurrency('EUR', () => {
        throw refusal();
      }),
    ).toThrow('the residual for D would be -12.34 EUR, at most 5.00 EUR');
    expect(() =>
      inCurrency('JPY', () => {
        throw refusal();
      }),
    ).toThrow('the residual for D would be -1234 JPY, at most 500 JPY');
    expect(() =>
      inCurrency('KWD', () => {
        throw refusal();
      }),
    ).toThrow('the residual for D would be -1.234 KWD, at most 0.500 KWD');
  });

  it('leave other errors and results alone', () => {
    expect(inCurrency('EUR', () => 42)).toBe(42);
    const plain = new Error('boom');
    expect(() =>
      inCurrency('EUR', () => {
        throw plain;
      }),
    ).toThrow(plain);
  });
});
