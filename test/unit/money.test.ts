import { formatMinor, parseMoney } from '../../lib/money';

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
  ])('refuses %j with BAD_USER_INPUT', (input) => {
    expect(() => parseMoney(input)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
  });

  it('refuses an unsafe integer when formatting', () => {
    expect(() => formatMinor(0.5, 'EUR')).toThrow();
  });
});
