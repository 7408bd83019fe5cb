import type { SqlEntityManager } from '@mikro-orm/knex';
import type { Logger } from '../../lib/logger';
import type { Database } from '../kit/database';
import { chainMany, signCheckpoint, type ChainedEvent, type CheckpointSigningKey, type EventDraft } from './chain';
import { AuditCheckpointRowEntity } from './entities/AuditCheckpointRow';
import { AuditEventRowEntity, type AuditEventRow } from './entities/AuditEventRow';
import { AuditEventRecordEntity, type AuditEventRecord } from './entities/AuditEventRecord';
import { inTransaction } from '../kit/transaction';

/**
 * The audit trail's writer. Appends are grouped: whatever arrives while one batch commits is
 * written by the next in one transaction (group commit), so a busy gateway does not wait on one
 * disk write per event. A batch that fails is written again caller by caller, so only the caller
 * whose events are refused fails. Each caller's promise resolves only once its events are
 * committed, which is what lets the gateway fail closed. Checkpoints are signed inside the same
 * transaction.
 */

export interface AuditLogOptions {
  database: Database;
  signer: CheckpointSigningKey;
  checkpointEvery: number;
  checkpointIntervalMs: number;
  log: Logger;
  /** Largest number of events one transaction writes. */
  maxBatch?: number;
}

/** What a caller appends: the trail itself decides when (and where in the chain) an event happened. */
export type AppendedEvent = Omit<EventDraft, 'at'>;

interface Pending {
  drafts: readonly AppendedEvent[];
  resolve(events: ChainedEvent[]): void;
  reject(error: unknown): void;
}

/** The filter columns are derived from the body; they never take part in the hash. */
function toRow(event: ChainedEvent): AuditEventRow {
  const body = event.body as {
    principal?: { sub?: string; roles?: string[] };
    coordinates?: { coordinate: string }[];
    client?: { name?: string };
  };
  return {
    id: event.id,
    sequence: event.sequence,
    at: event.at,
    kind: event.kind,
    body: JSON.stringify(event.body),
    previousHash: event.previousHash,
    hash: event.hash,
    sub: body.principal?.sub ?? '',
    roles: `,${(body.principal?.roles ?? []).join(',')},`,
    coordinates: `|${(body.coordinates ?? []).map((c) => c.coordinate).join('|')}|`,
    clientName: body.client?.name ?? null,
    origin: event.origin ? JSON.stringify(event.origin) : null,
  };
}

interface TouchedRecord {
  type?: unknown;
  id?: unknown;
  customerId?: unknown;
  read?: unknown;
  withheld?: unknown;
  changed?: unknown;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The records an event names, as rows to search by; like the filter columns, derived from the body. */
function toRecordRows(event: ChainedEvent): AuditEventRecord[] {
  const touched = (event.body as { touched?: unknown }).touched;
  if (!Array.isArray(touched)) return [];
  return touched.flatMap((record: TouchedRecord, index): AuditEventRecord[] => {
    if (typeof record?.type !== 'string') return [];
    const read = strings(record.read).map((decision) => decision.split(':')[0]);
    const access = [
      read.length > 0 ? 'READ' : '',
      strings(record.withheld).length > 0 ? 'WITHHELD' : '',
      strings(record.changed).length > 0 ? 'CHANGED' : '',
    ].filter(Boolean);
    return [
      {
        id: `${event.id}:${index}`,
        sequence: event.sequence,
        type: record.type,
        recordId: typeof record.id === 'string' ? record.id : null,
        customerId: typeof record.customerId === 'string' ? record.customerId : null,
        classes: `|${[...new Set(read)].join('|')}|`,
        access: access.join(','),
      },
    ];
  });
}

export function toChainedEvent(row: AuditEventRow): ChainedEvent {
  return {
    id: row.id,
    sequence: row.sequence,
    at: row.at,
    kind: row.kind,
    body: JSON.parse(row.body),
    ...(row.origin ? { origin: JSON.parse(row.origin) } : {}),
    previousHash: row.previousHash,
    hash: row.hash,
  };
}

/** An id names one event: sent again, it must be the same event, or the append is refused. */
function assertSameEvent(earlier: Omit<EventDraft, 'at'>, event: AppendedEvent): void {
  const same =
    earlier.kind === event.kind &&
    JSON.stringify(earlier.body) === JSON.stringify(event.body) &&
    JSON.stringify(earlier.origin ?? null) === JSON.stringify(event.origin ?? null);
  if (!same) throw new Error(`audit event ${event.id} is already in the trail with other content`);
}

export class AuditLog {
  private queue: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private lastCheckpoint: { sequence: number; at: number } | undefined;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: AuditLogOptions) {
    this.timer = setInterval(() => this.checkpointIfDue(true), options.checkpointIntervalMs);
    this.timer.unref();
  }

  append(drafts: readonly AppendedEvent[]): Promise<ChainedEvent[]> {
    if (drafts.length === 0) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ drafts, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flushing;
  }

  private async flush(): Promise<void> {
    // Let the appends of this tick join the batch before it is written.
    await new Promise((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const batch = this.takeBatch();
      try {
        const events = await this.write(batch.flatMap((pending) => pending.drafts));
        let offset = 0;
        for (const pending of batch) {
          pending.resolve(events.slice(offset, offset + pending.drafts.length));
          offset += pending.drafts.length;
        }
      } catch (error) {
        this.failed(error);
        // One caller's refused event must not cost the others theirs: each is written on its own.
        if (batch.length === 1) batch[0].reject(error);
        else for (const pending of batch) await this.writeAlone(pending);
      }
    }
    this.flushing = undefined;
  }

  private async writeAlone(pending: Pending): Promise<void> {
    try {
      pending.resolve(await this.write(pending.drafts));
    } catch (error) {
      this.failed(error);
      pending.reject(error);
    }
  }

  private failed(error: unknown): void {
    this.options.log.error({ err: (error as Error).message }, 'audit append failed');
    // The checkpoint bookkeeping may describe a transaction that rolled back: read it afresh.
    this.lastCheckpoint = undefined;
  }

  private takeBatch(): Pending[] {
    const max = this.options.maxBatch ?? 2000;
    const batch: Pending[] = [];
    let size = 0;
    while (this.queue.length > 0 && (batch.length === 0 || size + this.queue[0].drafts.length <= max)) {
      const next = this.queue.shift() as Pending;
      batch.push(next);
      size += next.drafts.length;
    }
    return batch;
  }

  private async write(appended: readonly AppendedEvent[]): Promise<ChainedEvent[]> {
    const at = new Date().toISOString();
    return inTransaction(this.options.database.fork(), async (em) => {
      // A caller whose connection dropped before the answer sends the same events again: events already
      // in the trail are answered from it, so a retry never writes an event twice.
      const ids = [...new Set(appended.map((event) => event.id))];
      const stored = await em.find(AuditEventRowEntity, { id: { $in: ids } });
      const byId = new Map(stored.map((row) => [row.id, toChainedEvent(row)]));
      const fresh = new Map<string, EventDraft>();
      for (const event of appended) {
        const earlier = byId.get(event.id) ?? fresh.get(event.id);
        if (earlier) assertSameEvent(earlier, event);
        else fresh.set(event.id, { ...event, at });
      }
      if (fresh.size === 0) return appended.map((event) => byId.get(event.id) as ChainedEvent);
      const [head] = await em.find(AuditEventRowEntity, {}, { orderBy: { sequence: 'desc' }, limit: 1 });
      const events = chainMany(head ? toChainedEvent(head) : undefined, [...fresh.values()]);
      await em.insertMany(AuditEventRowEntity, events.map(toRow));
      const records = events.flatMap(toRecordRows);
      if (records.length > 0) await em.insertMany(AuditEventRecordEntity, records);
      await this.checkpointInside(em, events[events.length - 1], false);
      for (const event of events) byId.set(event.id, event);
      return appended.map((event) => byId.get(event.id) as ChainedEvent);
    });
  }

  /** Signs the head when enough events (or, from the timer, enough time) have passed since the last checkpoint. */
  private async checkpointInside(em: SqlEntityManager, head: ChainedEvent, byTime: boolean): Promise<void> {
    if (!this.lastCheckpoint) {
      const [last] = await em.find(AuditCheckpointRowEntity, {}, { orderBy: { sequence: 'desc' }, limit: 1 });
      this.lastCheckpoint = { sequence: last?.sequence ?? 0, at: last ? Date.parse(last.at) : 0 };
    }
    const since = head.sequence - this.lastCheckpoint.sequence;
    const due = since >= this.options.checkpointEvery || (byTime && since > 0);
    if (!due) return;
    const at = new Date().toISOString();
    await em.insertMany(AuditCheckpointRowEntity, [signCheckpoint(head, at, this.options.signer)]);
    this.lastCheckpoint = { sequence: head.sequence, at: Date.parse(at) };
  }

  private checkpointIfDue(byTime: boolean): void {
    if (this.flushing) return;
    this.flushing = inTransaction(this.options.database.fork(), async (em) => {
      const [head] = await em.find(AuditEventRowEntity, {}, { orderBy: { sequence: 'desc' }, limit: 1 });
      if (head) await this.checkpointInside(em, toChainedEvent(head), byTime);
    })
      .catch((error: Error) => this.options.log.warn({ err: error.message }, 'audit checkpoint failed'))
      .then(() => {
        this.flushing = undefined;
        if (this.queue.length > 0) this.flushing = this.flush();
      });
  }
}
