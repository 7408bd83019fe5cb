import { addMonths, isIsoDate, isIsoMonth, lastDayOfMonth, monthsFromTo } from '../../../lib/calendar';
import { Kind } from 'graphql';
import { requiredDate, requiredInstant } from '../../../lib/dateInput';
import { DateScalar, DateTimeScalar } from '../../../lib/scalars';
import { optionalText, requiredReason, requiredText } from '../../../lib/textInput';

const code = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: string; argumentName?: string } }).extensions;
  }
  return undefined;
};

describe('free-text arguments', () => {
  it('are trimmed, required text refuses blank and too long, naming the field', () => {
    expect(requiredText('  Net 30  ', 'terms', 10)).toBe('Net 30');
    expect(code(() => requiredText('   ', 'terms', 10))).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'terms' });
    expect(code(() => requiredText('x'.repeat(11), 'terms', 10))).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'terms',
    });
    expect(optionalText('  ', 'note', 10)).toBeNull();
    expect(optionalText(null, 'note', 10)).toBeNull();
    expect(requiredReason('x'.repeat(500))).toHaveLength(500);
    expect(code(() => requiredReason('x'.repeat(501)))?.argumentName).toBe('reason');
  });
});

describe('date arguments', () => {
  it('accept real days of business years only, and instants in ISO 8601', () => {
    expect(requiredDate('2024-02-29', 'd')).toBe('2024-02-29');
    for (const bad of ['2026-02-30', '2026-13-01', '9999-12-31', '26-11-28', '', 20261128, null])
      expect([bad, code(() => requiredDate(bad, 'd'))?.code]).toEqual([bad, 'BAD_USER_INPUT']);
    expect(requiredInstant('2026-11-28T09:00:00Z', 't').toISOString()).toBe('2026-11-28T09:00:00.000Z');
    expect(requiredInstant('2026-11-28T10:00:00+01:00', 't').toISOString()).toBe('2026-11-28T09:00:00.000Z');
    expect(code(() => requiredInstant('yesterday', 't'))).toEqual({ code: 'BAD_USER_INPUT', argumentName: 't' });
    for (const bad of ['2026-11-28', '2026-02-30T09:00:00Z', '2026-11-28T25:00:00Z', '2026-11-28 09:00:00Z'])
      expect([bad, code(() => requiredInstant(bad, 't'))?.code]).toEqual([bad, 'BAD_USER_INPUT']);
  });

  it('are what the Date and DateTime scalars read, and what they write back is the ISO text', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '2024-02-29' })).toBe('2024-02-29');
    expect(code(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20240229' }))?.code).toBe('BAD_USER_INPUT');
    expect(DateScalar.serialize('2024-02-29')).toBe('2024-02-29');
    expect(() => DateScalar.serialize(new Date())).toThrow(TypeError);
    expect((DateTimeScalar.parseValue('2026-11-28T09:00:00Z') as Date).toISOString()).toBe('2026-11-28T09:00:00.000Z');
    expect(code(() => DateTimeScalar.parseValue('yesterday'))?.code).toBe('BAD_USER_INPUT');
    expect(DateTimeScalar.serialize(new Date('2026-11-28T09:00:00Z'))).toBe('2026-11-28T09:00:00.000Z');
    // An instant kept as text (the audit trail's) is written back exactly as kept.
    expect(DateTimeScalar.serialize('2026-11-28T09:00:00Z')).toBe('2026-11-28T09:00:00Z');
    expect(() => DateTimeScalar.serialize('2026-11-28T10:00:00+01:00')).toThrow(TypeError);
  });
});

describe('the calendar', () => {
  it('counts months across years, and knows month ends', () => {
    expect(monthsFromTo('2026-11', '2027-02')).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsFromTo('2027-01', '2026-12')).toEqual([]);
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(addMonths('2026-11-30', 1)).toBe('2026-12-30');
    expect([isIsoMonth('2026-00'), isIsoMonth('2999-12'), isIsoMonth('9999-12'), isIsoDate('1000-01-01')]).toEqual([
      false,
      true,
      false,
      true,
    ]);
  });

  it('knows a real date from one the calendar lacks, as the Date round trip does', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    const roundTrip = (text: string) => {
      const ms = Date.parse(`${text}T00:00:00.000Z`);
      return !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === text;
    };
    const disagreements: string[] = [];
    for (const year of [1000, 1600, 1900, 2000, 2023, 2024, 2100, 2400, 2999])
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          if (isIsoDate(text) !== roundTrip(text)) disagreements.push(text);
        }
    expect(disagreements).toEqual([]);
    expect(['0999-12-31', '3000-01-01', '2026-1-01', '2026-01-01T00:00Z', ' 2026-01-01'].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
