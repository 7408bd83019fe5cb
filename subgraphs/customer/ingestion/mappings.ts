import type { SourceSystem } from '../../../lib/sourceSystems';

/**
 * How each source system's fields feed the customer model. Versioned with the code: a change to a
 * mapping is a reviewed change to this file, and every ingested record remembers the version used.
 *
 * `from` is a path into the source record's attributes (dots for nested fields).
 */

export type MappedAttribute =
  'legalName' | 'nativeName' | 'country' | 'taxId' | 'duns' | 'billingAddress' | 'paymentTermsCode' | 'creditLimit';

export interface SourceMapping {
  version: string;
  fields: Partial<Record<MappedAttribute, string>>;
  /**
   * Keys the source sends that do not feed the customer model, with the customer attribute each
   * holds (subgraphs/customer/attributes.ts), so their copies in the stored payload are governed
   * as that attribute. A key neither mapped nor listed here is treated as the strictest class.
   */
  carries?: Readonly<Record<string, string>>;
}

export const SOURCE_MAPPINGS: Readonly<Record<SourceSystem, SourceMapping>> = Object.freeze({
  CRM: {
    version: 'crm-2026.1',
    fields: {
      legalName: 'name',
      nativeName: 'nativeName',
      country: 'country',
      taxId: 'taxId',
      duns: 'duns',
      billingAddress: 'address',
    },
  },
  ERP: {
    version: 'erp-2026.1',
    fields: { legalName: 'name', country: 'country', taxId: 'taxId', duns: 'duns', billingAddress: 'address' },
  },
  BILLING: {
    version: 'billing-2026.1',
    fields: {
      legalName: 'name',
      country: 'country',
      taxId: 'taxId',
      billingAddress: 'address',
      paymentTermsCode: 'paymentTerms',
    },
    carries: { duns: 'duns' },
  },
  COLLECTIONS: {
    version: 'collections-2026.1',
    fields: { legalName: 'name', country: 'country', taxId: 'taxId', billingAddress: 'address' },
    carries: { duns: 'duns' },
  },
  RISK: {
    version: 'risk-2026.1',
    fields: { legalName: 'name', country: 'country', taxId: 'taxId', duns: 'duns', creditLimit: 'creditLimit' },
  },
});

/**
 * Survivorship tie-breaker: when two sources verified a value at the same time, the one listed
 * first wins. Per attribute where one source is the authority (credit limits come from risk).
 */
export const SOURCE_PRIORITY: Readonly<Record<MappedAttribute | 'default', readonly SourceSystem[]>> = Object.freeze({
  default: ['ERP', 'CRM', 'BILLING', 'RISK', 'COLLECTIONS'],
  creditLimit: ['RISK', 'ERP', 'CRM', 'BILLING', 'COLLECTIONS'],
  paymentTermsCode: ['BILLING', 'ERP', 'CRM', 'RISK', 'COLLECTIONS'],
  legalName: ['ERP', 'CRM', 'BILLING', 'RISK', 'COLLECTIONS'],
  nativeName: ['CRM', 'ERP', 'BILLING', 'RISK', 'COLLECTIONS'],
  country: ['ERP', 'CRM', 'BILLING', 'RISK', 'COLLECTIONS'],
  taxId: ['ERP', 'BILLING', 'CRM', 'RISK', 'COLLECTIONS'],
  duns: ['RISK', 'ERP', 'CRM', 'BILLING', 'COLLECTIONS'],
  billingAddress: ['BILLING', 'ERP', 'CRM', 'COLLECTIONS', 'RISK'],
});

/** Where a source names the parent account of a record (account hierarchies), by the parent's source id. */
export const PARENT_REFERENCE: Readonly<Partial<Record<SourceSystem, string>>> = Object.freeze({
  CRM: 'parentId',
  ERP: 'parentId',
});
