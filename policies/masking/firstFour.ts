import { assertSupported } from './supportedKinds';
import { textValue } from './textValue';
import type { FieldKind } from './types';

const VISIBLE = 4;

/**
 * FIRST_FOUR: the first four code points, X for the rest. A value of four or fewer is all X, or
 * showing "the first four" would show all of it.
 */
export function firstFour(value: unknown, kind: FieldKind): string | null {
  assertSupported('FIRST_FOUR', kind);
  if (value == null) return null;
  const characters = Array.from(textValue(value, 'FIRST_FOUR', kind));
  const kept = characters.length > VISIBLE ? characters.slice(0, VISIBLE) : [];
  return kept.join('') + 'X'.repeat(characters.length - kept.length);
}
