import { isIsoDate } from '../../../lib/calendar';
import { listingEvery } from '../../../lib/listingEvery';
import type { TaxExemptionStatus } from '../generated/enums';
import { parseJurisdiction, type Jurisdiction } from './jurisdiction';
import type { CertificateBatch, DeliveredCertificate } from './provider';

/**
 * The checks every delivered certificate passes before anything of its batch is stored, whichever
 * provider delivered it. Problems name the field and what is wrong with it, never its value: a
 * value may be a certificate number (in its column, or in another when a provider's columns are out
 * of order), which is TAX data that an error message, a log line or a job's record must not carry.
 */

/** The fields of a delivered certificate; the file-drop adapter's header names exactly these. */
export const CERTIFICATE_FIELDS = [
  'customerId',
  'jurisdiction',
  'certificateNumber',
  'scope',
  'validFrom',
  'validTo',
  'status',
  'documentReference',
] as const;

export interface CertificateTerms {
  customerId: string;
  jurisdiction: Jurisdiction;
  certificateNumber: string;
  allProducts: boolean;
  productCodes: string[];
  validFrom: string;
  validTo: string | null;
  status: TaxExemptionStatus;
  documentReference: string | null;
}

export interface CheckedCertificate extends CertificateTerms {
  line: number;
}

export interface BatchViolation {
  source: string;
  line: number;
  problem: string;
}

const STATUSES = listingEvery<TaxExemptionStatus>()(['PENDING', 'VERIFIED', 'REJECTED', 'REVOKED']);
/** A contract line's product code (entities/ContractLine.ts holds 32 characters). */
const PRODUCT_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
/** Letters, digits and the separators tax authorities print; no control characters. */
const CERTIFICATE_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N} ./_-]{0,63}$/u;
/** A reference is the provider's (a URL, a path, a document id): printable text. */
const CONTROL = /\p{Cc}/u;

type Checked = { terms: CertificateTerms } | { problems: string[] };

/** One record's terms, or every problem it has. */
export function checkCertificate(record: DeliveredCertificate): Checked {
  const problems: string[] = [];
  const field = (name: (typeof CERTIFICATE_FIELDS)[number]) => (record.fields[name] ?? '').trim();

  const customerId = field('customerId');
  if (!/^[A-Za-z0-9_-]{1,40}$/.test(customerId)) problems.push('customerId is not a customer id');

  const jurisdictionText = field('jurisdiction').toUpperCase();
  const jurisdiction = parseJurisdiction(jurisdictionText);
  if ('problem' in jurisdiction) problems.push(`jurisdiction ${jurisdiction.problem}`);

  const certificateNumber = field('certificateNumber');
  if (!certificateNumber) problems.push('certificateNumber is empty');
  else if (!CERTIFICATE_NUMBER.test(certificateNumber))
    problems.push(
      'certificateNumber is not a certificate number: up to 64 letters, digits, spaces, dots, slashes, hyphens or underscores, starting with a letter or digit',
    );

  const scope = field('scope');
  const allProducts = scope.toUpperCase() === 'ALL';
  const productCodes = allProducts ? [] : [...new Set(scope.split(';').map((code) => code.trim()))];
  if (!allProducts && (productCodes.length === 0 || !productCodes.every((code) => PRODUCT_CODE.test(code))))
    problems.push('scope is neither ALL nor product codes separated by semicolons (e.g. PLAT;TRAIN)');

  const validFrom = field('validFrom');
  const validTo = field('validTo') || null;
  if (!isIsoDate(validFrom)) problems.push('validFrom is not a date (YYYY-MM-DD)');
  if (validTo !== null && !isIsoDate(validTo))
    problems.push('validTo is not a date (YYYY-MM-DD); leave it empty for none');
  else if (validTo !== null && isIsoDate(validFrom) && validTo < validFrom)
    problems.push('validTo is before validFrom');

  const status = field('status').toUpperCase();
  if (!(STATUSES as readonly string[]).includes(status)) problems.push(`status is not one of ${STATUSES.join(', ')}`);

  const documentReference = field('documentReference') || null;
  if (documentReference !== null && (documentReference.length > 500 || CONTROL.test(documentReference)))
    problems.push('documentReference is longer than 500 characters or holds control characters');

  if (problems.length > 0 || 'problem' in jurisdiction) return { problems };
  return {
    terms: {
      customerId,
      jurisdiction,
      certificateNumber,
      allProducts,
      productCodes: productCodes.sort(),
      validFrom,
      validTo,
      status: status as TaxExemptionStatus,
      documentReference,
    },
  };
}

/** Identifies a certificate across deliveries: a later one with the same key updates it. */
export const certificateKey = (customerId: string, jurisdiction: string, certificateNumber: string) =>
  `${customerId}\u0000${jurisdiction}\u0000${certificateNumber}`;

/** Every record of a batch checked, and a certificate delivered twice in it refused (which line would count?). */
export function checkBatch(batch: CertificateBatch): {
  certificates: CheckedCertificate[];
  violations: BatchViolation[];
} {
  const violations: BatchViolation[] = batch.problems.map((p) => ({ source: batch.source, ...p }));
  const certificates: CheckedCertificate[] = [];
  const firstLine = new Map<string, number>();
  for (const record of batch.records) {
    const checked = checkCertificate(record);
    if ('problems' in checked) {
      for (const problem of checked.problems) violations.push({ source: batch.source, line: record.line, problem });
      continue;
    }
    const { terms } = checked;
    const key = certificateKey(terms.customerId, terms.jurisdiction.code, terms.certificateNumber);
    const earlier = firstLine.get(key);
    if (earlier !== undefined) {
      violations.push({
        source: batch.source,
        line: record.line,
        problem: `repeats the certificate of line ${earlier} (same customer, jurisdiction and number)`,
      });
      continue;
    }
    firstLine.set(key, record.line);
    certificates.push({ ...checked.terms, line: record.line });
  }
  return { certificates, violations };
}
