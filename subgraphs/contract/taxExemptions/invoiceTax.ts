import type { SqlEntityManager } from '@mikro-orm/knex';
import { taxExemptionInvalid } from '../../../lib/errors';
import type { CustomerFacts } from '../../kit/customerDirectory';
import { ContractLineEntity } from '../entities/ContractLine';
import type { Invoice } from '../entities/Invoice';
import { TaxExemptionCertificateEntity, type TaxExemptionCertificate } from '../entities/TaxExemptionCertificate';
import type { InvalidTaxExemptionHandling, TaxExemptionProblem } from '../generated/enums';
import { exemptionDecision } from './exemptionDecision';
import { invoiceJurisdiction, parseJurisdiction } from './jurisdiction';

/**
 * How issueInvoice taxes an invoice: in the jurisdiction of the customer's billing address (as the
 * customer master holds it), exempt under a certificate of the customer (or of one merged into it)
 * that fits and holds on the billing date (exemptionDecision.ts). When one fits but does not hold,
 * `handling` refuses the invoice (TAX_EXEMPTION_INVALID) or issues it taxable for review.
 */

export type InvoiceTax = Pick<Invoice, 'taxTreatment' | 'taxJurisdiction' | 'taxExemptionId' | 'taxReview'>;

function whyNot(
  problem: TaxExemptionProblem,
  certificate: Pick<TaxExemptionCertificate, 'validFrom' | 'validTo'>,
): string {
  switch (problem) {
    case 'EXPIRED':
      return `expired after ${certificate.validTo}`;
    case 'NOT_YET_VALID':
      return `holds only from ${certificate.validFrom}`;
    case 'PENDING':
      return 'is not verified yet';
    case 'REJECTED':
      return 'was rejected in verification';
    case 'REVOKED':
      return 'was revoked';
  }
}

export async function invoiceTax(
  em: SqlEntityManager,
  customer: CustomerFacts,
  contractId: string,
  billDate: string,
  handling: InvalidTaxExemptionHandling,
): Promise<InvoiceTax> {
  const jurisdiction = invoiceJurisdiction(customer.billingCountry, customer.billingSubdivision ?? null);
  const [rows, lines] = await Promise.all([
    em.find(TaxExemptionCertificateEntity, { customerId: { $in: [customer.id, ...customer.mergedCustomerIds] } }),
    em.find(ContractLineEntity, { contractId }, { fields: ['productCode'] }),
  ]);
  // Stored codes were checked when delivered (certificateRecords.ts); parsing gives their parts.
  const certificates = rows.flatMap((row) => {
    const parsed = parseJurisdiction(row.jurisdiction);
    return 'problem' in parsed ? [] : [{ ...row, jurisdiction: parsed, validTo: row.validTo ?? null }];
  });
  const decision = exemptionDecision(certificates, {
    jurisdiction,
    date: billDate,
    productCodes: [...new Set(lines.map((line) => line.productCode))],
  });
  const taxJurisdiction = jurisdiction.code;
  switch (decision.treatment) {
    case 'TAXABLE':
      return { taxTreatment: 'TAXABLE', taxJurisdiction, taxExemptionId: null, taxReview: null };
    case 'EXEMPT':
      return { taxTreatment: 'EXEMPT', taxJurisdiction, taxExemptionId: decision.certificate.id, taxReview: null };
    case 'INVALID': {
      if (handling === 'ISSUE_TAXABLE_FOR_REVIEW')
        return {
          taxTreatment: 'TAXABLE',
          taxJurisdiction,
          taxExemptionId: decision.certificate.id,
          taxReview: decision.problem,
        };
      const { certificate, problem } = decision;
      throw taxExemptionInvalid(
        `no invoice: tax exemption certificate ${certificate.id} of customer ${customer.id} for ${certificate.jurisdiction.code} ` +
          `${whyNot(problem, certificate)}, and the invoice is billed on ${billDate}; have it renewed, or issue the ` +
          'invoice taxable for review (invalidTaxExemption: ISSUE_TAXABLE_FOR_REVIEW)',
        problem,
      );
    }
  }
}
