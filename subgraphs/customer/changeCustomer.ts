import { randomUUID } from 'node:crypto';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { applyPatch, diffCustomer, type CustomerPatch, type FieldChange } from './changes';
import { ChangeOutboxEntity } from './entities/ChangeOutbox';
import type { Customer } from './entities/Customer';
import { recordAssertions } from './ingestion/attributeAssertions';
import { recomputeGolden } from './ingestion/recomputeGolden';

/**
 * The change path of a person's edit (updateCustomer) and of everything that changes master data on
 * its authority (a credit score refresh, an approved credit-limit change): the fields that really
 * change are set, each with a change outbox row (delivered to the audit change log) naming the actor
 * and the reason, in the caller's transaction; an edited golden attribute then takes part in
 * survivorship as the steward's, verified now.
 */

export interface ChangeAuthority {
  actor: string;
  reason: string;
}

/** The credit score alone: no golden attribute, lineage or match key derives from it, so nothing is recomputed. */
const DERIVES_NOTHING: readonly string[] = ['creditScore'];

export async function changeCustomer(
  em: SqlEntityManager,
  customer: Customer,
  patch: CustomerPatch,
  { actor, reason }: ChangeAuthority,
): Promise<FieldChange[]> {
  const changes = diffCustomer(customer, patch);
  if (changes.length === 0) return changes;
  const at = new Date();
  applyPatch(customer, patch, at);
  for (const change of changes) {
    em.create(ChangeOutboxEntity, { id: `chg_${randomUUID()}`, customerId: customer.id, ...change, actor, at, reason });
  }
  if (changes.every(({ field }) => DERIVES_NOTHING.includes(field))) return changes;
  // A source verifying a newer value later wins over the edit.
  const edited = Object.fromEntries(changes.map(({ field }) => [field, patch[field]]));
  await recordAssertions(em, edited, {
    customerId: customer.id,
    sourceSystem: 'STEWARD',
    rule: 'STEWARD_EDIT',
    actor,
    at,
  });
  await em.flush();
  await recomputeGolden(em, customer, actor, reason);
  return changes;
}
