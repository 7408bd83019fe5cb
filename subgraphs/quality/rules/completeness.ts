/**
 * Completeness of master data: is every field that billing, tax and credit need present and
 * well-formed? A first honest score: the weighted share of the checks that pass.
 */

export type Severity = 'INFO' | 'WARNING' | 'ERROR';

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

export interface QualityIssue {
  rule: string;
  severity: Severity;
  message: string;
}

export interface QualityAssessment {
  score: number;
  issues: QualityIssue[];
}

interface CompletenessRule {
  rule: string;
  severity: Severity;
  /** How much the rule counts towards the score. */
  weight: number;
  message: string;
  passes(customer: CustomerFields): boolean;
}

const present = (value: string | null | undefined): boolean => typeof value === 'string' && value.trim() !== '';
const onFile = (customer: CustomerFields, field: string): boolean => (customer.sensitiveFieldsOnFile ?? []).includes(field);

/** Ordered as a reviewer reads them; weights favour what stops an invoice from going out. */
export const COMPLETENESS_RULES: readonly CompletenessRule[] = Object.freeze([
  { rule: 'required.legalName', severity: 'ERROR', weight: 3, message: 'Legal name is missing', passes: (c) => present(c.legalName) },
  { rule: 'required.country', severity: 'ERROR', weight: 3, message: 'Country is missing or not ISO 3166-1 alpha-2', passes: (c) => /^[A-Z]{2}$/.test(c.country ?? '') },
  { rule: 'required.taxId', severity: 'ERROR', weight: 3, message: 'No tax identifier', passes: (c) => onFile(c, 'taxIds') },
  {
    rule: 'required.billingAddress',
    severity: 'ERROR',
    weight: 3,
    message: 'Billing address lacks street, city or postal code',
    passes: (c) => present(c.billingAddress?.line1) && present(c.billingAddress?.city) && present(c.billingAddress?.postalCode),
  },
  { rule: 'required.paymentTerms', severity: 'WARNING', weight: 2, message: 'Payment terms are missing', passes: (c) => present(c.paymentTerms?.code) },
  { rule: 'required.creditLimit', severity: 'WARNING', weight: 2, message: 'Credit limit is missing', passes: (c) => onFile(c, 'creditLimit') },
  // Its 9-digit form is enforced when it is written; here only whether it is there.
  { rule: 'required.duns', severity: 'WARNING', weight: 1, message: 'D-U-N-S number is missing', passes: (c) => onFile(c, 'duns') },
  { rule: 'required.shippingAddress', severity: 'INFO', weight: 1, message: 'Shipping address is missing', passes: (c) => present(c.shippingAddress?.line1) },
]);

const TOTAL_WEIGHT = COMPLETENESS_RULES.reduce((sum, rule) => sum + rule.weight, 0);

export function assessCompleteness(customer: CustomerFields): QualityAssessment {
  const failed = COMPLETENESS_RULES.filter((rule) => !rule.passes(customer));
  const lost = failed.reduce((sum, rule) => sum + rule.weight, 0);
  return {
    score: Math.round((100 * (TOTAL_WEIGHT - lost)) / TOTAL_WEIGHT),
    issues: failed.map(({ rule, severity, message }) => ({ rule, severity, message })),
  };
}
