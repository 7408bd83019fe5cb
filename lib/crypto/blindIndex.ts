import { createHmac, hkdfSync } from 'node:crypto';

/**
 * Blind indexes: a keyed hash stored next to an encrypted value so it can be found by exact match
 * (`WHERE iban_index = ?`) without decrypting anything. Equal values give equal indexes, so an index
 * reveals which rows share a value; use it only for values with enough entropy to resist guessing
 * by someone who holds the index key.
 *
 * Index keys derive from a dedicated secret passed in by the caller, never from the master key
 * ring: rotating master keys re-encrypts values but must not invalidate every stored index.
 */

const INDEX_KEY_BYTES = 32;
const MIN_SECRET_BYTES = 32;
const HKDF_SALT = 'custos.blind-index.v1';

/** One key per purpose (e.g. 'iban', 'email'), so indexes of one column cannot be matched against another's. */
export function deriveIndexKey(secret: Buffer, purpose: string): Buffer {
  if (secret.length < MIN_SECRET_BYTES)
    throw new RangeError(`blind index secret must be at least ${MIN_SECRET_BYTES} bytes`);
  if (purpose === '') throw new RangeError('blind index purpose must not be empty');
  return Buffer.from(hkdfSync('sha256', secret, HKDF_SALT, `blind-index:${purpose}`, INDEX_KEY_BYTES));
}

/** HMAC-SHA256 of the normalised value, as 64 lowercase hex characters. */
export function blindIndex(value: string, indexKey: Buffer, normalise: (v: string) => string = (v) => v): string {
  if (indexKey.length < INDEX_KEY_BYTES)
    throw new RangeError(`blind index key must be at least ${INDEX_KEY_BYTES} bytes`);
  return createHmac('sha256', indexKey).update(normalise(value), 'utf8').digest('hex');
}
