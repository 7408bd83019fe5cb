import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../lib/canonicalJson';
import { isPlainRecord, isSequenceNumber, isSha256Hex, isText } from './shape';
import type { ChainedEvent, EventDraft } from './types';

/** The previousHash of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/** SHA-256 hex of the canonical form of every stored field except the hash itself (an event without an origin hashes as before origins existed). */
export function eventHash(event: Omit<ChainedEvent, 'hash'>): string {
  const { id, sequence, at, kind, body, origin, previousHash } = event;
  return createHash('sha256')
    .update(canonicalJson({ id, sequence, at, kind, body, ...(origin ? { origin } : {}), previousHash }))
    .digest('hex');
}

/**
 * The event that follows `previous` (or starts the chain). The body is returned as it will read
 * back from JSON storage; a body that would read back differently (NaN, Infinity, Buffers, class
 * instances) is refused here, because it would later fail verification as if it had been tampered with.
 */
export function chainNext(previous: ChainedEvent | undefined, draft: EventDraft): ChainedEvent {
  const unhashed: Omit<ChainedEvent, 'hash'> = {
    id: requireText(draft.id, 'id'),
    sequence: previous === undefined ? 1 : nextSequence(previous),
    at: requireText(draft.at, 'at'),
    kind: requireText(draft.kind, 'kind'),
    body: storedBody(draft.body),
    ...(draft.origin ? { origin: draft.origin } : {}),
    previousHash: previous === undefined ? GENESIS_HASH : previousHashOf(previous),
  };
  return { ...unhashed, hash: eventHash(unhashed) };
}

/** Chains a batch of drafts in order after `previous`. */
export function chainMany(previous: ChainedEvent | undefined, drafts: readonly EventDraft[]): ChainedEvent[] {
  const chained: ChainedEvent[] = [];
  let last = previous;
  for (const draft of drafts) {
    last = chainNext(last, draft);
    chained.push(last);
  }
  return chained;
}

function nextSequence(previous: ChainedEvent): number {
  // A BIGINT column read back as a string would otherwise give '41' + 1 = '411'.
  if (!isSequenceNumber(previous.sequence)) throw new TypeError('previous event sequence must be a positive integer');
  return previous.sequence + 1;
}

function previousHashOf(previous: ChainedEvent): string {
  if (!isSha256Hex(previous.hash)) throw new TypeError('previous event hash must be 64 lowercase hex characters');
  return previous.hash;
}

function requireText(value: unknown, field: string): string {
  if (!isText(value)) throw new TypeError(`event ${field} must be a non-empty string`);
  return value;
}

function storedBody(body: unknown): Record<string, unknown> {
  if (!isPlainRecord(body)) throw new TypeError('event body must be an object');
  const stored = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  if (canonicalJson(stored) !== canonicalJson(body))
    throw new TypeError('event body does not survive JSON storage unchanged');
  return stored;
}
