/**
 * The roles a principal can hold (the `roles` claim of a token). This is the one place that knows
 * them; everything else imports from here.
 */
export const ROLES = [
  'admin',
  'data_steward',
  'finance_analyst',
  'billing_ops',
  'credit_analyst',
  'customer_service',
  'collections',
  'auditor',
  'bi_reader',
] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
