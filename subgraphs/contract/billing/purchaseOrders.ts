import { badUserInput } from '../../../lib/errors';
import type { PurchaseOrderRule } from '../entities/PurchaseOrderRule';

/**
 * Purchase-order rules: a pure check, run when an invoice is created and by the quality KPIs.
 *
 * A pattern is a small, safe subset of regular expressions: literal letters, digits, `-`, `/`,
 * `_` and spaces, `\d`, and character classes like `[A-Z]` or `[0-9A-F]`, each optionally
 * followed by `{n}`, `{n,m}` or `?`. No alternation, groups or unbounded repetition, so matching
 * is linear and a rule can never stall the server (e.g. `PO-\d{6}`, `[A-Z]{2}\d{4,8}`).
 */

const MAX_PATTERN = 100;
const TOKEN = String.raw`(?:[A-Za-z0-9\-/_ ]|\\d|\[(?:[A-Za-z0-9](?:-[A-Za-z0-9])?)+\])(?:\{\d{1,2}(?:,\d{1,2})?\}|\?)?`;
const SAFE_PATTERN = new RegExp(`^(?:${TOKEN})+$`);
const compiled = new Map<string, RegExp>();

/** Compiles a rule's pattern, anchored so the whole number must match; refuses anything outside the safe subset. */
export function compilePattern(pattern: string): RegExp {
  const known = compiled.get(pattern);
  if (known) return known;
  if (pattern.length === 0 || pattern.length > MAX_PATTERN || !SAFE_PATTERN.test(pattern)) {
    throw badUserInput(
      `pattern must be 1 to ${MAX_PATTERN} characters of letters, digits, - / _ space, \\d and [A-Z]-style classes, each optionally followed by {n}, {n,m} or ?`,
      'pattern',
    );
  }
  const regex = new RegExp(`^${pattern}$`, 'u');
  compiled.set(pattern, regex);
  return regex;
}

/** Why `number` does not satisfy `rule`, or null when it does (or no rule applies). */
export function purchaseOrderProblem(
  rule: Pick<PurchaseOrderRule, 'required' | 'pattern'> | null | undefined,
  number: string | null | undefined,
): string | null {
  const value = number?.trim() ?? '';
  if (!rule) return null;
  if (value === '') return rule.required ? 'the customer requires a purchase-order number on every invoice' : null;
  if (rule.pattern && !compilePattern(rule.pattern).test(value))
    return `purchase-order number "${value}" does not have the customer's form ${rule.pattern}`;
  return null;
}
