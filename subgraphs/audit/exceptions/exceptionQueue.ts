import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { ExceptionItemEntity, type ExceptionItem } from '../entities/ExceptionItem';

/**
 * The exception queue: what failed, kept until it is resolved (a retry succeeded) or an operator
 * dismisses it with a reason. A thing that fails again is the same item with one more attempt.
 */

/**
 * Who reports failures here: the job runners, the webhook dispatchers for a subscription's
 * deliveries, and the customer subgraph for rejected source records and change events.
 */
export type ExceptionSource = 'JOB' | 'WEBHOOK' | 'INGESTION' | 'CDC';

export interface Failure {
  source: ExceptionSource;
  subject: string;
  reference: string;
  payloadRef: string | null;
  error: string;
}

/** Records a failure, or one more of an item already open; answers the item as it is now. */
export async function recordFailure(
  em: SqlEntityManager,
  failure: Failure,
  now: Date,
  nextAttemptAt: (attempts: number) => Date | null,
): Promise<ExceptionItem> {
  const known = await em.findOne(
    ExceptionItemEntity,
    { source: failure.source, reference: failure.reference },
    { disableIdentityMap: true },
  );
  if (!known) {
    const item: ExceptionItem = {
      id: `exc_${randomUUID()}`,
      ...failure,
      status: 'OPEN',
      attempts: 1,
      nextAttemptAt: nextAttemptAt(1),
      firstFailedAt: now,
      lastFailedAt: now,
      resolvedAt: null,
      resolvedBy: null,
      resolution: null,
    };
    await em.insertMany(ExceptionItemEntity, [item]);
    return item;
  }
  const attempts = known.attempts + 1;
  const update = {
    error: failure.error,
    status: 'OPEN',
    attempts,
    nextAttemptAt: nextAttemptAt(attempts),
    lastFailedAt: now,
    resolvedAt: null,
    resolvedBy: null,
    resolution: null,
  };
  await em.nativeUpdate(ExceptionItemEntity, { id: known.id }, update);
  return { ...known, ...update };
}

/** Marks the item of `reference` resolved, if there is one still open. */
export async function resolveFailure(
  em: SqlEntityManager,
  source: ExceptionSource,
  reference: string,
  by: string,
  resolution: string,
  now: Date,
): Promise<void> {
  await em.nativeUpdate(
    ExceptionItemEntity,
    { source, reference, status: 'OPEN' },
    { status: 'RESOLVED', nextAttemptAt: null, resolvedAt: now, resolvedBy: by, resolution },
  );
}

/** An operator closing an item that will not be retried, with why. */
export async function dismissFailure(
  em: SqlEntityManager,
  item: ExceptionItem,
  by: string,
  reason: string,
  now: Date,
): Promise<ExceptionItem> {
  const update = { status: 'DISMISSED', nextAttemptAt: null, resolvedAt: now, resolvedBy: by, resolution: reason };
  await em.nativeUpdate(ExceptionItemEntity, { id: item.id, status: 'OPEN' }, update);
  return { ...item, ...update };
}
