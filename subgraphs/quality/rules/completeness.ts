import { assess, QUALITY_RULES, type QualityAssessment, type RuleFacts } from './catalogue';

/**
 * Completeness of the master data as the customer subgraph holds it right now: the facts the
 * catalogue's completeness rules read, taken from the fields the gateway passes in (@requires).
 */

/** The customer fields the rules read (what the quality subgraph @requires from the customer subgraph). */
export interface CustomerFields {
  name?: string | null;
  legalName?: string | null;
  country?: string | null;
  billingAddress?: { line1?: string | null; city?: string | null; postalCode?: string | null } | null;
  shippingAddress?: { line1?: string | null; city?: string | null; postalCode?: string | null } | null;
  paymentTerms?: { code: string } | null;
  /** Names of the classified fields that hold a value (their values are never shown to quality). */
  sensitiveFieldsOnFile?: readonly string[] | null;
}

const present = (value: string | null | undefined): boolean => typeof value === 'string' && value.trim() !== '';
const onFile = (customer: CustomerFields, field: string): boolean =>
  (customer.sensitiveFieldsOnFile ?? []).includes(field);

export function completenessFacts(c: CustomerFields): RuleFacts {
  return {
    legalNamePresent: present(c.legalName),
    countryValid: /^[A-Z]{2}$/.test(c.country ?? ''),
    taxIdOnFile: onFile(c, 'taxIds'),
    billingAddressComplete:
      present(c.billingAddress?.line1) && present(c.billingAddress?.city) && present(c.billingAddress?.postalCode),
    paymentTermsPresent: present(c.paymentTerms?.code),
    creditLimitPresent: onFile(c, 'creditLimit'),
    dunsPresent: onFile(c, 'duns'),
    shippingAddressPresent: present(c.shippingAddress?.line1),
  };
}

/** The catalogue's rules that the customer's own fields decide. */
export const COMPLETENESS_RULES = QUALITY_RULES.filter((rule) => rule.passes(completenessFacts({})) !== undefined);

export function assessCompleteness(customer: CustomerFields): QualityAssessment {
  return assess(completenessFacts(customer), COMPLETENESS_RULES);
}
