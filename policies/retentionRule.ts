import { isCountryCode } from '../lib/countries';
import { RETENTION_POLICY, type RecordClass, type RetentionPeriod } from './retention';

/**
 * Which retention period applies to a record, and until when the record is kept. Terms: a record's
 * `date` is a calendar day (YYYY-MM-DD); `keptUntil` is the last day of its retention period; the
 * record may be removed on any day after it.
 */

export interface AppliedRetention extends RetentionPeriod {
  recordClass: RecordClass;
  /** The country the record was judged by, or null when its customer's country is not known. */
  country: string | null;
  /** RULE: the country has a rule of its own; DEFAULT: the class's default covers it. */
  by: 'RULE' | 'DEFAULT';
}

export function retentionFor(recordClass: RecordClass, country: string | null | undefined): AppliedRetention {
  const retention = RETENTION_POLICY.classes[recordClass];
  const known = country && isCountryCode(country) ? country : null;
  const rule = known ? retention.byCountry[known] : undefined;
  return rule
    ? { ...rule, recordClass, country: known, by: 'RULE' }
    : { ...retention.default, recordClass, country: known, by: 'DEFAULT' };
}

/** The last day the record must be kept (a leap day's anniversary falls on 28 February). */
export function keptUntil(period: RetentionPeriod, date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (period.runsFrom === 'END_OF_YEAR') return `${year + period.years}-12-31`;
  const end = new Date(Date.UTC(year + period.years, month - 1, day));
  if (end.getUTCMonth() !== month - 1) end.setUTCDate(0);
  return end.toISOString().slice(0, 10);
}

/** Whether the record's retention is over on `asOf`. */
export function isPastRetention(period: RetentionPeriod, date: string, asOf: string): boolean {
  return keptUntil(period, date) < asOf;
}

/** The period in words, for a purge report: "10 years from the end of the year (HGB ...)". */
export function describeRetention(applied: AppliedRetention): string {
  const from = applied.runsFrom === 'END_OF_YEAR' ? 'from the end of the calendar year' : 'from the record date';
  const where = applied.by === 'RULE' ? applied.country : `default${applied.country ? ` for ${applied.country}` : ''}`;
  return `${applied.recordClass} ${where}: ${applied.years} years ${from} (${applied.basis})`;
}

/**
 * The latest record date that can be past retention on `asOf` under any rule of the class: records
 * dated after it are kept whatever their country, so the purge need not look at them.
 */
export function latestPurgeableDate(recordClass: RecordClass, asOf: string): string {
  const retention = RETENTION_POLICY.classes[recordClass];
  const periods = [retention.default, ...Object.values(retention.byCountry)];
  const [year, month, day] = asOf.split('-').map(Number);
  const shortest = Math.min(...periods.map((period) => period.years));
  // Going back the shortest period (and a day) from asOf bounds both ways a period can start.
  const bound = new Date(Date.UTC(year - shortest, month - 1, day - 1));
  return bound.toISOString().slice(0, 10);
}
