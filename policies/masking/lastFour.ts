import { assertSupported } from './supportedKinds';
import { textValue } from './textValue';
import type { FieldKind } from './types';

const VISIBLE = 4;

/**
 * LAST_FOUR: X for every code point but the last four. A value of four or fewer is all X, or
 * showing "the last four" would show all of it.
 */
export function lastFour(value: unknown, kind: FieldKind): string | null {
  assertSupported('LAST_FOUR', kind);
  if (value == null) return null;
  const characters = Array.from(textValue(value, 'LAST_FOUR', kind));
  const kept = characters.length > VISIBLE ? characters.slice(-VISIBLE) : [];
  return 'X'.repeat(characters.length - kept.length) + kept.join('');
}
