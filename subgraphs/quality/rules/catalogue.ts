import type { Classification } from '../../../policies/classifications';
import type { Severity } from '../generated/enums';

/**
 * THE data-quality rules, as configuration a data steward can read: name, the classification of
 * the data it looks at, severity, weight in the score, and the check. A rule whose facts are not
 * known for a customer is left out of that customer's score instead of counting as a failure.
 *
 * Completeness rules read the customer master as it is now; the others need a quality run (tax-id
 * validity, open bank-detail cases, purchase orders, duplicates, payment anomalies).
 */

/** What the rules read. Absent = not known for this customer. */
export interface RuleFacts {
  legalNamePresent?: boolean;
  countryValid?: boolean;
  taxIdOnFile?: boolean;
  billingAddressComplete?: boolean;
  paymentTermsPresent?: boolean;
  creditLimitPresent?: boolean;
  dunsPresent?: boolean;
  shippingAddressPresent?: boolean;
  /** Reason codes of the customer's tax ids that fail validation. */
  invalidTaxIdReasons?: readonly string[];
  openBankCases?: number;
  invoicesMissingPurchaseOrder?: number;
  suspectedDuplicate?: boolean;
  paymentAnomalies?: number;
}

export interface QualityRule {
  rule: string;
  /** The classification of the data the rule looks at (null: ordinary master data). */
  classification: Classification | null;
  severity: Severity;
  /** How much the rule counts towards the score. */
  weight: number;
  description: string;
  /** true or false, or undefined when the facts it needs are not known. */
  passes(facts: RuleFacts): boolean | undefined;
  /** What is wrong, for a customer failing the rule. */
  message(facts: RuleFacts): string;
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

const known = <T>(value: T | undefined, check: (value: T) => boolean): boolean | undefined =>
  value === undefined ? undefined : check(value);
const isTrue = (value: boolean) => value;
const plural = (count: number | undefined, noun: string) => `${count ?? 0} ${noun}${count === 1 ? '' : 's'}`;

/** Ordered as a reviewer reads them; weights favour what stops an invoice from going out. */
export const QUALITY_RULES: readonly QualityRule[] = Object.freeze([
  {
    rule: 'required.legalName',
    classification: null,
    severity: 'ERROR',
    weight: 3,
    description: 'A legal name for invoices and tax',
    passes: (f) => known(f.legalNamePresent, isTrue),
    message: () => 'Legal name is missing',
  },
  {
    rule: 'required.country',
    classification: null,
    severity: 'ERROR',
    weight: 3,
    description: 'An ISO 3166-1 alpha-2 country',
    passes: (f) => known(f.countryValid, isTrue),
    message: () => 'Country is missing or not ISO 3166-1 alpha-2',
  },
  {
    rule: 'required.taxId',
    classification: 'TAX',
    severity: 'ERROR',
    weight: 3,
    description: 'At least one tax identifier',
    passes: (f) => known(f.taxIdOnFile, isTrue),
    message: () => 'No tax identifier',
  },
  {
    rule: 'required.billingAddress',
    classification: 'PII',
    severity: 'ERROR',
    weight: 3,
    description: 'Street, city and postal code to bill to',
    passes: (f) => known(f.billingAddressComplete, isTrue),
    message: () => 'Billing address lacks street, city or postal code',
  },
  {
    rule: 'required.paymentTerms',
    classification: null,
    severity: 'WARNING',
    weight: 2,
    description: 'Payment terms',
    passes: (f) => known(f.paymentTermsPresent, isTrue),
    message: () => 'Payment terms are missing',
  },
  {
    rule: 'required.creditLimit',
    classification: 'CREDIT',
    severity: 'WARNING',
    weight: 2,
    description: 'A credit limit',
    passes: (f) => known(f.creditLimitPresent, isTrue),
    message: () => 'Credit limit is missing',
  },
  // Its 9-digit form is enforced when it is written; here only whether it is there.
  {
    rule: 'required.duns',
    classification: 'TAX',
    severity: 'WARNING',
    weight: 1,
    description: 'A D-U-N-S number',
    passes: (f) => known(f.dunsPresent, isTrue),
    message: () => 'D-U-N-S number is missing',
  },
  {
    rule: 'required.shippingAddress',
    classification: 'PII',
    severity: 'INFO',
    weight: 1,
    description: 'A shipping address',
    passes: (f) => known(f.shippingAddressPresent, isTrue),
    message: () => 'Shipping address is missing',
  },
  {
    rule: 'valid.taxId',
    classification: 'TAX',
    severity: 'ERROR',
    weight: 3,
    description: 'Every tax identifier passes its format and check-digit validation',
    passes: (f) => known(f.invalidTaxIdReasons, (reasons) => reasons.length === 0),
    message: (f) =>
      `${plural(f.invalidTaxIdReasons?.length, 'tax identifier')} failing validation (${(f.invalidTaxIdReasons ?? []).join(', ')})`,
  },
  {
    rule: 'valid.bankDetails',
    classification: 'PCI',
    severity: 'ERROR',
    weight: 2,
    description: 'No bank details from a source system waiting for correction',
    passes: (f) => known(f.openBankCases, (open) => open === 0),
    message: (f) => `${plural(f.openBankCases, 'bank-detail correction case')} open`,
  },
  {
    rule: 'required.purchaseOrder',
    classification: 'FINANCIAL',
    severity: 'WARNING',
    weight: 2,
    description: 'Every invoice carries the purchase-order number the customer requires',
    passes: (f) => known(f.invoicesMissingPurchaseOrder, (missing) => missing === 0),
    message: (f) => `${plural(f.invoicesMissingPurchaseOrder, 'invoice')} without the required purchase-order number`,
  },
  {
    rule: 'unique.customer',
    classification: null,
    severity: 'WARNING',
    weight: 2,
    description: 'Not a suspected duplicate waiting for a data steward',
    passes: (f) => known(f.suspectedDuplicate, (suspected) => !suspected),
    message: () => 'Suspected duplicate of another customer (match review pending)',
  },
  {
    rule: 'normal.payments',
    classification: 'FINANCIAL',
    severity: 'WARNING',
    weight: 1,
    description: 'No payment that stands out from the customer’s payment behaviour',
    passes: (f) => known(f.paymentAnomalies, (anomalies) => anomalies === 0),
    message: (f) =>
      `${f.paymentAnomalies ?? 0} payment ${f.paymentAnomalies === 1 ? 'anomaly' : 'anomalies'} to look at`,
  },
]);

/** Scores the rules whose facts are known: the weighted share that passes, 0 to 100. */
export function assess(facts: RuleFacts, rules: readonly QualityRule[] = QUALITY_RULES): QualityAssessment {
  const judged = rules
    .map((rule) => ({ rule, passed: rule.passes(facts) }))
    .filter((r): r is { rule: QualityRule; passed: boolean } => r.passed !== undefined);
  const total = judged.reduce((sum, r) => sum + r.rule.weight, 0);
  const failed = judged.filter((r) => !r.passed);
  const lost = failed.reduce((sum, r) => sum + r.rule.weight, 0);
  return {
    score: total === 0 ? 100 : Math.round((100 * (total - lost)) / total),
    issues: failed.map(({ rule }) => ({ rule: rule.rule, severity: rule.severity, message: rule.message(facts) })),
  };
}
