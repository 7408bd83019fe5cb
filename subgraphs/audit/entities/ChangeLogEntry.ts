import { EntitySchema } from '@mikro-orm/core';

/** One field change of one record: who changed it, when, why, from what to what. Never updated. */
export interface ChangeLogEntry {
  /** The change id given by the subgraph that made the change, so a retried delivery is stored once. */
  id: string;
  entity: string;
  entityId: string;
  field: string;
  oldValue?: string | null;
  newValue?: string | null;
  actor: string;
  at: Date;
  reason?: string | null;
  recordedAt: Date;
}

export const ChangeLogEntryEntity = new EntitySchema<ChangeLogEntry>({
  name: 'ChangeLogEntry',
  tableName: 'change_log_entry',
  properties: {
    id: { type: 'string', primary: true },
    entity: { type: 'string' },
    entityId: { type: 'string' },
    field: { type: 'string' },
    oldValue: { type: 'text', nullable: true },
    newValue: { type: 'text', nullable: true },
    actor: { type: 'string' },
    at: { type: 'datetime' },
    reason: { type: 'text', nullable: true },
    recordedAt: { type: 'datetime' },
  },
});
