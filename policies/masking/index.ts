import { bucket } from './bucket';
import { dateYear } from './dateYear';
import { defaultValue } from './defaultValue';
import { email } from './email';
import { firstFour } from './firstFour';
import { hash } from './hash';
import { lastFour } from './lastFour';
import { nullify } from './nullify';
import { round } from './round';
import { SUPPORTED_KINDS } from './supportedKinds';
import type { FieldKind, MaskingFunction, MaskingOptions, MaskingStrategy } from './types';

export * from './types';

export interface MaskingRule {
  apply: MaskingFunction;
  kinds: readonly FieldKind[];
  /** One line for compliance reviewers: what a reader of the masked field sees. */
  description: string;
}

function rule(strategy: MaskingStrategy, apply: MaskingFunction, description: string): MaskingRule {
  return Object.freeze({ apply, kinds: SUPPORTED_KINDS[strategy], description });
}

export const MASKING: Readonly<Record<MaskingStrategy, MaskingRule>> = Object.freeze({
  NULLIFY: rule('NULLIFY', nullify, 'Replaces the value with null'),
  DEFAULT: rule(
    'DEFAULT',
    defaultValue,
    "Replaces the value with its type's default: empty, 0, false, 1970-01-01, or zero in its currency",
  ),
  HASH: rule('HASH', hash, 'Replaces the text with its salted HMAC-SHA256 hash, so equal values still match in joins'),
  LAST_FOUR: rule(
    'LAST_FOUR',
    lastFour,
    'Replaces all but the last four characters with X (all of them if there are four or fewer)',
  ),
  FIRST_FOUR: rule(
    'FIRST_FOUR',
    firstFour,
    'Replaces all but the first four characters with X (all of them if there are four or fewer)',
  ),
  EMAIL: rule('EMAIL', email, 'Replaces the part of an email address before the @ with XXXXX, keeping the domain'),
  DATE_YEAR: rule('DATE_YEAR', dateYear, 'Replaces a date or timestamp with 1 January of its year'),
  ROUND: rule(
    'ROUND',
    round,
    'Rounds an amount to the nearest configured multiple, half away from zero, keeping the currency',
  ),
  BUCKET: rule(
    'BUCKET',
    bucket,
    'Replaces an amount with the lower bound and label of its configured range, e.g. 10000-50000',
  ),
});

/** Own keys only: a strategy name read from a policy must not reach Object.prototype ("constructor"). */
function ruleFor(strategy: MaskingStrategy): MaskingRule | undefined {
  return Object.hasOwn(MASKING, strategy) ? MASKING[strategy] : undefined;
}

export function supports(strategy: MaskingStrategy, kind: FieldKind): boolean {
  return ruleFor(strategy)?.kinds.includes(kind) ?? false;
}

export function mask(strategy: MaskingStrategy, value: unknown, kind: FieldKind, options: MaskingOptions): unknown {
  const found = ruleFor(strategy);
  if (!found) throw new Error(`unknown masking strategy ${String(strategy)}`);
  return found.apply(value, kind, options);
}
