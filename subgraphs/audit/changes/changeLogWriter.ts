import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import type { CheckpointSigningKey } from '../chain';
import { ChangeLogEntryEntity, type ChangeLogEntry } from '../entities/ChangeLogEntry';
import type { Database } from '../../kit/database';
import { inTransaction } from '../../kit/transaction';
import { insertChained } from './changeLogChain';

/** Recordings that lost the race for the head to another process are tried again this often, after a short random wait. */
const ATTEMPTS = 20;
const RETRY_WAIT_MS = 20;

/**
 * Records changes into the change log's chain. Recordings of this process run one after another, as
 * the trail's appends do, so they never race each other for the head; a recording that loses it to
 * another process (the unique sequence refuses the second) is run again on the new head.
 */
export class ChangeLogWriter {
  private previous: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly database: Database,
    private readonly signer: CheckpointSigningKey,
  ) {}

  /** Records the entries not recorded before (a retried delivery is recorded once); returns how many were new. */
  record(entries: readonly ChangeLogEntry[]): Promise<number> {
    const recording = this.previous.then(() => this.recordRetrying(entries));
    this.previous = recording.catch(() => undefined);
    return recording;
  }

  private async recordRetrying(entries: readonly ChangeLogEntry[]): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await inTransaction(this.database.fork(), (tx) => this.recordOnce(tx, entries));
      } catch (error) {
        if (!(error instanceof UniqueConstraintViolationException) || attempt >= ATTEMPTS) throw error;
        // Spread the losers out, so that several processes racing for one head do not collide again at once.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * RETRY_WAIT_MS * attempt));
      }
    }
  }

  private async recordOnce(tx: SqlEntityManager, entries: readonly ChangeLogEntry[]): Promise<number> {
    const known = await tx.find(
      ChangeLogEntryEntity,
      { id: { $in: entries.map((e) => e.id) } },
      { fields: ['id'], disableIdentityMap: true },
    );
    const knownIds = new Set(known.map((entry) => entry.id));
    const fresh = entries.filter(
      (entry, i) => !knownIds.has(entry.id) && entries.findIndex((e) => e.id === entry.id) === i,
    );
    if (fresh.length > 0) await insertChained(tx, fresh, this.signer);
    return fresh.length;
  }
}
