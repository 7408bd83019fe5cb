import { createServiceClient } from '../kit/serviceClient';
import type { BackgroundServices } from '../kit/subgraph';
import { FailedInputEntity } from './entities/FailedInput';
import { ReportFailuresDocument } from './generated/failureReports';
import { failureReportOf } from './ingestion/failureReport';

/**
 * Tells the audit subgraph's exception queue of failed source records and change events, and of
 * their resolutions: each failed input whose latest change it has not heard of yet, as a report
 * (reference, source system, reason without quoted values), never the input itself. The queue is
 * idempotent on a report's failure time, so a delivery that fails halfway is simply sent again.
 * Runs on the change relay's tick (changeRelay.ts).
 */

const BATCH = 200;

/** Reports up to one batch; returns how many were reported. */
export async function deliverPendingFailureReports(services: BackgroundServices): Promise<number> {
  const em = services.database.fork();
  const pending = await em.find(
    FailedInputEntity,
    { reported: false },
    { orderBy: { lastFailedAt: 'asc', id: 'asc' }, limit: BATCH },
  );
  if (pending.length === 0) return 0;
  await createServiceClient(services, 'customer').query('audit', ReportFailuresDocument, {
    reports: pending.map(failureReportOf),
  });
  // Only as it was sent: a failure or resolution written meanwhile waits for the next delivery.
  for (const input of pending)
    await em.nativeUpdate(
      FailedInputEntity,
      { id: input.id, attempts: input.attempts, resolvedAt: input.resolvedAt ? { $ne: null } : null },
      { reported: true },
    );
  return pending.length;
}

/** Reports batch after batch until nothing waits. */
export async function drainFailureReports(services: BackgroundServices): Promise<number> {
  let total = 0;
  for (;;) {
    const reported = await deliverPendingFailureReports(services);
    total += reported;
    if (reported < BATCH) return total;
  }
}
