import { badUserInput } from '../../../lib/errors';
import type { PurchaseOrderRule } from '../entities/PurchaseOrderRule';

/** Purchase-order rules: a pure check, run when an invoice is created and by the quality KPIs. */

const MAX_PATTERN = 200;

/** Compiles a rule's pattern, anchored so the whole number must match; refuses what is not a usable expression. */
export function compilePattern(pattern: string): RegExp {
  if (pattern.length === 0 || pattern.length > MAX_PATTERN) throw badUserInput(`pattern must be 1 to ${MAX_PATTERN} characters`, 'pattern');
  try {
    return new RegExp(`^(?:${pattern.replace(/^\^/, '').replace(/\$$/, '')})$`, 'u');
  } catch {
    throw badUserInput(`pattern is not a valid regular expression: ${pattern}`, 'pattern');
  }
}

/** Why `number` does not satisfy `rule`, or null when it does (or no rule applies). */
export function purchaseOrderProblem(rule: Pick<PurchaseOrderRule, 'required' | 'pattern'> | null | undefined, number: string | null | undefined): string | null {
  const value = number?.trim() ?? '';
  if (!rule) return null;
  if (value === '') return rule.required ? 'the customer requires a purchase-order number on every invoice' : null;
  if (rule.pattern && !compilePattern(rule.pattern).test(value)) return `purchase-order number "${value}" does not have the customer's form ${rule.pattern}`;
  return null;
}
