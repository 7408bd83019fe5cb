/**
 * Calendar dates as ISO strings (`2026-11-28`) and months as `2026-11`, computed in UTC so a
 * date never shifts with the machine's time zone. Revenue is scheduled by day and reported by month.
 * Instants are ISO 8601 text with a time and a zone (`2026-11-28T09:00:00Z`, or an offset).
 */

const DAY_MS = 86_400_000;
/** Business dates live in these years; beyond them, ISO strings stop sorting like the dates they name. */
const ISO_DATE = /^([12]\d{3})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^([12]\d{3})-(\d{2})$/;
const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function toMs(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A real calendar date in ISO form, years 1000 to 2999 (rejects 2026-02-30). Counted rather than
 * parsed: every Date scalar a quality run reads is checked, millions of them.
 */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]);
}

/** An instant in ISO 8601 on a real calendar date, with its zone: Z or an offset such as +01:00. */
export function isIsoInstant(value: string): boolean {
  const match = ISO_INSTANT.exec(value);
  return match !== null && isIsoDate(match[1]) && !Number.isNaN(Date.parse(value));
}

export function isIsoMonth(value: string): boolean {
  const match = ISO_MONTH.exec(value);
  return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

export function addDays(date: string, days: number): string {
  return new Date(toMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Adds calendar months; a day past the target month's end rolls over as JavaScript dates do. */
export function addMonths(date: string, months: number): string {
  const d = new Date(toMs(date));
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** Days from `from` to `to`: 0 for the same day, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function firstDayOfMonth(month: string): string {
  return `${month}-01`;
}

export function lastDayOfMonth(month: string): string {
  return addDays(firstDayOfMonth(nextMonth(month)), -1);
}

export function nextMonth(month: string): string {
  return addMonths(firstDayOfMonth(month), 1).slice(0, 7);
}

/** Every month from `from` to `to`, both included (empty when `to` is earlier). */
export function monthsFromTo(from: string, to: string): string[] {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
  const months: string[] = [];
  for (let i = index(from); i <= index(to); i += 1)
    months.push(`${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`);
  return months;
}

export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
