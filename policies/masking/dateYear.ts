import { defineMask } from './mask';

const PATTERN: Readonly<Record<'Date' | 'DateTime', RegExp>> = Object.freeze({
  Date: /^(\d{4})-(\d{2})-(\d{2})$/,
  // UTC only: with an offset the calendar year could differ from the one written.
  DateTime: /^(\d{4})-(\d{2})-(\d{2})T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/,
});

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The four-digit year of a well-formed, real calendar date or instant, else null. */
function yearOf(value: unknown, pattern: RegExp): string | null {
  const match = typeof value === 'string' ? pattern.exec(value) : null;
  if (!match) return null;
  const [, year, month, day] = match;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return null;
  const dayNumber = Number(day);
  return dayNumber >= 1 && dayNumber <= daysInMonth(Number(year), monthNumber) ? year : null;
}

/**
 * DATE_YEAR: truncates to 1 January of the year. An instant may come as a Date (resolvers return
 * them so, lib/scalars.ts). Unparseable input becomes null rather than leak through.
 */
export const dateYear = defineMask({
  strategy: 'DATE_YEAR',
  kinds: ['Date', 'DateTime'],
  rank: 8,
  description: 'Replaces a date or timestamp with 1 January of its year',
  apply(value, kind): string | null {
    const dateKind = kind === 'Date' ? 'Date' : 'DateTime';
    const text = value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value;
    const year = yearOf(text, PATTERN[dateKind]);
    if (year === null) return null;
    return dateKind === 'Date' ? `${year}-01-01` : `${year}-01-01T00:00:00.000Z`;
  },
});
