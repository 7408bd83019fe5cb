/**
 * HS256 keys imported once. Given the secret's bytes, jose imports a key for every token it signs
 * or verifies, which doubled the CPU of each: the gateway signs a token for every subgraph call, and
 * each subgraph verifies it.
 */

const imported = new Map<string, Promise<CryptoKey>>();

export function hmacKey(secret: string): Promise<CryptoKey> {
  let key = imported.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
      'verify',
    ]);
    imported.set(secret, key);
  }
  return key;
}
