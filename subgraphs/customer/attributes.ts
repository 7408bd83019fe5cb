import type { PolicyPlan } from '../../policies/compile';
import { classified, unclassified, unknownAttribute, type CopiedAttribute } from '../../policies/copies';
import type { KeyClassifier } from '../kit/copies';

/**
 * The attributes of a customer and the field that shows each one. Classification belongs to the
 * attribute: its field's `@sensitive` label classifies every copy of it too (source payloads,
 * lineage, the change log), and lookups by it. An attribute missing here is one nobody has
 * classified, and its copies get the strictest decision there is.
 */

interface AttributeField {
  /** The field showing the attribute's value (a scalar, or an object such as Money or Address taken whole). */
  field: string;
  /** Where a copy holds the attribute as an object with parts of its own: the field showing each part. */
  parts?: Readonly<Record<string, string>>;
}

const ADDRESS_PARTS = {
  line1: 'Address.line1',
  line2: 'Address.line2',
  city: 'Address.city',
  region: 'Address.region',
  postalCode: 'Address.postalCode',
  country: 'Address.country',
};

export const CUSTOMER_ATTRIBUTES: Readonly<Record<string, AttributeField>> = Object.freeze({
  name: { field: 'Customer.name' },
  legalName: { field: 'Customer.legalName' },
  nativeName: { field: 'Customer.nativeName' },
  country: { field: 'Customer.country' },
  region: { field: 'Customer.region' },
  segment: { field: 'Customer.segment' },
  status: { field: 'Customer.status' },
  taxId: { field: 'TaxId.value', parts: { kind: 'TaxId.kind', value: 'TaxId.value', country: 'TaxId.country' } },
  duns: { field: 'Customer.duns' },
  billingAddress: { field: 'Customer.billingAddress', parts: ADDRESS_PARTS },
  shippingAddress: { field: 'Customer.shippingAddress', parts: ADDRESS_PARTS },
  paymentTermsCode: { field: 'Customer.paymentTerms' },
  creditLimit: { field: 'Customer.creditLimit' },
  creditHold: { field: 'Customer.creditHold' },
  creditScore: { field: 'Customer.creditScore' },
  bankAccounts: { field: 'Customer.bankAccounts' },
  parent: { field: 'Customer.parent' },
  mergedInto: { field: 'Customer.mergedInto' },
});

function attributeAt(plan: PolicyPlan, coordinate: string): CopiedAttribute {
  const field = plan.fields[coordinate];
  return field ? classified(field) : unclassified(coordinate);
}

/** What a copy of the attribute `name` holding `value` is: a classified or unclassified attribute, or (an object) one with parts. */
export function customerAttribute(plan: PolicyPlan, name: string, value?: unknown): CopiedAttribute | KeyClassifier {
  const known = Object.hasOwn(CUSTOMER_ATTRIBUTES, name) ? CUSTOMER_ATTRIBUTES[name] : undefined;
  if (!known) return unknownAttribute(name);
  const { parts } = known;
  if (parts && value !== null && typeof value === 'object') {
    return (key) => (Object.hasOwn(parts, key) ? attributeAt(plan, parts[key]) : unknownAttribute(`${name}.${key}`));
  }
  return attributeAt(plan, known.field);
}

/** The coordinate of the field showing an attribute, for reporting what a change touched. */
export function fieldOfAttribute(name: string): string {
  return Object.hasOwn(CUSTOMER_ATTRIBUTES, name) ? CUSTOMER_ATTRIBUTES[name].field : `unclassified:${name}`;
}
