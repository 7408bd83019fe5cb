import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  verify,
  type KeyObject,
} from 'node:crypto';

/**
 * Ed25519 keys as Custos keeps them: PEM in files, base64 DER in environment variables. Used to sign
 * audit checkpoints and the origin of audit events.
 */

const SIGNATURE_BYTES = 64;

export function generateEd25519KeyPair(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}

export function isEd25519(key: KeyObject | undefined): boolean {
  return key?.asymmetricKeyType === 'ed25519';
}

function requireEd25519(key: KeyObject): KeyObject {
  if (!isEd25519(key)) throw new TypeError(`expected an Ed25519 key, got ${key.asymmetricKeyType ?? key.type}`);
  return key;
}

function isPem(text: string): boolean {
  return text.trimStart().startsWith('-----BEGIN ');
}

/** An Ed25519 key from PEM: a private key for a PRIVATE KEY block, else a public key. */
export function keyFromPem(pem: string): KeyObject {
  return requireEd25519(pem.includes('PRIVATE KEY-----') ? createPrivateKey(pem) : createPublicKey(pem));
}

/** A signing key from PEM or from base64 PKCS#8 DER (which fits in an environment variable). */
export function loadSigningKey(pemOrBase64Der: string): KeyObject {
  return requireEd25519(
    isPem(pemOrBase64Der)
      ? createPrivateKey(pemOrBase64Der)
      : createPrivateKey({ key: Buffer.from(pemOrBase64Der.trim(), 'base64'), format: 'der', type: 'pkcs8' }),
  );
}

/** A verification key from PEM or base64 SPKI DER; a private PEM is accepted and reduced to its public half. */
export function loadVerifyingKey(pemOrBase64Der: string): KeyObject {
  return requireEd25519(
    isPem(pemOrBase64Der)
      ? createPublicKey(pemOrBase64Der)
      : createPublicKey({ key: Buffer.from(pemOrBase64Der.trim(), 'base64'), format: 'der', type: 'spki' }),
  );
}

/** A short, stable name for a public key, stored with what it signed. */
export function ed25519KeyId(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** Buffer.from ignores characters that are not base64, so only an exact round trip counts as a signature. */
export function decodeSignature(signature: unknown): Buffer | null {
  if (typeof signature !== 'string') return null;
  const bytes = Buffer.from(signature, 'base64');
  return bytes.length === SIGNATURE_BYTES && bytes.toString('base64') === signature ? bytes : null;
}

/** Never throws: stored data is untrusted. */
export function verifiesSafely(data: Buffer, key: KeyObject, signature: Buffer): boolean {
  try {
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
}
