import { sign, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../../../lib/canonicalJson';
import { decodeSignature, isEd25519, verifiesSafely } from '../../../lib/crypto/ed25519';
import { isPlainRecord, isSequenceNumber, isSha256Hex, isText } from './shape';
import type { ChainHead, Checkpoint, CheckpointSigningKey } from './types';

/**
 * Checkpoints: Ed25519 signatures over the chain head. Hashes alone only show that the chain is
 * self-consistent; someone who can write the store can recompute them all, but cannot sign.
 */

/** `reason` completes a sentence that starts with 'checkpoint <sequence> ', e.g. 'has an invalid signature'. */
export type CheckpointCheck = { valid: true } | { valid: false; reason: string };

export function signCheckpoint(head: ChainHead, at: string, key: CheckpointSigningKey): Checkpoint {
  if (!isSequenceNumber(head.sequence) || !isSha256Hex(head.hash))
    throw new TypeError('checkpoint head must be a valid sequence and hash');
  if (!isText(at)) throw new TypeError('checkpoint time must be a non-empty string');
  if (!isText(key.keyId)) throw new TypeError('checkpoint key id must be a non-empty string');
  if (!isEd25519(key.privateKey) || key.privateKey.type !== 'private')
    throw new TypeError('checkpoint signing key must be an Ed25519 private key');
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
  if (key === undefined || !isEd25519(key))
    return { valid: false, reason: `is signed by unknown key ${JSON.stringify(unsigned.keyId)}` };
  const signatureBytes = decodeSignature(signature);
  return signatureBytes !== null && verifiesSafely(signedBytes(unsigned), key, signatureBytes)
    ? { valid: true }
    : { valid: false, reason: 'has an invalid signature' };
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
