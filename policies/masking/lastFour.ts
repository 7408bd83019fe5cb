import { defineMask } from './mask';
import { textValue } from './textValue';
import { TEXT_KINDS } from './types';

const VISIBLE = 4;

/**
 * LAST_FOUR: X for every code point but the last four. A value of four or fewer is all X, or
 * showing "the last four" would show all of it.
 */
export const lastFour = defineMask({
  strategy: 'LAST_FOUR',
  kinds: TEXT_KINDS,
  rank: 7,
  description: 'Replaces all but the last four characters with X (all of them if there are four or fewer)',
  apply(value, kind): string | null {
    if (value == null) return null;
    const characters = Array.from(textValue(value, 'LAST_FOUR', kind));
    const kept = characters.length > VISIBLE ? characters.slice(-VISIBLE) : [];
    return 'X'.repeat(characters.length - kept.length) + kept.join('');
  },
});
