import type { TaxExemptionProblem, TaxExemptionStatus } from '../generated/enums';
import { jurisdictionCovers, type Jurisdiction } from './jurisdiction';

/**
 * Whether a customer's tax exemption certificates exempt an invoice. A certificate fits the invoice
 * when its jurisdiction covers the invoice's (a country covers its subdivisions; a subdivision only
 * itself) and its scope covers every product the invoice bills. A fitting certificate holds when it
 * is VERIFIED and the invoice date lies from validFrom to validTo, both inclusive (dates are
 * calendar days, compared as ISO text: no time zone moves them). The invoice is EXEMPT under a
 * fitting certificate that holds; when certificates fit but none holds, the invoice's exemption is
 * INVALID, for the caller to refuse or to issue taxable for review; when none fits it is TAXABLE.
 */

export interface ExemptionCertificate {
  id: string;
  jurisdiction: Jurisdiction;
  allProducts: boolean;
  productCodes: readonly string[];
  validFrom: string;
  validTo: string | null;
  status: TaxExemptionStatus;
}

export interface TaxableInvoice {
  jurisdiction: Jurisdiction;
  /** The invoice date, YYYY-MM-DD. */
  date: string;
  /** The product codes the invoice bills (its contract's lines). */
  productCodes: readonly string[];
}

export type ExemptionDecision<Certificate extends ExemptionCertificate = ExemptionCertificate> =
  | { treatment: 'TAXABLE' }
  | { treatment: 'EXEMPT'; certificate: Certificate }
  | { treatment: 'INVALID'; certificate: Certificate; problem: TaxExemptionProblem };

export function scopeCovers(certificate: ExemptionCertificate, productCodes: readonly string[]): boolean {
  if (certificate.allProducts) return true;
  return productCodes.length > 0 && productCodes.every((code) => certificate.productCodes.includes(code));
}

/** Why a fitting certificate does not hold on `date`, or null when it does. */
export function exemptionProblem(certificate: ExemptionCertificate, date: string): TaxExemptionProblem | null {
  if (certificate.status !== 'VERIFIED') return certificate.status;
  if (date < certificate.validFrom) return 'NOT_YET_VALID';
  if (certificate.validTo !== null && date > certificate.validTo) return 'EXPIRED';
  return null;
}

/**
 * The most telling certificate first: a subdivision's before its country's, then the one valid
 * latest (open-ended last of all), then by id so the choice never depends on the order read.
 */
function preferred(a: ExemptionCertificate, b: ExemptionCertificate): number {
  const specific = Number(b.jurisdiction.subdivision !== null) - Number(a.jurisdiction.subdivision !== null);
  if (specific !== 0) return specific;
  const end = (c: ExemptionCertificate) => c.validTo ?? '9999-12-31';
  return end(b).localeCompare(end(a)) || b.validFrom.localeCompare(a.validFrom) || a.id.localeCompare(b.id);
}

export function exemptionDecision<Certificate extends ExemptionCertificate>(
  certificates: readonly Certificate[],
  invoice: TaxableInvoice,
): ExemptionDecision<Certificate> {
  const fitting = certificates
    .filter((c) => jurisdictionCovers(c.jurisdiction, invoice.jurisdiction) && scopeCovers(c, invoice.productCodes))
    .sort(preferred);
  let invalid: ExemptionDecision<Certificate> | undefined;
  for (const certificate of fitting) {
    const problem = exemptionProblem(certificate, invoice.date);
    if (problem === null) return { treatment: 'EXEMPT', certificate };
    invalid ??= { treatment: 'INVALID', certificate, problem };
  }
  return invalid ?? { treatment: 'TAXABLE' };
}
