import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../../lib/canonicalJson';
import { isPlainRecord, isSequenceNumber, isSha256Hex, isText } from './shape';
import type { ChainHead, Checkpoint, CheckpointSigningKey } from './types';

/**
 * Checkpoints: Ed25519 signatures over the chain head. Hashes alone only show that the chain is
 * self-consistent; someone who can write the store can recompute them all, but cannot sign.
 */

const SIGNATURE_BYTES = 64;

/** `reason` completes a sentence that starts with 'checkpoint <sequence> ', e.g. 'has an invalid signature'. */
export type CheckpointCheck = { valid: true } | { valid: false; reason: string };

export function signCheckpoint(head: ChainHead, at: string, key: CheckpointSigningKey): Checkpoint {
  if (!isSequenceNumber(head.sequence) || !isSha256Hex(head.hash)) throw new TypeError('checkpoint head must be a valid sequence and hash');
  if (!isText(at)) throw new TypeError('checkpoint time must be a non-empty string');
  if (!isText(key.keyId)) throw new TypeError('checkpoint key id must be a non-empty string');
  if (!isEd25519(key.privateKey) || key.privateKey.type !== 'private') throw new TypeError('checkpoint signing key must be an Ed25519 private key');
  const unsigned = { sequence: head.sequence, hash: head.hash, at, keyId: key.keyId };
  return { ...unsigned, signature: sign(null, signedBytes(unsigned), key.privateKey).toString('base64') };
}

/** True only for a well-formed checkpoint signed by the key its keyId names. Never throws. */
export function verifyCheckpointSignature(cp: Checkpoint, publicKeys: ReadonlyMap<string, KeyObject>): boolean {
  return checkCheckpoint(cp, publicKeys).valid;
}

/** Like verifyCheckpointSignature, but says what is wrong. Accepts anything, since stored data may be garbage. */
export function checkCheckpoint(cp: unknown, publicKeys: ReadonlyMap<string, KeyObject>): CheckpointCheck {
  const malformed = describeMalformedCheckpoint(cp);
  if (malformed !== null) return { valid: false, reason: `is malformed: ${malformed}` };
  const { signature, ...unsigned } = cp as Checkpoint;
  const key = publicKeys.get(unsigned.keyId);
  if (key === undefined || !isEd25519(key)) return { valid: false, reason: `is signed by unknown key ${JSON.stringify(unsigned.keyId)}` };
  const signatureBytes = decodeSignature(signature);
  return signatureBytes !== null && verifiesSafely(signedBytes(unsigned), key, signatureBytes)
    ? { valid: true }
    : { valid: false, reason: 'has an invalid signature' };
}

export function generateCheckpointKeyPair(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKeyPem: privateKey, publicKeyPem: publicKey };
}

/** An Ed25519 key from PEM: a private key for a PRIVATE KEY block, else a public key. */
export function keyFromPem(pem: string): KeyObject {
  return requireEd25519(pem.includes('PRIVATE KEY-----') ? createPrivateKey(pem) : createPublicKey(pem));
}

/** The signing key from PEM or from base64 PKCS#8 DER (which fits in an environment variable). */
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

function describeMalformedCheckpoint(cp: unknown): string | null {
  if (!isPlainRecord(cp)) return 'not an object';
  if (!isSequenceNumber(cp.sequence)) return 'sequence is not a positive integer';
  if (!isSha256Hex(cp.hash)) return 'hash is not a SHA-256 hex digest';
  if (!isText(cp.at)) return 'at is not a non-empty string';
  if (!isText(cp.keyId)) return 'keyId is not a non-empty string';
  if (typeof cp.signature !== 'string') return 'signature is not a string';
  return null;
}

/** Exactly the fields signed, in canonical form, so a checkpoint read back from any store verifies. */
function signedBytes(unsigned: Omit<Checkpoint, 'signature'>): Buffer {
  const { sequence, hash, at, keyId } = unsigned;
  return Buffer.from(canonicalJson({ sequence, hash, at, keyId }), 'utf8');
}

/** Buffer.from ignores characters that are not base64, so only an exact round trip counts as base64. */
function decodeSignature(signature: string): Buffer | null {
  const bytes = Buffer.from(signature, 'base64');
  return bytes.length === SIGNATURE_BYTES && bytes.toString('base64') === signature ? bytes : null;
}

function verifiesSafely(data: Buffer, key: KeyObject, signature: Buffer): boolean {
  try {
    return verify(null, data, key, signature);
  } catch {
    return false;
  }
}

function isEd25519(key: KeyObject | undefined): boolean {
  return key?.asymmetricKeyType === 'ed25519';
}

function requireEd25519(key: KeyObject): KeyObject {
  if (!isEd25519(key)) throw new TypeError(`expected an Ed25519 key, got ${key.asymmetricKeyType ?? key.type}`);
  return key;
}

function isPem(text: string): boolean {
  return text.trimStart().startsWith('-----BEGIN ');
}
