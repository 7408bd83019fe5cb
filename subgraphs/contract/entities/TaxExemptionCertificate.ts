import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { customerId, instant, json, regionCode, rowId, status } from '../../kit/entityProperties';
import type { TaxExemptionStatus } from '../generated/enums';

/**
 * A customer's tax exemption certificate for one jurisdiction, as a provider delivered it
 * (taxExemptions/refreshTaxExemptions.ts). One row per customer, jurisdiction and certificate
 * number: a later delivery of the same certificate updates it.
 */
export const TaxExemptionCertificateEntity = defineEntity({
  name: 'TaxExemptionCertificate',
  tableName: 'tax_exemption_certificate',
  properties: (p) => ({
    id: rowId(),
    customerId: customerId(),
    /** The customer's region, which the policy decides the certificate number by. */
    region: regionCode(),
    /** ISO 3166-1 alpha-2 (DE) or ISO 3166-2 (US-TX). */
    jurisdiction: p.string().length(6),
    certificateNumber: p.string().length(64),
    allProducts: p.boolean(),
    /** Contract line product codes it exempts; empty when allProducts. */
    productCodes: json<string[]>(),
    validFrom: p.date(),
    validTo: p.date().nullable(),
    status: status<TaxExemptionStatus>(),
    documentReference: p.string().length(500).nullable(),
    /** The adapter that delivered it, and its batch (a file name): where to look when it is questioned. */
    provider: p.string().length(32),
    source: p.string().length(200),
    createdAt: instant(),
    updatedAt: instant(),
  }),
  indexes: [{ properties: 'customerId' }],
  // Named: the default name is longer than PostgreSQL's 63 characters, which it cuts differently.
  uniques: [
    { name: 'tax_exemption_certificate_unique', properties: ['customerId', 'jurisdiction', 'certificateNumber'] },
  ],
});

export type TaxExemptionCertificate = InferEntity<typeof TaxExemptionCertificateEntity>;
