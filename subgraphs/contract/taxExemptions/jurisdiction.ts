import { ISO_COUNTRY_CODES } from '../../../lib/countries';

/**
 * Tax jurisdictions as ISO 3166 codes: a country (ISO 3166-1 alpha-2, `DE`) or one of its
 * subdivisions (ISO 3166-2: the country, a hyphen and one to three letters or digits, `US-TX`,
 * `IT-RM`). The country must be an assigned code; the subdivision is checked for its form, not
 * against the standard's list of some 5,000 subdivisions, which Custos does not carry.
 */

export interface Jurisdiction {
  /** `DE` or `US-TX`. */
  code: string;
  country: string;
  /** The subdivision's own part (`TX`), or null for a whole country. */
  subdivision: string | null;
}

const COUNTRIES: ReadonlySet<string> = new Set(ISO_COUNTRY_CODES);
const CODE = /^([A-Z]{2})(?:-([A-Z0-9]{1,3}))?$/;
const SUBDIVISION = /^[A-Z0-9]{1,3}$/;

/**
 * The jurisdiction `text` names, or why it names none. The reason quotes nothing of `text`: a
 * provider's columns may be out of order, and a certificate number in this one must not travel on.
 */
export function parseJurisdiction(text: string): Jurisdiction | { problem: string } {
  const match = CODE.exec(text);
  if (!match) return { problem: 'is not an ISO 3166 code: a country (DE) or a subdivision of one (US-TX)' };
  const [code, country, subdivision] = match;
  if (!COUNTRIES.has(country)) return { problem: 'does not start with an ISO 3166-1 country code' };
  return { code, country, subdivision: subdivision ?? null };
}

/**
 * Where an invoice is taxed, from the customer's billing address: its country, and its state or
 * province where the address names one in ISO 3166-2's form (`TX`, or `US-TX` written out). A region
 * written as a name (`Madrid`) leaves the country alone: a certificate for the whole country still
 * fits, one for a subdivision cannot be told to.
 */
export function invoiceJurisdiction(billingCountry: string, billingSubdivision: string | null): Jurisdiction {
  const country = billingCountry.trim().toUpperCase();
  const written = billingSubdivision?.trim().toUpperCase() ?? '';
  const subdivision = written.startsWith(`${country}-`) ? written.slice(country.length + 1) : written;
  return SUBDIVISION.test(subdivision)
    ? { code: `${country}-${subdivision}`, country, subdivision }
    : { code: country, country, subdivision: null };
}

/** Whether a certificate for `certificate` covers an invoice taxed in `invoice`: its country whole, or exactly its subdivision. */
export function jurisdictionCovers(certificate: Jurisdiction, invoice: Jurisdiction): boolean {
  if (certificate.country !== invoice.country) return false;
  return certificate.subdivision === null || certificate.subdivision === invoice.subdivision;
}
