import { createHmac } from 'node:crypto';

/**
 * Text as it compares between systems: Unicode NFKC (full-width letters, ligatures, non-breaking
 * spaces become their plain forms), inner whitespace collapsed, trimmed, lower case. Blank is ''.
 */
export function comparableText(value: string | null | undefined): string {
  return (value ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A keyed fingerprint of the comparable form: equal for values that compare equal, and useless to
 * anyone without the key. Lets another service compare values (drift) without ever seeing them.
 */
export function comparableFingerprint(value: string | null | undefined, key: string): string | null {
  const text = comparableText(value);
  return text === '' ? null : createHmac('sha256', key).update(text).digest('hex').slice(0, 32);
}
