import { assertSupported } from './supportedKinds';
import { textValue } from './textValue';
import type { FieldKind } from './types';

/** A fixed-length replacement, so the mask does not reveal how long the local part was. */
const HIDDEN = 'XXXXX';

/** EMAIL: hides the local part and keeps the domain; anything not shaped like local@domain is hidden whole. */
export function email(value: unknown, kind: FieldKind): string | null {
  assertSupported('EMAIL', kind);
  if (value == null) return null;
  const parts = textValue(value, 'EMAIL', kind).split('@');
  return parts.length === 2 && parts[1] !== '' ? `${HIDDEN}@${parts[1]}` : HIDDEN;
}
