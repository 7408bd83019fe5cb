/**
 * Value normalisation, done once per record and field before blocking and comparison:
 * trim, lower-case, collapse inner whitespace; blank becomes undefined (missing).
 */

export function normaliseValue(value: string | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  let v = value.trim();
  if (v.length === 0) return undefined;
  v = v.toLowerCase();
  if (needsWhitespaceCollapse(v)) v = v.replace(/\s+/g, ' ');
  return v;
}

/** Two whitespace characters in a row, or whitespace other than a plain space (cheap scan). */
function needsWhitespaceCollapse(v: string): boolean {
  let previousSpace = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return true;
      previousSpace = true;
    } else if (
      (c >= 9 && c <= 13) ||
      c === 160 ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0xfeff ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x3000 ||
      c === 0x1680 ||
      c === 0x202f ||
      c === 0x205f
    ) {
      return true;
    } else {
      previousSpace = false;
    }
  }
  return false;
}

/**
 * Days since 1970-01-01 for a YYYYMMDD string (separators such as "-" or "/" are ignored:
 * "1985-03-07" works too); NaN when it is not a valid calendar date.
 */
export function dayNumber(value: string | undefined): number {
  if (value === undefined) return Number.NaN;
  let digits = value;
  if (digits.length !== 8) digits = digits.replace(/[^0-9]/g, '');
  if (digits.length !== 8) return Number.NaN;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 8; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    if (i < 4) year = year * 10 + d;
    else if (i < 6) month = month * 10 + d;
    else day = day * 10 + d;
  }
  if (month < 1 || month > 12 || day < 1) return Number.NaN;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : DAYS_IN_MONTH[month - 1];
  if (day > daysInMonth) return Number.NaN;
  // Days from the civil date (proleptic Gregorian), without allocating a Date.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A finite number, or NaN ("1,234.5" and "1234.5" both parse; anything else is NaN). */
export function numberValue(value: string | undefined): number {
  if (value === undefined) return Number.NaN;
  const cleaned = value.indexOf(',') >= 0 ? value.replace(/,/g, '') : value;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cleaned)) return Number.NaN;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : Number.NaN;
}
