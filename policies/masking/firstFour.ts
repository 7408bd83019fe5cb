import { defineMask } from './mask';
import { textValue } from './textValue';
import { TEXT_KINDS } from './types';

const VISIBLE = 4;

/**
 * FIRST_FOUR: the first four code points, X for the rest. A value of four or fewer is all X, or
 * showing "the first four" would show all of it.
 */
export const firstFour = defineMask({
  strategy: 'FIRST_FOUR',
  kinds: TEXT_KINDS,
  rank: 7,
  description: 'Replaces all but the first four characters with X (all of them if there are four or fewer)',
  apply(value, kind): string | null {
    if (value == null) return null;
    const characters = Array.from(textValue(value, 'FIRST_FOUR', kind));
    const kept = characters.length > VISIBLE ? characters.slice(0, VISIBLE) : [];
    return kept.join('') + 'X'.repeat(characters.length - kept.length);
  },
});
