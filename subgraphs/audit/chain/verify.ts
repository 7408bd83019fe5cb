import type { KeyObject } from 'node:crypto';
import { checkOrigin, type OriginKeys } from '../../../lib/crypto/origin';
import { checkCheckpoint } from './checkpoint';
import { GENESIS_HASH, eventHash } from './hash';
import { isPlainRecord, isSequenceNumber, isSha256Hex, isText } from './shape';
import type { ChainVerdict, ChainedEvent, Checkpoint } from './types';

/**
 * Verifies a whole chain and its checkpoints, reporting the first problem in sequence order. Hash
 * links catch edits, deletions, insertions and reordering; only a signed checkpoint catches a
 * rewrite that recomputed every hash after the edit, or a deletion of the newest events; origin
 * signatures catch an event its process did not produce (once signed events begin, every later
 * event must carry a valid one).
 *
 * Never throws: stored rows are untrusted, so anything malformed becomes a not-intact verdict.
 */
export function verifyChain(
  events: readonly ChainedEvent[],
  checkpoints: readonly Checkpoint[],
  publicKeys: ReadonlyMap<string, KeyObject>,
  originKeys: OriginKeys,
): ChainVerdict {
  const { bySequence, unplaced } = placeCheckpoints(checkpoints);
  const idsSeen = new Map<string, number>();
  let previous: ChainedEvent | undefined;
  let checkpointsVerified = 0;
  let originsVerified = 0;
  let lastCheckpointMatched = 0;
  const verdict = (found: Break | null): ChainVerdict => ({
    ...verdictOf(events.length, checkpointsVerified, found),
    originsVerified,
  });

  for (let index = 0; index < events.length; index++) {
    const eventBreak = checkEvent(events, index, previous, idsSeen);
    if (eventBreak !== null) return verdict(eventBreak);
    const event = events[index];
    if (event.origin !== undefined || originsVerified > 0) {
      const origin = checkOrigin(event, event.origin, originKeys);
      if (!origin.valid)
        return verdict({ eventId: event.id, sequence: event.sequence, reason: `origin: the event ${origin.reason}` });
      originsVerified++;
    }
    for (const cp of bySequence.get(event.sequence) ?? []) {
      const check = checkCheckpoint(cp, publicKeys);
      if (!check.valid) return verdict(checkpointOnly(`checkpoint ${event.sequence} ${check.reason}`));
      if (cp.hash !== event.hash) {
        // Every hash link held, so the events since the last matching checkpoint were rewritten and rehashed.
        const rewritten = describeRewritten(lastCheckpointMatched + 1, event.sequence);
        return verdict({
          eventId: event.id,
          sequence: event.sequence,
          reason: `hash differs from checkpoint ${event.sequence}: ${rewritten}`,
        });
      }
      checkpointsVerified++;
      lastCheckpointMatched = event.sequence;
    }
    idsSeen.set(event.id, event.sequence);
    previous = event;
  }
  return verdict(checkBeyondEnd(events.length, bySequence, checkpoints, unplaced, publicKeys));
}

/** Where the chain first goes wrong; eventId and sequence name the same event whenever one is named. */
interface Break {
  eventId: string | null;
  sequence: number | null;
  reason: string;
}

function verdictOf(
  length: number,
  checkpointsVerified: number,
  found: Break | null,
): Omit<ChainVerdict, 'originsVerified'> {
  return {
    intact: found === null,
    length,
    firstBrokenEventId: found?.eventId ?? null,
    firstBrokenSequence: found?.sequence ?? null,
    reason: found?.reason ?? null,
    checkpointsVerified,
  };
}

function checkpointOnly(reason: string): Break {
  return { eventId: null, sequence: null, reason };
}

/** Checkpoints grouped by the sequence they sign; those without a usable sequence are kept by index. */
function placeCheckpoints(checkpoints: readonly Checkpoint[]): {
  bySequence: Map<number, Checkpoint[]>;
  unplaced: number[];
} {
  const bySequence = new Map<number, Checkpoint[]>();
  const unplaced: number[] = [];
  checkpoints.forEach((cp, index) => {
    const sequence: unknown = isPlainRecord(cp) ? cp.sequence : undefined;
    if (!isSequenceNumber(sequence)) unplaced.push(index);
    else if (bySequence.has(sequence)) bySequence.get(sequence)?.push(cp);
    else bySequence.set(sequence, [cp]);
  });
  return { bySequence, unplaced };
}

/** The problem with the event at `index`, given that every event before it was sound. */
function checkEvent(
  events: readonly ChainedEvent[],
  index: number,
  previous: ChainedEvent | undefined,
  idsSeen: ReadonlyMap<string, number>,
): Break | null {
  const raw: unknown = events[index];
  const expected = index + 1;
  const malformed = describeMalformedEvent(raw);
  if (malformed !== null)
    return { eventId: readableId(raw), sequence: expected, reason: `malformed event: ${malformed}` };
  const event = raw as ChainedEvent;
  const named = (reason: string): Break => ({ eventId: event.id, sequence: event.sequence, reason });

  if (event.sequence > expected) {
    return named(
      laterEventHasSequence(events, index, expected)
        ? `sequence out of order: expected ${expected}, found ${event.sequence}`
        : `sequence gap: ${describeMissing(expected, event.sequence - 1)}`,
    );
  }
  if (event.sequence < expected) {
    return previous !== undefined && event.sequence === previous.sequence
      ? duplicateBreak(events[index + 1], previous, event)
      : named(`sequence out of order: expected ${expected}, found ${event.sequence}`);
  }
  const expectedPrevious = previous === undefined ? GENESIS_HASH : previous.hash;
  if (event.previousHash !== expectedPrevious) {
    return named(
      previous === undefined
        ? 'previousHash mismatch: the first event does not start from the genesis hash'
        : `previousHash mismatch: event does not link to event ${previous.sequence}`,
    );
  }
  const computed = hashOrNull(event);
  if (computed === null) return named('malformed event: body is not JSON-serialisable');
  if (event.hash !== computed) return named('hash mismatch: event content was modified');
  const earlier = idsSeen.get(event.id);
  if (earlier !== undefined) return named(`duplicate id: already used by event ${earlier}`);
  return null;
}

function describeMalformedEvent(raw: unknown): string | null {
  if (!isPlainRecord(raw)) return 'not an object';
  if (!isText(raw.id)) return 'id is not a non-empty string';
  if (!isSequenceNumber(raw.sequence)) return 'sequence is not a positive integer';
  if (!isText(raw.at)) return 'at is not a non-empty string';
  if (!isText(raw.kind)) return 'kind is not a non-empty string';
  if (!isPlainRecord(raw.body)) return 'body is not an object';
  if (!isSha256Hex(raw.previousHash)) return 'previousHash is not a SHA-256 hex digest';
  if (!isSha256Hex(raw.hash)) return 'hash is not a SHA-256 hex digest';
  return null;
}

function readableId(raw: unknown): string | null {
  return isPlainRecord(raw) && isText(raw.id) ? raw.id : null;
}

/** Bodies that cannot be serialised (BigInt, cycles) only reach here from hostile input. */
function hashOrNull(event: ChainedEvent): string | null {
  try {
    return eventHash(event);
  } catch {
    return null;
  }
}

/** Distinguishes reordering (the expected event comes later) from deletion (it is nowhere). */
function laterEventHasSequence(events: readonly ChainedEvent[], index: number, sequence: number): boolean {
  for (let later = index + 1; later < events.length; later++) {
    const raw: unknown = events[later];
    if (isPlainRecord(raw) && raw.sequence === sequence) return true;
  }
  return false;
}

/**
 * Two events claim one sequence. The earlier one passed every check, so name the later one, unless
 * the next event links to the later one only: then the earlier one is the insertion.
 */
function duplicateBreak(next: unknown, previous: ChainedEvent, event: ChainedEvent): Break {
  const nextLinksToLaterOnly = isPlainRecord(next) && next.previousHash === event.hash && event.hash !== previous.hash;
  const inserted = nextLinksToLaterOnly ? previous : event;
  return {
    eventId: inserted.id,
    sequence: inserted.sequence,
    reason: `duplicate sequence ${event.sequence}: an event was inserted`,
  };
}

/** After the walk: checkpoints that sign events the chain does not have, then unplaceable ones. */
function checkBeyondEnd(
  length: number,
  bySequence: ReadonlyMap<number, readonly Checkpoint[]>,
  checkpoints: readonly Checkpoint[],
  unplaced: readonly number[],
  publicKeys: ReadonlyMap<string, KeyObject>,
): Break | null {
  const beyond = [...bySequence.entries()]
    .filter(([sequence]) => sequence > length)
    .sort(([a], [b]) => a - b)
    .flatMap(([, cps]) => cps.map((cp) => ({ cp, check: checkCheckpoint(cp, publicKeys) })));
  // The highest validly signed checkpoint proves how far the chain reached before it was cut.
  const provenLength = beyond.reduce((max, { cp, check }) => (check.valid ? Math.max(max, cp.sequence) : max), 0);
  if (provenLength > 0) {
    return {
      eventId: null,
      sequence: length + 1,
      reason: `chain is shorter than checkpoint ${provenLength}: ${describeMissing(length + 1, provenLength)}`,
    };
  }
  for (const { cp, check } of beyond) {
    if (!check.valid) return checkpointOnly(`checkpoint ${cp.sequence} ${check.reason}`);
  }
  for (const index of unplaced) {
    const check = checkCheckpoint(checkpoints[index], publicKeys);
    if (!check.valid) return checkpointOnly(`checkpoint at index ${index} ${check.reason}`);
  }
  return null;
}

function describeMissing(from: number, to: number): string {
  return from === to ? `event ${from} is missing` : `events ${from}..${to} are missing`;
}

function describeRewritten(from: number, to: number): string {
  return from === to ? `event ${from} was rewritten` : `an event in ${from}..${to} was rewritten`;
}
