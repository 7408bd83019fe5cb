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
  /**
   * The class of the attribute that changed, as the subgraph that changed it reported it: the field
   * showing the attribute and, when it is classified, its classification, kind of value and mask.
   * The old and new values are governed by it. Without a coordinate the attribute is unknown, and
   * its values get the strictest decision there is.
   */
  coordinate?: string | null;
  classification?: string | null;
  kind?: string | null;
  mask?: string | null;
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
    coordinate: { type: 'string', nullable: true },
    classification: { type: 'string', nullable: true },
    kind: { type: 'string', nullable: true },
    mask: { type: 'string', nullable: true },
  },
});
