import type { KeyObject } from 'node:crypto';
import type { EventOrigin } from '../../../lib/crypto/origin';

/** One audit event as stored. `sequence` starts at 1 and increases by 1 with no gaps. */
export interface ChainedEvent {
  /** Unique event id. */
  id: string;
  sequence: number;
  /** ISO-8601 UTC time. */
  at: string;
  /** E.g. 'QUERY', 'ALERT'. */
  kind: string;
  /** Everything else; must be JSON-serialisable. */
  body: Record<string, unknown>;
  /** Who produced the event, signed by them (lib/crypto/origin.ts); absent on events from before origins were signed. */
  origin?: EventOrigin;
  /** Hash of the event before; GENESIS_HASH for sequence 1. */
  previousHash: string;
  /** SHA-256 hex of this event's canonical form (which includes previousHash). */
  hash: string;
}

/** What the store supplies when appending; the chain assigns sequence and hashes. */
export type EventDraft = Pick<ChainedEvent, 'id' | 'at' | 'kind' | 'body' | 'origin'>;

/** The newest event's position, which is what a checkpoint signs. */
export type ChainHead = Pick<ChainedEvent, 'sequence' | 'hash'>;

/** A signed statement that the chain had `hash` at `sequence`. */
export interface Checkpoint {
  sequence: number;
  hash: string;
  at: string;
  keyId: string;
  /** Base64 Ed25519 signature over the canonical form of {sequence, hash, at, keyId}. */
  signature: string;
}

export interface CheckpointSigningKey {
  keyId: string;
  /** An Ed25519 private key. */
  privateKey: KeyObject;
}

export interface ChainVerdict {
  intact: boolean;
  /** Events examined: the length of the chain as given, also when the verdict names an earlier break. */
  length: number;
  /**
   * The first event that is not what the chain says it must be (modified, inserted, reordered, or
   * the first one after a deletion); null when intact or when the problem is truncation/checkpoint-only.
   */
  firstBrokenEventId: string | null;
  /** Sequence at which the break was found. */
  firstBrokenSequence: number | null;
  /** A short human-readable reason, e.g. 'hash mismatch: event content was modified'. */
  reason: string | null;
  /** Checkpoints whose signatures verified and matched the chain. */
  checkpointsVerified: number;
  /** Events whose origin signature verified (events from before origins were signed have none). */
  originsVerified: number;
}
