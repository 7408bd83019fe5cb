import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, reference, rowId, status } from '../../kit/entityProperties';
import { DisputeEntity } from './Dispute';

/** A step in a dispute's life: opened, commented on, escalated, resolved; in the order taken. */
export const DisputeEventEntity = defineEntity({
  name: 'DisputeEvent',
  tableName: 'dispute_event',
  properties: (p) => ({
    id: rowId(),
    disputeId: reference(DisputeEntity, 'dispute_id', 'cascade'),
    /** 1, 2, ... per dispute. */
    position: p.integer(),
    kind: status<'OPENED' | 'COMMENTED' | 'ESCALATED' | 'RESOLVED'>(),
    at: instant(),
    actor: p.string(),
    level: p.integer(),
    note: p.text().nullable(),
  }),
  uniques: [{ properties: ['disputeId', 'position'] }],
});

export type DisputeEvent = InferEntity<typeof DisputeEventEntity>;
