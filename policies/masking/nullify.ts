import { defineMask } from './mask';
import { FIELD_KINDS } from './types';

/** NULLIFY: the field resolves to null whatever it held. */
export const nullify = defineMask({
  strategy: 'NULLIFY',
  kinds: FIELD_KINDS,
  rank: 1,
  description: 'Replaces the value with null',
  apply: () => null,
});
