import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { listingEvery } from '../../../lib/listingEvery';
import { minorAmountOf } from '../../../lib/money';
import { paymentDueDays } from '../../../lib/paymentTerms';
import { applyPatch, diffCustomer, type CustomerPatch } from '../changes';
import { CdcPositionEntity } from '../entities/CdcPosition';
import { ChangeOutboxEntity } from '../entities/ChangeOutbox';
import { CustomerEntity, type Customer } from '../entities/Customer';
import type { CustomerStatus } from '../generated/enums';
import type { ChangeEventsResult } from '../generated/resolvers';
import { recordAssertions } from './attributeAssertions';
import {
  positionKey,
  readChangeEvent,
  settledBy,
  winningEvents,
  type ChangeEvent,
  type ReceivedChangeEvent,
} from './changeEvents';
import { changeEventName } from './failedInputReference';
import { failedEventPayload } from './failedInputPayload';
import { recordFailedInputs, resolveFailedInputs, type InputFailure } from './failedInputs';
import { recomputeGolden } from './recomputeGolden';
import { isGoldenAttribute } from './survivorship';

/**
 * Applies a batch of change events in one transaction: invalid events are rejected with a reason,
 * the newest valid event per customer attribute wins if it is newer than what was applied before,
 * and every resulting change goes to the audit change log. A golden attribute's value (credit
 * limit, payment terms) then takes part in survivorship as verified at the event's time, and its
 * lineage names the event's source system. A rejected event is kept as a failed input for retries
 * and the exception queue; once its customer attribute holds its sequence or a newer one, it is
 * resolved (applied, or made moot), in the same transaction.
 */

const STATUSES = listingEvery<CustomerStatus>()(['PROSPECT', 'ACTIVE', 'ON_HOLD', 'INACTIVE']);
const isStatus = (value: unknown): value is CustomerStatus => STATUSES.some((status) => status === value);

/** The patch one event makes, or why it cannot. */
function patchOf(event: ChangeEvent): CustomerPatch | string {
  const { value } = event;
  switch (event.attribute) {
    case 'creditLimit': {
      const limit = minorAmountOf(value);
      return limit ? { creditLimit: limit } : 'creditLimit needs {"minor": non-negative integer, "currency": "EUR"}';
    }
    case 'creditHold':
      return typeof value === 'boolean' ? { creditHold: value } : 'creditHold must be true or false';
    case 'creditScore':
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 100
        ? { creditScore: value as number }
        : 'creditScore must be an integer from 1 to 100';
    case 'paymentTermsCode':
      return typeof value === 'string' && paymentDueDays(value) !== undefined
        ? { paymentTermsCode: value }
        : `unknown payment terms ${JSON.stringify(value)}`;
    case 'status':
      return isStatus(value) ? { status: value } : `status must be one of ${STATUSES.join(', ')}`;
  }
}

/** The event kept for a retry, with why it was rejected. */
function failureOf(received: ReceivedChangeEvent, error: string): InputFailure {
  return {
    name: changeEventName(received),
    source: 'CDC',
    subject: received.source,
    sequence: received.sequence,
    payload: failedEventPayload(received),
    error,
  };
}

export async function applyChangeEvents(
  em: SqlEntityManager,
  received: readonly ReceivedChangeEvent[],
): Promise<ChangeEventsResult> {
  return em.transactional(async (tx) => {
    const result: ChangeEventsResult = { applied: 0, ignored: 0, rejected: 0, rejections: [] };
    const events = received.map(readChangeEvent);
    const customerIds = [...new Set(events.flatMap((e) => (typeof e === 'string' ? [] : [e.customerId])))];
    const customers = new Map((await tx.find(CustomerEntity, { id: { $in: customerIds } })).map((c) => [c.id, c]));
    const valid: ChangeEvent[] = [];
    const patches = new Map<ChangeEvent, CustomerPatch>();
    const failures: InputFailure[] = [];
    const reject = (index: number, reason: string) => {
      result.rejected += 1;
      result.rejections.push({ index, reasons: [reason] });
      failures.push(failureOf(received[index], reason));
    };
    events.forEach((event, index) => {
      if (typeof event === 'string') return reject(index, event);
      const patch = customers.has(event.customerId) ? patchOf(event) : `no customer ${event.customerId}`;
      if (typeof patch === 'string') return reject(index, patch);
      valid.push(event);
      patches.set(event, patch);
    });
    const positions = await tx.find(CdcPositionEntity, { id: { $in: valid.map(positionKey) } });
    const winners = winningEvents(valid, new Map(positions.map((p) => [p.id, p.sequence])));
    result.applied = winners.length;
    result.ignored = valid.length - winners.length;
    const byId = new Map(positions.map((p) => [p.id, p]));
    // Per customer, the event that leads to recomputing its golden record.
    const recomputed = new Map<Customer, ChangeEvent>();
    for (const event of winners) {
      const customer = customers.get(event.customerId)!;
      const patch = patches.get(event)!;
      const changes = diffCustomer(customer, patch);
      applyPatch(customer, patch, event.at > customer.updatedAt ? event.at : customer.updatedAt);
      for (const change of changes) {
        tx.create(ChangeOutboxEntity, {
          id: `chg_${randomUUID()}`,
          customerId: customer.id,
          ...change,
          actor: `source:${event.source}`,
          at: event.at,
          reason: `${event.source} change event ${event.sequence}`,
        });
      }
      // A golden attribute's new value takes part in survivorship, verified at the event's time.
      await recordAssertions(tx, patch, {
        customerId: customer.id,
        sourceSystem: event.source,
        rule: 'CHANGE_EVENT',
        actor: null,
        at: event.at,
      });
      if (Object.keys(patch).some(isGoldenAttribute)) recomputed.set(customer, event);
      const key = positionKey(event);
      const position = byId.get(key);
      if (position) Object.assign(position, { sequence: event.sequence, source: event.source, appliedAt: new Date() });
      else
        tx.create(CdcPositionEntity, {
          id: key,
          sequence: event.sequence,
          source: event.source,
          appliedAt: new Date(),
        });
    }
    await recordFailedInputs(tx, failures, new Date());
    // Where each attribute stands now: a failed event at or below it can never apply any more.
    const standing = new Map(positions.map((p) => [p.id, p.sequence]));
    for (const event of winners) standing.set(positionKey(event), event.sequence);
    await resolveFailedInputs(
      tx,
      'CDC',
      valid.map(positionKey),
      (input) => (input.sequence == null ? null : settledBy(input.sequence, standing.get(input.matchKey))),
      new Date(),
    );
    await tx.flush();
    for (const [customer, event] of recomputed)
      await recomputeGolden(tx, customer, `source:${event.source}`, `${event.source} change event ${event.sequence}`);
    return result;
  });
}
