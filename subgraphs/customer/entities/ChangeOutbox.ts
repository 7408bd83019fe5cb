import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { customerId, instant, rowId } from '../../kit/entityProperties';

/**
 * A customer field change waiting to be delivered to the audit subgraph. Written in the same
 * transaction as the change itself, so a change is never committed without its log entry.
 */
export const ChangeOutboxEntity = defineEntity({
  name: 'ChangeOutbox',
  tableName: 'change_outbox',
  properties: (p) => ({
    id: rowId(),
    customerId: customerId(),
    field: p.string().length(64),
    oldValue: p.text().nullable(),
    newValue: p.text().nullable(),
    actor: p.string(),
    at: instant(),
    reason: p.text(),
    deliveredAt: instant().nullable(),
  }),
  // The relay reads the oldest undelivered changes first, straight off this index of them alone.
  indexes: [
    {
      name: 'change_outbox_pending_index',
      expression: 'create index change_outbox_pending_index on change_outbox (at, id) where delivered_at is null',
    },
  ],
});

export type ChangeOutbox = InferEntity<typeof ChangeOutboxEntity>;
