import { createHmac } from 'node:crypto';
import { defineMask } from './mask';
import { textValue } from './textValue';
import { TEXT_KINDS } from './types';

/** Below this a salt is guessable, and the hash of a known value would identify it. */
const MIN_SALT_LENGTH = 16;

/**
 * HASH: keyed HMAC-SHA256 rather than a bare hash, so nobody without the deployment salt can
 * hash candidate values to reverse it, while equal values still hash equally for joins.
 */
export const hash = defineMask({
  strategy: 'HASH',
  kinds: TEXT_KINDS,
  rank: 5,
  description: 'Replaces the text with its salted HMAC-SHA256 hash, so equal values still match in joins',
  apply(value, kind, options): string | null {
    if (options.salt.length < MIN_SALT_LENGTH)
      throw new Error(`HASH needs a salt of at least ${MIN_SALT_LENGTH} characters`);
    if (value == null) return null;
    return createHmac('sha256', options.salt)
      .update(textValue(value, 'HASH', kind), 'utf8')
      .digest('hex');
  },
});
