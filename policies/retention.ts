import type { CountryCode } from '../lib/countries';

/**
 * How long Custos keeps each class of record, per jurisdiction (the customer's billing country,
 * ISO 3166-1 alpha-2), and why: the retention schedule a compliance reviewer signs off. Every
 * country is covered: by a rule of its own, or else by its class's default. The purge
 * (runRetentionPurge) removes a record only once its period is over and no legal hold covers it.
 *
 * When a period starts: commercial and tax retention (HGB §257(5), AO §147(4), and most others)
 * runs from the end of the calendar year the record is dated in, so an invoice of 3 March 2015
 * kept 10 years may go from 1 January 2026; the change log's seven years run from each change.
 */

export const RECORD_CLASSES = ['INVOICE_HISTORY', 'CUSTOMER_CHANGE_LOG', 'SOURCE_RECORD'] as const;
export type RecordClass = (typeof RECORD_CLASSES)[number];

/** END_OF_YEAR: from the end of the calendar year of the record's date; RECORD_DATE: from the record's date itself. */
export type RetentionStart = 'END_OF_YEAR' | 'RECORD_DATE';

export interface RetentionPeriod {
  years: number;
  runsFrom: RetentionStart;
  /** The law or decision the period comes from. */
  basis: string;
}

export interface RecordClassRetention {
  /** What the class holds, and where. */
  description: string;
  /** The period where no country rule applies, and for a record whose country is not known. */
  default: RetentionPeriod;
  byCountry: Partial<Record<CountryCode, RetentionPeriod>>;
}

const commercial = (years: number, basis: string): RetentionPeriod => ({ years, runsFrom: 'END_OF_YEAR', basis });

export const RETENTION_POLICY: {
  version: string;
  approvedBy: string;
  approvedAt: string;
  classes: Readonly<Record<RecordClass, RecordClassRetention>>;
} = {
  version: '2026-12-05.1',
  approvedBy: 'Head of Compliance (initial retention schedule)',
  approvedAt: '2026-12-05',
  classes: {
    INVOICE_HISTORY: {
      description: 'Invoices with their payments and write-offs (contract subgraph), dated by issue date',
      // Unknown or unlisted countries keep invoices as long as the longest rule below: never too short.
      default: commercial(10, 'Custos default: the longest commercial retention period of the listed jurisdictions'),
      byCountry: {
        DE: commercial(10, 'HGB §257(1),(4) and AO §147(1),(3): accounting records and invoices'),
        AT: commercial(7, 'BAO §132(1) and UGB §212: books and records'),
        CH: commercial(10, 'OR Art. 958f: business books and accounting vouchers'),
        FR: commercial(10, 'Code de commerce Art. L123-22: accounting documents'),
        NL: commercial(7, 'AWR Art. 52(4): the basic records of the administration'),
        GB: commercial(6, 'Companies Act 2006 s.388 and VAT Regulations 1995 reg. 31: six years'),
        IE: commercial(6, 'Taxes Consolidation Act 1997 s.886: six years'),
        US: commercial(7, 'IRS record keeping (26 CFR 1.6001-1; bad-debt claims, 7 years)'),
        CA: commercial(6, 'Income Tax Act s.230(4): six years from the end of the tax year'),
      },
    },
    CUSTOMER_CHANGE_LOG: {
      description: 'The change log of customer master data (audit subgraph), dated by the change',
      default: {
        years: 7,
        runsFrom: 'RECORD_DATE',
        basis: 'Custos audit policy: seven years from each change, everywhere',
      },
      byCountry: {},
    },
    SOURCE_RECORD: {
      description: 'Source records and their payloads as received (customer subgraph), dated by when they arrived',
      default: commercial(7, 'Custos lineage policy: as long as the change log the records explain'),
      byCountry: {
        DE: commercial(10, 'AO §147(1): documents relevant to taxation, kept with the invoices'),
      },
    },
  },
};
