/**
 * Data classifications. Every sensitive field in the SDL carries exactly one, with
 * `@sensitive(class: ...)`; the policy decides per role what each classification means.
 */
export const CLASSIFICATIONS = {
  /** Identifies a person: contact names, e-mail addresses, phone numbers, addresses of people. */
  PII: 'Personal data of a natural person',
  /** Payment Card Industry scope: bank account numbers and card data. */
  PCI: 'Bank account and payment card data',
  /** Contract values, invoice and payment amounts, AR balances, revenue figures. */
  FINANCIAL: 'Amounts owed, billed, paid and recognised',
  /** Credit limits, credit scores and credit-hold status. */
  CREDIT: 'Creditworthiness and credit decisions',
  /** Tax identifiers and D-U-N-S numbers. */
  TAX: 'Tax and company registration identifiers',
  /** Bad-debt write-offs and discount approvals. */
  CONFIDENTIAL: 'Internal financial decisions',
} as const;

export type Classification = keyof typeof CLASSIFICATIONS;
export const CLASSIFICATION_NAMES = Object.keys(CLASSIFICATIONS) as Classification[];

export function isClassification(value: unknown): value is Classification {
  return typeof value === 'string' && value in CLASSIFICATIONS;
}
