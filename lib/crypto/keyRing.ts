import { createHash } from 'node:crypto';

/**
 * Master keys for envelope encryption. A ring holds every key that may still appear in stored
 * ciphertexts (so old data stays readable) and names the one active key that new writes use.
 *
 * Spec format, e.g. from an environment variable: `id1:base64key,id2:base64key`. Ids are what a
 * ciphertext names; they are not secret. Keys are standard padded base64 of exactly 32 bytes
 * (`openssl rand -base64 32`). Error messages name ids and positions only, never key material.
 */

export interface MasterKey {
  id: string;
  /** 32 bytes, used as an AES-256-GCM key. */
  key: Buffer;
}

export interface KeyRing {
  active: MasterKey;
  byId: ReadonlyMap<string, MasterKey>;
}

export class KeyRingError extends Error {
  override name = 'KeyRingError';
}

/** Ids appear inside ciphertexts between dots, so they may not contain one. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;
const MASTER_KEY_BYTES = 32;

export function parseKeyRing(spec: string, activeId?: string): KeyRing {
  if (spec.trim() === '') throw new KeyRingError('key ring is empty');
  const keys = spec.split(',').map((entry, index) => parseEntry(entry.trim(), index + 1));
  const byId = new Map<string, MasterKey>();
  for (const key of keys) {
    if (byId.has(key.id)) throw new KeyRingError(`key id "${key.id}" is listed twice`);
    byId.set(key.id, key);
  }
  // The last listed key is active by default, so rotating is "append a key".
  const active = activeId === undefined ? keys[keys.length - 1] : byId.get(activeId);
  if (!active) {
    // Echo only a well-formed id: at most 32 characters, it can never be a whole 44-character key.
    const named = activeId !== undefined && KEY_ID_PATTERN.test(activeId) ? ` "${activeId}"` : '';
    throw new KeyRingError(`active key id${named} is not in the key ring`);
  }
  return { active, byId };
}

function parseEntry(entry: string, position: number): MasterKey {
  const separator = entry.indexOf(':');
  if (separator < 0) throw new KeyRingError(`key ring entry ${position} is not of the form id:base64key`);
  const id = entry.slice(0, separator);
  const encoded = entry.slice(separator + 1);
  if (!KEY_ID_PATTERN.test(id))
    throw new KeyRingError(`key ring entry ${position} has an invalid id (expected ${KEY_ID_PATTERN.source})`);
  const key = Buffer.from(encoded, 'base64');
  // Buffer.from skips characters it does not understand; the round trip refuses anything but canonical base64.
  if (key.toString('base64') !== encoded || key.length !== MASTER_KEY_BYTES) {
    throw new KeyRingError(`key "${id}" is not ${MASTER_KEY_BYTES} bytes of base64`);
  }
  return { id, key };
}

const DEVELOPMENT_KEY_SEED = 'custos development master key v1 - public, never use in production';

/** A fixed, publicly known key for embedded/dev mode only: anything it encrypts is readable by anyone with this source. */
export function deriveDevelopmentKeyRing(): KeyRing {
  const active: MasterKey = { id: 'dev-1', key: createHash('sha256').update(DEVELOPMENT_KEY_SEED).digest() };
  return { active, byId: new Map([[active.id, active]]) };
}
