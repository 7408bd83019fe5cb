import type { SqlEntityManager } from '@mikro-orm/knex';
import { signCheckpoint, type ChainHead, type CheckpointSigningKey } from '../chain';
import { chainChanges, type ChangeContent, type StoredChange } from '../chain/changeLog';
import { ChangeLogCheckpointEntity } from '../entities/ChangeLogCheckpoint';
import { ChangeLogEntryEntity, type ChangeLogEntry } from '../entities/ChangeLogEntry';
import { ChangeLogTombstoneEntity } from '../entities/ChangeLogTombstone';

/**
 * The change log's hash chain in the database (the chain itself is chain/changeLog.ts). Entries are
 * numbered and linked in the transaction that inserts them; `sequence` is unique, so two recordings
 * that read the same head cannot both commit, and the chain stays linear across processes.
 */

/** The columns an entry is hashed over, and read by, so that a later column never changes an old hash. */
export const CHAINED_FIELDS = [
  'id',
  'entity',
  'entityId',
  'field',
  'oldValue',
  'newValue',
  'actor',
  'at',
  'reason',
  'recordedAt',
  'coordinate',
  'classification',
  'kind',
  'mask',
  'sequence',
  'previousHash',
  'hash',
] as const;

/** Entries chained per statement round when a previous release's history is chained. */
const PENDING_PAGE = 1000;

type EntryFields = Pick<ChangeLogEntry, (typeof CHAINED_FIELDS)[number]>;

/** An entry as the chain sees it: plain data, times as ISO-8601. */
export function storedChange(entry: EntryFields): StoredChange {
  return {
    ...changeContent(entry),
    sequence: entry.sequence as number,
    previousHash: entry.previousHash ?? null,
    hash: entry.hash ?? null,
  };
}

function changeContent(entry: Omit<EntryFields, 'sequence' | 'previousHash' | 'hash'>): ChangeContent {
  return {
    id: entry.id,
    entity: entry.entity,
    entityId: entry.entityId,
    field: entry.field,
    oldValue: entry.oldValue ?? null,
    newValue: entry.newValue ?? null,
    actor: entry.actor,
    at: entry.at.toISOString(),
    reason: entry.reason ?? null,
    recordedAt: entry.recordedAt.toISOString(),
    coordinate: entry.coordinate ?? null,
    classification: entry.classification ?? null,
    kind: entry.kind ?? null,
    mask: entry.mask ?? null,
  };
}

/** The newest link below `below` (or of all): an entry, or the tombstone of one the purge removed. */
async function lastLink(tx: SqlEntityManager, below?: number): Promise<ChainHead | undefined> {
  const bound = below === undefined ? {} : { sequence: { $lt: below } };
  const options = { orderBy: { sequence: 'desc' }, limit: 1, disableIdentityMap: true } as const;
  const [[entry], [tombstone]] = await Promise.all([
    tx.find(ChangeLogEntryEntity, { hash: { $ne: null }, ...bound }, { ...options, fields: ['sequence', 'hash'] }),
    tx.find(ChangeLogTombstoneEntity, bound, { ...options, fields: ['sequence', 'hash'] }),
  ]);
  const links = [entry, tombstone].flatMap((link) =>
    link ? [{ sequence: link.sequence as number, hash: link.hash as string }] : [],
  );
  return links.sort((a, b) => b.sequence - a.sequence)[0];
}

async function highestSequence(tx: SqlEntityManager): Promise<number> {
  const options = { orderBy: { sequence: 'desc' }, limit: 1, disableIdentityMap: true, fields: ['sequence'] } as const;
  const [[entry], [tombstone]] = await Promise.all([
    tx.find(ChangeLogEntryEntity, { sequence: { $ne: null } }, options),
    tx.find(ChangeLogTombstoneEntity, {}, options),
  ]);
  return Math.max(entry?.sequence ?? 0, tombstone?.sequence ?? 0);
}

/**
 * Numbers and links what was recorded without (a previous release's changes during a rolling
 * upgrade; the whole history when Migration011 backfills it), in feed order. Returns the head.
 */
export async function chainPending(tx: SqlEntityManager): Promise<{ head: ChainHead | undefined; chained: number }> {
  let next = (await highestSequence(tx)) + 1;
  const unnumbered = await tx.find(
    ChangeLogEntryEntity,
    { sequence: null },
    { fields: ['id'], orderBy: { recordedAt: 'asc', id: 'asc' }, disableIdentityMap: true },
  );
  for (const { id } of unnumbered) await tx.nativeUpdate(ChangeLogEntryEntity, { id }, { sequence: next++ });
  let chained = 0;
  for (;;) {
    const page = await tx.find(
      ChangeLogEntryEntity,
      { hash: null },
      { fields: [...CHAINED_FIELDS], orderBy: { sequence: 'asc' }, limit: PENDING_PAGE, disableIdentityMap: true },
    );
    if (page.length === 0) break;
    const changes = page.map(storedChange);
    const links = chainChanges(await lastLink(tx, changes[0].sequence), changes);
    for (const { id, previousHash, hash } of links)
      await tx.nativeUpdate(ChangeLogEntryEntity, { id }, { previousHash, hash });
    chained += links.length;
  }
  return { head: await lastLink(tx), chained };
}

/**
 * Inserts `fresh` numbered and linked after the head, having chained anything pending first, and
 * signs the new head: since every recording signs, an entry after the last checkpoint was not
 * recorded by Custos.
 */
export async function insertChained(
  tx: SqlEntityManager,
  fresh: readonly ChangeLogEntry[],
  signer: CheckpointSigningKey,
): Promise<void> {
  const { head, chained } = await chainPending(tx);
  const first = (head?.sequence ?? 0) + 1;
  const links = chainChanges(
    head,
    fresh.map((entry, i) => ({ ...changeContent(entry), sequence: first + i })),
  );
  if (links.length > 0)
    await tx.insertMany(
      ChangeLogEntryEntity,
      fresh.map((entry, i) => ({
        ...entry,
        sequence: links[i].sequence,
        previousHash: links[i].previousHash,
        hash: links[i].hash,
      })),
    );
  const signed = links.at(-1) ?? (chained > 0 ? head : undefined);
  if (signed !== undefined)
    await tx.insertMany(ChangeLogCheckpointEntity, [signCheckpoint(signed, new Date().toISOString(), signer)]);
}
