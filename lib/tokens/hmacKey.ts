import { webcrypto } from 'node:crypto';

/**
 * HS256 keys imported once. Given the secret's bytes, jose imports a key for every token it signs
 * or verifies, which doubled the CPU of each: the gateway signs a token for every subgraph call, and
 * each subgraph verifies it.
 */

const imported = new Map<string, Promise<webcrypto.CryptoKey>>();

export function hmacKey(secret: string): Promise<webcrypto.CryptoKey> {
  let key = imported.get(secret);
  if (!key) {
    const bytes = new TextEncoder().encode(secret);
    key = webcrypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    imported.set(secret, key);
  }
  return key;
}
