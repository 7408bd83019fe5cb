import { randomUUID } from 'node:crypto';
import { taxCertificatesRefused } from '../../../lib/errors';
import { isVisible } from '../../kit/rowScope';
import type { ContractContext } from '../context';
import { TaxExemptionCertificateEntity, type TaxExemptionCertificate } from '../entities/TaxExemptionCertificate';
import { certificateKey, checkBatch, type BatchViolation, type CheckedCertificate } from './certificateRecords';
import type { CertificateBatch } from './provider';

/**
 * Loads what the tax certificate provider delivered, batch by batch in its order. A batch is
 * checked whole first (every record, and every customer against the customer master); one with any
 * problem stops the refresh with all of its problems, before anything of it is written, and it and
 * the batches after it stay with the provider: a later batch may update what it holds. A good batch
 * is upserted in one transaction, then acknowledged; if the acknowledgement is lost, loading the
 * batch again changes nothing.
 */

export interface LoadedBatch {
  source: string;
  certificates: number;
  created: number;
  updated: number;
}

/** Problems a refusal's message spells out; `extensions.violations` holds them all. */
const MESSAGE_VIOLATIONS = 10;

const place = (v: BatchViolation) => (v.line > 0 ? `${v.source} line ${v.line}` : v.source);

async function customerProblems(
  context: ContractContext,
  batch: CertificateBatch,
  certificates: readonly CheckedCertificate[],
): Promise<{ violations: BatchViolation[]; regions: Map<string, string> }> {
  const ids = [...new Set(certificates.map((c) => c.customerId))];
  const customers = await context.loaders.customers.loadMany(ids);
  const regions = new Map<string, string>();
  customers.forEach((customer, i) => {
    if (customer instanceof Error) throw customer;
    regions.set(ids[i], customer.region);
  });
  const violations: BatchViolation[] = [];
  for (const certificate of certificates) {
    const region = regions.get(certificate.customerId) ?? 'UNKNOWN';
    // The master answers UNKNOWN for an id it does not know (kit/customerDirectory.ts).
    if (region === 'UNKNOWN')
      violations.push({ source: batch.source, line: certificate.line, problem: 'customerId names no known customer' });
    else if (!isVisible(context, region))
      violations.push({
        source: batch.source,
        line: certificate.line,
        problem: 'customerId names a customer outside your regions',
      });
  }
  return { violations, regions };
}

const sameTerms = (row: TaxExemptionCertificate, c: CheckedCertificate, region: string) =>
  row.region === region &&
  row.allProducts === c.allProducts &&
  row.productCodes.join(';') === c.productCodes.join(';') &&
  row.validFrom === c.validFrom &&
  row.validTo === c.validTo &&
  row.status === c.status &&
  row.documentReference === c.documentReference;

async function upsert(
  context: ContractContext,
  provider: string,
  source: string,
  certificates: readonly CheckedCertificate[],
  regions: ReadonlyMap<string, string>,
): Promise<LoadedBatch> {
  return context.em.transactional(async (em) => {
    const existing = new Map(
      (
        await em.find(TaxExemptionCertificateEntity, {
          customerId: { $in: [...new Set(certificates.map((c) => c.customerId))] },
        })
      ).map((row) => [certificateKey(row.customerId, row.jurisdiction, row.certificateNumber), row]),
    );
    let created = 0;
    let updated = 0;
    const now = new Date();
    for (const c of certificates) {
      const region = regions.get(c.customerId) ?? 'UNKNOWN';
      const terms = {
        region,
        allProducts: c.allProducts,
        productCodes: c.productCodes,
        validFrom: c.validFrom,
        validTo: c.validTo,
        status: c.status,
        documentReference: c.documentReference,
      };
      const row = existing.get(certificateKey(c.customerId, c.jurisdiction.code, c.certificateNumber));
      if (!row) {
        em.create(TaxExemptionCertificateEntity, {
          id: `txc_${randomUUID()}`,
          customerId: c.customerId,
          jurisdiction: c.jurisdiction.code,
          certificateNumber: c.certificateNumber,
          ...terms,
          provider,
          source,
          createdAt: now,
          updatedAt: now,
        });
        created += 1;
      } else if (!sameTerms(row, c, region)) {
        Object.assign(row, terms, { provider, source, updatedAt: now });
        updated += 1;
      }
    }
    return { source, certificates: certificates.length, created, updated };
  });
}

export async function refreshTaxExemptions(
  context: ContractContext,
): Promise<{ provider: string; batches: LoadedBatch[] }> {
  const provider = context.shared.taxCertificates;
  const batches: LoadedBatch[] = [];
  for (const source of await provider.pending()) {
    const batch = await provider.read(source);
    const checked = checkBatch(batch);
    const customers = await customerProblems(context, batch, checked.certificates);
    const violations = [...checked.violations, ...customers.violations].sort((a, b) => a.line - b.line);
    if (violations.length > 0) {
      context.log.warn(
        { provider: provider.name, source, violations, loadedBefore: batches.length },
        'tax certificate batch refused',
      );
      const listed = violations.slice(0, MESSAGE_VIOLATIONS).map((v) => `${place(v)}: ${v.problem}`);
      const more = violations.length > MESSAGE_VIOLATIONS ? `; and ${violations.length - MESSAGE_VIOLATIONS} more` : '';
      throw taxCertificatesRefused(
        `no certificate of ${source} was loaded, nor of any batch after it (${batches.length} loaded before it): ${listed.join('; ')}${more}`,
        violations,
      );
    }
    batches.push(await upsert(context, provider.name, source, checked.certificates, customers.regions));
    await provider.acknowledge(source);
  }
  return { provider: provider.name, batches };
}
