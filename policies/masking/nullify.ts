import { assertSupported } from './supportedKinds';
import type { FieldKind } from './types';

/** NULLIFY: the field resolves to null whatever it held. */
export function nullify(_value: unknown, kind: FieldKind): null {
  assertSupported('NULLIFY', kind);
  return null;
}
