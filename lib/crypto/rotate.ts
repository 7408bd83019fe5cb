import { decryptField, encryptField, keyIdOf } from './envelope';
import type { KeyRing } from './keyRing';

/**
 * Master-key rotation for stored fields: add a new key to the ring as active, then re-encrypt
 * every value that `needsRotation`; once none remain, the old key can leave the ring.
 */

/** True unless the ciphertext is under the active key; malformed input counts, so a rotation job surfaces it. */
export function needsRotation(ciphertext: string, ring: KeyRing): boolean {
  return keyIdOf(ciphertext) !== ring.active.id;
}

/**
 * Re-encrypts under the active key with a fresh data key. A ciphertext already under the active
 * key is returned unchanged, but is still decrypted first so that a wrong context or a corrupt
 * value fails here rather than passing a rotation job unnoticed.
 */
export function rotateField(ciphertext: string, ring: KeyRing, context: string): string {
  const plaintext = decryptField(ciphertext, ring, context);
  return needsRotation(ciphertext, ring) ? encryptField(plaintext, ring, context) : ciphertext;
}
