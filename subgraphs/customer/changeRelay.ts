import { createServiceClient } from '../kit/serviceClient';
import type { BackgroundServices } from '../kit/subgraph';
import { ChangeOutboxEntity, type ChangeOutbox } from './entities/ChangeOutbox';

/**
 * Delivers committed customer changes from the outbox to the audit subgraph's change log. The
 * audit side is idempotent on the change id, so a delivery that fails halfway is simply retried.
 */

const RECORD_CHANGES = `mutation RecordChanges($changes: [ChangeInput!]!) { recordChanges(changes: $changes) }`;
const BATCH = 200;

function toChangeInput(change: ChangeOutbox) {
  return {
    changeId: change.id,
    entity: 'Customer',
    entityId: change.customerId,
    field: change.field,
    oldValue: change.oldValue ?? null,
    newValue: change.newValue ?? null,
    actor: change.actor,
    at: change.at.toISOString(),
    reason: change.reason,
  };
}

/** Delivers up to one batch; returns how many changes were delivered. */
export async function deliverPendingChanges(services: BackgroundServices): Promise<number> {
  const em = services.database.fork();
  const pending = await em.find(ChangeOutboxEntity, { deliveredAt: null }, { orderBy: { at: 'asc', id: 'asc' }, limit: BATCH });
  if (pending.length === 0) return 0;
  await createServiceClient(services, 'customer').query('audit', RECORD_CHANGES, { changes: pending.map(toChangeInput) });
  const deliveredAt = new Date();
  for (const change of pending) change.deliveredAt = deliveredAt;
  await em.flush();
  return pending.length;
}

export function startChangeRelay(services: BackgroundServices): () => Promise<void> {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = deliverPendingChanges(services)
      .then((delivered) => {
        if (delivered > 0) services.log.debug({ delivered }, 'delivered customer changes to the audit log');
      })
      .catch((error: Error) => services.log.warn({ err: error.message }, 'change delivery failed; will retry'))
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, services.config.changeRelayIntervalMs);
  return async () => {
    clearInterval(timer);
    await running;
  };
}
