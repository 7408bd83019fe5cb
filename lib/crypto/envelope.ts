import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { KEY_ID_PATTERN, type KeyRing } from './keyRing';

/**
 * Per-field envelope encryption with AES-256-GCM. Each value gets its own random data key; only
 * that data key is encrypted ("wrapped") with a master key, so rotating master keys never needs
 * the bulk cipher to change and a leaked data key exposes one value.
 *
 * Stored format (four dot-separated fields, base64url without padding):
 *
 *   v1.<masterKeyId>.<wrapped>.<data>
 *
 *   wrapped = iv (12) || AES-256-GCM(masterKey, dataKey (32), aad = utf8(masterKeyId)) (32) || tag (16)
 *             -> exactly 60 bytes
 *   data    = iv (12) || AES-256-GCM(dataKey, utf8(plaintext), aad = utf8(context)) (n) || tag (16)
 *             -> 28 + n bytes
 *
 * Both parts use the same iv || ciphertext || tag layout. The context (e.g.
 * 'BankAccount.iban:bank_123') is authenticated, not stored: a ciphertext copied to another
 * record or field fails to decrypt. The key id is authenticated by the wrap, so relabelling a
 * ciphertext with another key id fails too.
 */

export class DecryptionError extends Error {
  override name = 'DecryptionError';
}

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const DATA_KEY_BYTES = 32;
const WRAPPED_BYTES = IV_BYTES + DATA_KEY_BYTES + TAG_BYTES;

interface Envelope {
  keyId: string;
  wrapped: Buffer;
  data: Buffer;
}

export function encryptField(plaintext: string, ring: KeyRing, context: string): string {
  // An empty context would let the ciphertext be moved anywhere.
  if (context === '') throw new RangeError('encryption context must not be empty');
  const { id, key } = ring.active;
  const dataKey = randomBytes(DATA_KEY_BYTES);
  try {
    const wrapped = seal(key, dataKey, id);
    const data = seal(dataKey, Buffer.from(plaintext, 'utf8'), context);
    return [VERSION, id, wrapped.toString('base64url'), data.toString('base64url')].join('.');
  } finally {
    dataKey.fill(0);
  }
}

export function decryptField(ciphertext: string, ring: KeyRing, context: string): string {
  const envelope = parseEnvelope(ciphertext);
  if (!envelope) throw new DecryptionError('malformed ciphertext');
  const master = ring.byId.get(envelope.keyId);
  if (!master) throw new DecryptionError(`unknown master key id "${envelope.keyId}"`);
  const dataKey = open(master.key, envelope.wrapped, envelope.keyId);
  try {
    return open(dataKey, envelope.data, context).toString('utf8');
  } finally {
    dataKey.fill(0);
  }
}

/** The master key id a ciphertext names, or undefined if it is not a well-formed envelope. */
export function keyIdOf(ciphertext: string): string | undefined {
  return parseEnvelope(ciphertext)?.keyId;
}

function parseEnvelope(ciphertext: string): Envelope | undefined {
  const parts = ciphertext.split('.');
  if (parts.length !== 4) return undefined;
  const [version, keyId, wrappedPart, dataPart] = parts;
  if (version !== VERSION || !KEY_ID_PATTERN.test(keyId)) return undefined;
  const wrapped = decodeBase64Url(wrappedPart);
  const data = decodeBase64Url(dataPart);
  if (wrapped?.length !== WRAPPED_BYTES || !data || data.length < IV_BYTES + TAG_BYTES) return undefined;
  return { keyId, wrapped, data };
}

/** Strict base64url: Buffer.from ignores stray characters and unused bits, the round trip does not. */
function decodeBase64Url(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

function seal(key: Buffer, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, body, cipher.getAuthTag()]);
}

function open(key: Buffer, sealed: Buffer, aad: string): Buffer {
  const iv = sealed.subarray(0, IV_BYTES);
  const body = sealed.subarray(IV_BYTES, sealed.length - TAG_BYTES);
  const tag = sealed.subarray(sealed.length - TAG_BYTES);
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(body), decipher.final()]);
  } catch {
    // One message for every cause, so a failure says nothing about which part was wrong.
    throw new DecryptionError('ciphertext failed authentication (wrong context, wrong key or tampered)');
  }
}
