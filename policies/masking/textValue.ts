import type { FieldKind } from './types';

/**
 * The string a String/ID field resolved to. Anything else is refused rather than coerced, so a
 * mis-typed value fails the field instead of being masked in some half-right way.
 */
export function textValue(value: unknown, strategy: string, kind: FieldKind): string {
  if (typeof value !== 'string')
    throw new Error(`${strategy}: a ${kind} field resolved to a ${typeof value}, not a string`);
  return value;
}
