import type { KeyObject } from 'node:crypto';
import { checkCheckpoint } from './checkpoint';
import { GENESIS_HASH, eventHash } from './hash';
import { isPlainRecord, isSequenceNumber, isSha256Hex, isText } from './shape';
import type { ChainHead, Checkpoint } from './types';

/**
 * The customer change log's own hash chain. A chain of its own (rather than the entries' hashes
 * written into the access trail) because an entry and its link are then written in one
 * transaction, with no second store to fall out of step with, and verifying needs nothing but the
 * change-log tables. Each entry is hashed as a trail event is (eventHash), over every stored field
 * and the hash before it, in feed order (`sequence`). Every recording signs the head it leaves
 * (same checkpoints as the trail), so nothing can follow the last checkpoint unnoticed. An entry the
 * retention purge removes leaves a tombstone with its sequence and hashes: the links still join,
 * while an entry deleted behind Custos's back leaves a gap.
 */

/** One change as it is hashed: every stored field, times as ISO-8601 UTC. */
export interface ChangeContent {
  id: string;
  entity: string;
  entityId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  actor: string;
  at: string;
  reason: string | null;
  recordedAt: string;
  coordinate: string | null;
  classification: string | null;
  kind: string | null;
  mask: string | null;
}

/** A numbered change, before it is linked. */
export type NumberedChange = ChangeContent & { sequence: number };

/** A change as stored in the chain. */
export interface ChainedChange extends NumberedChange {
  previousHash: string;
  hash: string;
}

/** What a lawful removal leaves of an entry: its place and its link, and why it went. */
export interface ChangeTombstone {
  entryId: string;
  sequence: number;
  previousHash: string;
  hash: string;
  purgeRunId: string;
  rule: string;
  removedAt: string;
}

export interface ChangeLogVerdict {
  intact: boolean;
  /** Links examined: entries and tombstones. */
  length: number;
  /** Tombstones among them. */
  removed: number;
  /** The first entry that is not what the chain says it must be; null when intact or when no entry can be named. */
  firstBrokenEntryId: string | null;
  firstBrokenSequence: number | null;
  /** A short reason, e.g. 'hash mismatch: entry content was modified'. */
  reason: string | null;
  checkpointsVerified: number;
}

/** Stored values are untrusted: the verifier takes anything, and an entry not yet chained has no hashes. */
export type StoredChange = Omit<ChainedChange, 'previousHash' | 'hash'> & {
  previousHash: string | null;
  hash: string | null;
};

const CHANGE_KIND = 'CHANGE';

/** SHA-256 hex of the entry's canonical form, which includes its sequence and the hash before it. */
export function changeHash(change: Omit<ChainedChange, 'hash'>): string {
  const { id, sequence, recordedAt, previousHash } = change;
  const { entity, entityId, field, oldValue, newValue, actor, at, reason, coordinate, classification, kind, mask } =
    change;
  const body = {
    entity,
    entityId,
    field,
    oldValue,
    newValue,
    actor,
    at,
    reason,
    coordinate,
    classification,
    kind,
    mask,
  };
  return eventHash({ id, sequence, at: recordedAt, kind: CHANGE_KIND, body, previousHash });
}

/** Links numbered changes, in the order given, after `previous` (the head of the chain so far). */
export function chainChanges(previous: ChainHead | undefined, changes: readonly NumberedChange[]): ChainedChange[] {
  let previousHash = previous?.hash ?? GENESIS_HASH;
  return changes.map((change) => {
    const chained = { ...change, previousHash, hash: changeHash({ ...change, previousHash }) };
    previousHash = chained.hash;
    return chained;
  });
}

type Link = { kind: 'entry'; entry: StoredChange } | { kind: 'tombstone'; tombstone: ChangeTombstone };

interface Break {
  entryId: string | null;
  sequence: number | null;
  reason: string;
}

/**
 * Verifies the change log, reporting the first problem in sequence order. Hash links catch an edited,
 * deleted, inserted or reordered entry; the signed checkpoints catch a rewrite that recomputed every
 * hash after the edit, a cut-off tail, and entries written after the last recording. Never throws.
 */
export function verifyChangeLog(
  entries: readonly StoredChange[],
  tombstones: readonly ChangeTombstone[],
  checkpoints: readonly Checkpoint[],
  publicKeys: ReadonlyMap<string, KeyObject>,
): ChangeLogVerdict {
  const links = ordered(entries, tombstones);
  const bySequence = groupBySequence(checkpoints);
  let previousHash = GENESIS_HASH;
  let checkpointsVerified = 0;
  let lastSigned = 0;
  const verdict = (found: Break | null): ChangeLogVerdict => ({
    intact: found === null,
    length: links.length,
    removed: tombstones.length,
    firstBrokenEntryId: found?.entryId ?? null,
    firstBrokenSequence: found?.sequence ?? null,
    reason: found?.reason ?? null,
    checkpointsVerified,
  });

  for (let index = 0; index < links.length; index++) {
    const link = links[index];
    const expected = index + 1;
    const malformed = describeMalformed(link);
    if (malformed !== null) return verdict({ entryId: idOf(link), sequence: expected, reason: malformed });
    // Shapes checked: the link's hashes are digests.
    const { sequence, hash } = linkOf(link) as ChainHead;
    const named = (reason: string): Break => ({ entryId: idOf(link), sequence, reason });
    if (sequence > expected) return verdict(named(`sequence gap: ${describeMissing(expected, sequence - 1)}`));
    if (sequence < expected) return verdict(named(`duplicate sequence ${sequence}: an entry was inserted`));
    if (linkOf(link).previousHash !== previousHash) {
      return verdict(
        named(
          expected === 1
            ? 'previousHash mismatch: the first entry does not start from the genesis hash'
            : `previousHash mismatch: entry does not link to entry ${expected - 1}`,
        ),
      );
    }
    if (link.kind === 'entry' && hashOrNull(link.entry) !== hash)
      return verdict(named('hash mismatch: entry content was modified'));
    for (const cp of bySequence.get(sequence) ?? []) {
      const check = checkCheckpoint(cp, publicKeys);
      if (!check.valid) return verdict(unnamed(`checkpoint ${sequence} ${check.reason}`));
      if (cp.hash !== hash)
        return verdict(
          named(`hash differs from checkpoint ${sequence}: ${describeRewritten(lastSigned + 1, sequence)}`),
        );
      checkpointsVerified++;
      lastSigned = sequence;
    }
    previousHash = hash;
  }
  return verdict(checkBeyondEnd(links, lastSigned, bySequence, checkpoints, publicKeys));
}

function ordered(entries: readonly StoredChange[], tombstones: readonly ChangeTombstone[]): Link[] {
  const links: Link[] = [
    ...entries.map((entry): Link => ({ kind: 'entry', entry })),
    ...tombstones.map((tombstone): Link => ({ kind: 'tombstone', tombstone })),
  ];
  const sequenceOf = (link: Link) => {
    const raw: unknown = linkOf(link);
    return isPlainRecord(raw) && isSequenceNumber(raw.sequence) ? raw.sequence : 0;
  };
  // At one sequence the tombstone comes first: only Custos writes tombstones, so the entry is the insertion.
  return links.sort(
    (a, b) => sequenceOf(a) - sequenceOf(b) || (a.kind === b.kind ? 0 : a.kind === 'tombstone' ? -1 : 1),
  );
}

function linkOf(link: Link): { sequence: number; previousHash: string | null; hash: string | null } {
  return link.kind === 'entry' ? link.entry : link.tombstone;
}

function idOf(link: Link): string | null {
  const id: unknown = link.kind === 'entry' ? link.entry?.id : link.tombstone?.entryId;
  return isText(id) ? id : null;
}

function describeMalformed(link: Link): string | null {
  const raw: unknown = link.kind === 'entry' ? link.entry : link.tombstone;
  const what = link.kind === 'entry' ? 'entry' : 'tombstone';
  if (!isPlainRecord(raw)) return `malformed ${what}: not an object`;
  if (!isSequenceNumber(raw.sequence)) return `malformed ${what}: sequence is not a positive integer`;
  if (link.kind === 'entry' && raw.hash === null && raw.previousHash === null)
    return 'entry is not chained: written without its hash (by a previous release until the next recording chains it, or behind Custos)';
  if (!isSha256Hex(raw.previousHash)) return `malformed ${what}: previousHash is not a SHA-256 hex digest`;
  if (!isSha256Hex(raw.hash)) return `malformed ${what}: hash is not a SHA-256 hex digest`;
  return null;
}

/** Values that cannot be serialised only reach here from hostile input. */
function hashOrNull(entry: StoredChange): string | null {
  try {
    return changeHash(entry as ChainedChange);
  } catch {
    return null;
  }
}

function groupBySequence(checkpoints: readonly Checkpoint[]): Map<number, Checkpoint[]> {
  const bySequence = new Map<number, Checkpoint[]>();
  for (const cp of checkpoints) {
    const sequence = isPlainRecord(cp) && isSequenceNumber(cp.sequence) ? cp.sequence : 0;
    bySequence.set(sequence, [...(bySequence.get(sequence) ?? []), cp]);
  }
  return bySequence;
}

function unnamed(reason: string): Break {
  return { entryId: null, sequence: null, reason };
}

/**
 * After the walk: a validly signed checkpoint beyond the end proves entries were cut off; any other
 * checkpoint must verify; and since every recording signs its head, an entry after the last
 * checkpoint was not recorded by Custos. A log never signed (just migrated) is checked by its links.
 */
function checkBeyondEnd(
  links: readonly Link[],
  lastSigned: number,
  bySequence: ReadonlyMap<number, readonly Checkpoint[]>,
  checkpoints: readonly Checkpoint[],
  publicKeys: ReadonlyMap<string, KeyObject>,
): Break | null {
  const length = links.length;
  const beyond = checkpoints.filter(
    (cp) => !isPlainRecord(cp) || !isSequenceNumber(cp.sequence) || cp.sequence > length,
  );
  const checked = beyond.map((cp) => ({ cp, check: checkCheckpoint(cp, publicKeys) }));
  const provenLength = checked.reduce((max, { cp, check }) => (check.valid ? Math.max(max, cp.sequence) : max), 0);
  if (provenLength > 0) {
    return {
      entryId: null,
      sequence: length + 1,
      reason: `chain is shorter than checkpoint ${provenLength}: ${describeMissing(length + 1, provenLength)}`,
    };
  }
  for (const { cp, check } of checked) {
    if (!check.valid) return unnamed(`checkpoint ${isPlainRecord(cp) ? String(cp.sequence) : '?'} ${check.reason}`);
  }
  if (bySequence.size > 0 && lastSigned < length) {
    const first = links[lastSigned];
    return {
      entryId: idOf(first),
      sequence: lastSigned + 1,
      reason: `unsigned entries: ${describeEntries(lastSigned + 1, length)} after the last signed checkpoint ${lastSigned} were not recorded through Custos`,
    };
  }
  return null;
}

function describeEntries(from: number, to: number): string {
  return from === to ? `entry ${from}` : `entries ${from}..${to}`;
}

function describeMissing(from: number, to: number): string {
  return from === to ? `entry ${from} is missing` : `entries ${from}..${to} are missing`;
}

function describeRewritten(from: number, to: number): string {
  return from === to ? `entry ${from} was rewritten` : `an entry in ${from}..${to} was rewritten`;
}
