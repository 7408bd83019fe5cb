import {
  amountPerUnit,
  canonicalDecimal,
  compareFractions,
  decimalFraction,
  decimalProblem,
} from '../../../lib/decimal';
import { requiredDecimal } from '../../../lib/decimalInput';
import { DecimalScalar } from '../../../lib/scalars';

describe('decimals read exactly', () => {
  it.each([
    ['37.5', 375n, 10n],
    [37.5, 375n, 10n],
    ['2147483648.25', 214748364825n, 100n],
    ['0.1', 1n, 10n],
    [0.1, 1n, 10n],
    ['-3', -3n, 1n],
    [1e21, 10n ** 21n, 1n],
    ['000120.500', 120500n, 1000n],
  ])('%p is %p / %p', (value, numerator, denominator) => {
    expect(decimalFraction(value)).toEqual({ numerator, denominator });
  });

  it.each([['abc'], [''], ['1.2.3'], [Number.NaN], [Infinity], [null], [{}], ['1e99999']])(
    '%p is no decimal',
    (value) => {
      expect(decimalFraction(value)).toBeUndefined();
    },
  );

  it('compares without floats: 0.1 + 0.2 is 0.3 here', () => {
    const sum = { numerator: 1n * 10n + 2n * 10n, denominator: 100n };
    expect(compareFractions(sum, decimalFraction('0.3') as NonNullable<ReturnType<typeof decimalFraction>>)).toBe(0);
    const big = decimalFraction('123456789012345678901234567890.000000000001');
    const bigger = decimalFraction('123456789012345678901234567890.000000000002');
    expect(big && bigger && compareFractions(big, bigger)).toBe(-1);
  });

  it('writes each value once, without superfluous zeros', () => {
    const canonical = (value: string | number) =>
      canonicalDecimal(decimalFraction(value) as NonNullable<ReturnType<typeof decimalFraction>>);
    expect(['037.50', '37.5', 37.5, '3.75e1'].map(canonical)).toEqual(['37.5', '37.5', '37.5', '37.5']);
    expect(canonical('0.000')).toBe('0');
    expect(canonical('-0.50')).toBe('-0.5');
    expect(canonical('21474836480000.75')).toBe('21474836480000.75');
  });

  it('names what is wrong: too many digits, or a long number that JSON cannot carry exactly', () => {
    expect(decimalProblem('1'.repeat(31))).toMatch(/more than 30 digits before/);
    expect(decimalProblem('1.1234567890123')).toMatch(/more than 12 digits after/);
    expect(decimalProblem(Number('12345678901234567'))).toMatch(/send it as a string/);
    expect(decimalProblem(Number('0.12345678901234567'))).toMatch(/send it as a string/);
    expect(decimalProblem('12345678901234567')).toBeUndefined();
    expect(() => requiredDecimal('12,5', 'input.completedUnits')).toThrow(
      /input.completedUnits must be a decimal number like 37.5, got "12,5"/,
    );
  });

  it('serialises as a string and parses strings and numbers alike', () => {
    expect(DecimalScalar.serialize('2.50')).toBe('2.5');
    expect(DecimalScalar.serialize(4)).toBe('4');
    expect(DecimalScalar.parseValue(37.5)).toBe('37.5');
    expect(() => DecimalScalar.serialize('many')).toThrow(TypeError);
  });

  it('divides an amount by a decimal quantity, half up: 100.00 over 12.125 units is 8.25 a unit', () => {
    expect(amountPerUnit(10_000, '12.125')).toBe(825);
    expect(amountPerUnit(100_000, '2.5')).toBe(40_000);
    expect(amountPerUnit(5, '2')).toBe(3);
    expect(() => amountPerUnit(5, '0')).toThrow(RangeError);
  });
});
