import { Gauge } from 'prom-client';
import type { PolicyPlan } from '../../policies/compile';
import { createServiceClient } from '../kit/serviceClient';
import { customerAttribute } from './attributes';
import type { BackgroundServices } from '../kit/subgraph';
import { ChangeOutboxEntity, type ChangeOutbox } from './entities/ChangeOutbox';
import { RecordChangesDocument, type ChangeInput } from './generated/changeRelay';
import { drainFailureReports } from './failureReports';

/**
 * Delivers committed customer changes from the outbox to the audit subgraph's change log, each with
 * the classification of the attribute it changed, so the log governs its old and new values as that
 * attribute's own field. The audit side is idempotent on the change id, so a delivery that fails
 * halfway is simply retried.
 */

const BATCH = 200;

/** The attribute's class as the change log stores it: the field showing it and, when classified, its label. */
function attributeClass(plan: PolicyPlan, field: string) {
  const attribute = customerAttribute(plan, field);
  if (typeof attribute === 'function' || attribute.status === 'UNKNOWN') return {};
  if (attribute.status === 'UNCLASSIFIED') return { coordinate: attribute.coordinate };
  const { coordinate, classification, kind, mask } = attribute.shape;
  return { coordinate, classification, kind, mask };
}

function toChangeInput(plan: PolicyPlan, change: ChangeOutbox): ChangeInput {
  return {
    ...attributeClass(plan, change.field),
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
  const pending = await em.find(
    ChangeOutboxEntity,
    { deliveredAt: null },
    { orderBy: { at: 'asc', id: 'asc' }, limit: BATCH },
  );
  if (pending.length === 0) return 0;
  await createServiceClient(services, 'customer').query('audit', RecordChangesDocument, {
    changes: pending.map((change) => toChangeInput(services.plan, change)),
  });
  const deliveredAt = new Date();
  for (const change of pending) change.deliveredAt = deliveredAt;
  await em.flush();
  return pending.length;
}

/**
 * Delivers batch after batch until the outbox is empty (a backlog, such as the seeded history, goes
 * at once), then the failed inputs' reports to the exception queue, which wait for the same tick.
 */
async function drain(services: BackgroundServices): Promise<number> {
  let total = 0;
  for (;;) {
    const delivered = await deliverPendingChanges(services);
    total += delivered;
    if (delivered < BATCH) break;
  }
  return total + (await drainFailureReports(services));
}

export function startChangeRelay(services: BackgroundServices): () => Promise<void> {
  let running: Promise<void> | undefined;
  // A change committed while a delivery runs may come after that delivery read the outbox: go again.
  let again = false;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain(services)
      .then((delivered) => {
        if (delivered > 0)
          services.log.debug({ delivered }, 'delivered customer changes and failure reports to the audit subgraph');
      })
      .catch((error: Error) =>
        services.log.warn({ err: error.message }, 'delivery to the audit subgraph failed; will retry'),
      )
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          tick();
        }
      });
    services.background.track(running);
  };
  const timer = setInterval(tick, services.config.changeRelayIntervalMs);
  services.background.onSettle(tick);
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}

/**
 * How long the oldest change not yet in the audit change log has waited (by the time it was made),
 * for an alert. A relay that keeps failing drops nothing: it holds every change, in order, and tries
 * again; this is how an operator learns it is stuck (the audit subgraph down, or refusing a batch).
 */
export function changeOutboxLag(services: BackgroundServices): Gauge {
  return new Gauge({
    name: 'custos_change_outbox_oldest_pending_seconds',
    help: 'Age of the oldest customer change not yet delivered to the audit change log; 0 when none waits',
    registers: [],
    async collect() {
      const [oldest] = await services.database
        .fork()
        .find(
          ChangeOutboxEntity,
          { deliveredAt: null },
          { orderBy: { at: 'asc', id: 'asc' }, limit: 1, fields: ['at'] },
        );
      this.set(oldest ? Math.max(0, (Date.now() - oldest.at.getTime()) / 1000) : 0);
    },
  });
}
