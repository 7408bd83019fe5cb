import { EntitySchema } from '@mikro-orm/core';

/**
 * A customer field change waiting to be delivered to the audit subgraph. Written in the same
 * transaction as the change itself, so a change is never committed without its log entry.
 */
export interface ChangeOutbox {
  id: string;
  customerId: string;
  field: string;
  oldValue?: string | null;
  newValue?: string | null;
  actor: string;
  at: Date;
  reason: string;
  deliveredAt?: Date | null;
}

export const ChangeOutboxEntity = new EntitySchema<ChangeOutbox>({
  name: 'ChangeOutbox',
  tableName: 'change_outbox',
  properties: {
    id: { type: 'string', primary: true },
    customerId: { type: 'string' },
    field: { type: 'string' },
    oldValue: { type: 'text', nullable: true },
    newValue: { type: 'text', nullable: true },
    actor: { type: 'string' },
    at: { type: 'datetime' },
    reason: { type: 'text' },
    deliveredAt: { type: 'datetime', nullable: true },
  },
});
