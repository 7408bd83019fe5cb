import { defineMask } from './mask';
import { textValue } from './textValue';

/** A fixed-length replacement, so the mask does not reveal how long the local part was. */
const HIDDEN = 'XXXXX';

/** EMAIL: hides the local part and keeps the domain; anything not shaped like local@domain is hidden whole. */
export const email = defineMask({
  strategy: 'EMAIL',
  kinds: ['String'],
  rank: 7,
  description: 'Replaces the part of an email address before the @ with XXXXX, keeping the domain',
  apply(value, kind): string | null {
    if (value == null) return null;
    const parts = textValue(value, 'EMAIL', kind).split('@');
    return parts.length === 2 && parts[1] !== '' ? `${HIDDEN}@${parts[1]}` : HIDDEN;
  },
});
