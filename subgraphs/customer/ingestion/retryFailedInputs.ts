import { GraphQLError } from 'graphql';
import type { CustomerContext } from '../context';
import { FailedInputEntity } from '../entities/FailedInput';
import type { FailedInputRetry } from '../generated/resolvers';
import { DueFailuresDocument } from './generated/dueFailures';
import { applyChangeEvents } from './applyChangeEvents';
import { retryBatchOf, retryEventOf, type FailedEventPayload, type FailedRecordPayload } from './failedInputPayload';
import { recordRefusedRetry } from './failedInputs';
import { receiveSourceBatch } from './receiveSourceBatch';

/**
 * Retries the failed inputs the exception queue has due (its backoff ran out, or an operator asked
 * with retryException), each through the door it came in by and as the caller (the failed-inputs
 * job's principal): a record as a batch of its own through receiveSourceBatch, an event through
 * applyChangeEvents. Each records its own outcome, a resolution or one more failure, which the
 * relay reports to the queue.
 */

export const RETRIES_PER_CALL = 100;

type Outcome = 'resolved' | 'failed' | 'unknown';

/** What a retry that could not be tried records: the error's code and message (quoted values are cut when reported). */
function refusalOf(error: unknown): string {
  if (error instanceof GraphQLError) return `retry refused: ${String(error.extensions.code)}: ${error.message}`;
  return 'retry failed: INTERNAL_SERVER_ERROR (see the customer service log)';
}

async function retryOne(context: CustomerContext, reference: string): Promise<Outcome> {
  const read = () => context.em.fork().findOne(FailedInputEntity, { id: reference });
  const input = await read();
  if (!input) return 'unknown';
  if (input.resolvedAt) {
    // Made good before the queue heard of it: say so again.
    await context.em.fork().nativeUpdate(FailedInputEntity, { id: input.id }, { reported: false });
    return 'resolved';
  }
  try {
    if (input.source === 'INGESTION')
      await receiveSourceBatch(context, retryBatchOf(input.id, input.attempts, input.payload as FailedRecordPayload));
    else await applyChangeEvents(context.em, [retryEventOf(input.payload as FailedEventPayload)]);
  } catch (error) {
    if (!(error instanceof GraphQLError))
      context.log.error({ err: error, reference }, 'a failed input could not be retried');
    await recordRefusedRetry(context.em.fork(), input, refusalOf(error), new Date());
    return 'failed';
  }
  return (await read())?.resolvedAt ? 'resolved' : 'failed';
}

export async function retryFailedInputs(context: CustomerContext, first: number): Promise<FailedInputRetry> {
  const { dueFailures } = await context.shared.peers.query('audit', DueFailuresDocument, { first });
  const retry: FailedInputRetry = { due: dueFailures.length, resolved: 0, failed: 0, unknown: 0 };
  for (const reference of dueFailures) retry[await retryOne(context, reference)] += 1;
  return retry;
}
