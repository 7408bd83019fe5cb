import { sign, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../canonicalJson';
import { decodeSignature, isEd25519, verifiesSafely } from './ed25519';

/**
 * Origin signatures: who produced an audit event. Each Custos process signs the events it appends
 * with an Ed25519 key of its own, and the audit subgraph keeps only what the process it names
 * signed, and only what that process may report (the gateway reports operations and alerts; any
 * service may report a refused call). The shared internal-token secret lets a service call another;
 * it does not let anyone write the trail in the gateway's name.
 */

export interface EventOrigin {
  /** The process: `gateway`, or a subgraph's name. */
  by: string;
  keyId: string;
  /** Base64 Ed25519 signature over the canonical form of {id, kind, body, by}. */
  signature: string;
}

export interface OriginSigner {
  by: string;
  keyId: string;
  privateKey: KeyObject;
}

/** The keys each process may sign with, by process and key id. */
export type OriginKeys = ReadonlyMap<string, ReadonlyMap<string, KeyObject>>;

export interface OriginatedEvent {
  id: string;
  kind: string;
  body: unknown;
}

/** What a process may put on the trail. */
export function mayOriginate(by: string, kind: string): boolean {
  return kind === 'ATTEMPT' || (by === 'gateway' && (kind === 'OPERATION' || kind === 'ALERT'));
}

function signedBytes(event: OriginatedEvent, by: string): Buffer {
  return Buffer.from(canonicalJson({ id: event.id, kind: event.kind, body: event.body, by }), 'utf8');
}

export function signOrigin(event: OriginatedEvent, signer: OriginSigner): EventOrigin {
  return {
    by: signer.by,
    keyId: signer.keyId,
    signature: sign(null, signedBytes(event, signer.by), signer.privateKey).toString('base64'),
  };
}

export type OriginCheck = { valid: true } | { valid: false; reason: string };

/** Whether `origin` is a valid signature of `event` by a process that may report it. Never throws. */
export function checkOrigin(event: OriginatedEvent, origin: unknown, keys: OriginKeys): OriginCheck {
  if (origin === null || typeof origin !== 'object') return { valid: false, reason: 'has no origin signature' };
  const { by, keyId, signature } = origin as Partial<EventOrigin>;
  if (typeof by !== 'string' || typeof keyId !== 'string') return { valid: false, reason: 'has a malformed origin' };
  if (!mayOriginate(by, event.kind))
    return { valid: false, reason: `is a ${event.kind} event, which ${by} may not report` };
  const key = keys.get(by)?.get(keyId);
  if (!key || !isEd25519(key)) return { valid: false, reason: `is signed by a key ${by} does not hold` };
  const bytes = decodeSignature(signature);
  let content: Buffer;
  try {
    content = signedBytes(event, by);
  } catch {
    return { valid: false, reason: 'has a body that cannot be signed' };
  }
  return bytes !== null && verifiesSafely(content, key, bytes)
    ? { valid: true }
    : { valid: false, reason: 'has an origin signature that does not verify' };
}
