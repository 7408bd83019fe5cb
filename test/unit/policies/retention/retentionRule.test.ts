import { ISO_COUNTRY_CODES } from '../../../../lib/countries';
import {
  describeRetention,
  isPastRetention,
  keptUntil,
  latestPurgeableDate,
  retentionFor,
} from '../../../../policies/retentionRule';
import { RECORD_CLASSES, RETENTION_POLICY } from '../../../../policies/retention';

describe('retention rules', () => {
  it('covers every country for every class, by its own rule or by the default', () => {
    for (const recordClass of RECORD_CLASSES)
      for (const country of ISO_COUNTRY_CODES) {
        const applied = retentionFor(recordClass, country);
        expect(applied.country).toBe(country);
        expect(applied.years).toBeGreaterThan(0);
        expect(applied.basis).not.toBe('');
        expect(applied.by).toBe(RETENTION_POLICY.classes[recordClass].byCountry[country] ? 'RULE' : 'DEFAULT');
      }
  });

  it('keeps invoice history 10 years in DE, 7 in US and 6 in GB, by rule; the change log 7 years everywhere', () => {
    expect(retentionFor('INVOICE_HISTORY', 'DE')).toMatchObject({ years: 10, by: 'RULE' });
    expect(retentionFor('INVOICE_HISTORY', 'US')).toMatchObject({ years: 7, by: 'RULE' });
    expect(retentionFor('INVOICE_HISTORY', 'GB')).toMatchObject({ years: 6, by: 'RULE' });
    expect(retentionFor('INVOICE_HISTORY', 'BR')).toMatchObject({ years: 10, by: 'DEFAULT', country: 'BR' });
    for (const country of ['DE', 'US', 'JP'])
      expect(retentionFor('CUSTOMER_CHANGE_LOG', country)).toMatchObject({ years: 7, runsFrom: 'RECORD_DATE' });
  });

  it('judges a record without a known country by the default', () => {
    expect(retentionFor('INVOICE_HISTORY', null)).toMatchObject({ by: 'DEFAULT', country: null, years: 10 });
    expect(retentionFor('INVOICE_HISTORY', 'UK')).toMatchObject({ by: 'DEFAULT', country: null });
  });

  it('runs commercial periods from the end of the calendar year of the record date', () => {
    const de = retentionFor('INVOICE_HISTORY', 'DE');
    expect(keptUntil(de, '2015-03-10')).toBe('2025-12-31');
    expect(keptUntil(de, '2015-12-31')).toBe('2025-12-31');
    expect(isPastRetention(de, '2015-03-10', '2025-12-31')).toBe(false);
    expect(isPastRetention(de, '2015-03-10', '2026-01-01')).toBe(true);
  });

  it('runs the change log period from the change itself, a leap day ending on 28 February', () => {
    const log = retentionFor('CUSTOMER_CHANGE_LOG', 'DE');
    expect(keptUntil(log, '2019-06-15')).toBe('2026-06-15');
    expect(keptUntil(log, '2020-02-29')).toBe('2027-02-28');
    expect(isPastRetention(log, '2019-06-15', '2026-06-15')).toBe(false);
    expect(isPastRetention(log, '2019-06-15', '2026-06-16')).toBe(true);
  });

  it('bounds the dates a purge must look at: nothing later can be past any rule', () => {
    for (const recordClass of RECORD_CLASSES) {
      const bound = latestPurgeableDate(recordClass, '2026-12-05');
      const dayAfter = new Date(Date.parse(`${bound}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      for (const country of [null, ...ISO_COUNTRY_CODES])
        expect(isPastRetention(retentionFor(recordClass, country), dayAfter, '2026-12-05')).toBe(false);
    }
    expect(latestPurgeableDate('INVOICE_HISTORY', '2026-12-05')).toBe('2020-12-04');
  });

  it('describes the rule applied, naming the basis', () => {
    expect(describeRetention(retentionFor('INVOICE_HISTORY', 'GB'))).toBe(
      'INVOICE_HISTORY GB: 6 years from the end of the calendar year (Companies Act 2006 s.388 and VAT Regulations 1995 reg. 31: six years)',
    );
    expect(describeRetention(retentionFor('INVOICE_HISTORY', 'BR'))).toMatch(
      /^INVOICE_HISTORY default for BR: 10 years/,
    );
  });
});
