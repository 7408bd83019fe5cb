import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, rowId, unkeyedReference } from '../../kit/entityProperties';

/** One field change of one record: who changed it, when, why, from what to what. Never updated. */
export const ChangeLogEntryEntity = defineEntity({
  name: 'ChangeLogEntry',
  tableName: 'change_log_entry',
  properties: (p) => ({
    /** The change id given by the subgraph that made the change, so a retried delivery is stored once. */
    id: rowId(),
    entity: p.string().length(64),
    entityId: unkeyedReference(),
    field: p.string().length(64),
    oldValue: p.text().nullable(),
    newValue: p.text().nullable(),
    actor: p.string(),
    at: instant(),
    reason: p.text().nullable(),
    recordedAt: instant(),
    /**
     * The class of the attribute that changed, as the subgraph that changed it reported it: the field
     * showing the attribute and, when it is classified, its classification, kind of value and mask.
     * The old and new values are governed by it. Without a coordinate the attribute is unknown, and
     * its values get the strictest decision there is.
     */
    coordinate: p.string().nullable(),
    classification: p.string().length(32).nullable(),
    kind: p.string().length(32).nullable(),
    mask: p.string().length(32).nullable(),
    /**
     * Its place in the change feed (customerChanges, which the SSE stream and the webhooks read), given
     * when it is recorded, one after another: a reader that has seen up to n has seen every change
     * before n. Null only for a change a previous release recorded, numbered by the next recording.
     */
    sequence: p.bigint('number').nullable().unique(),
    /**
     * Its link in the change log's hash chain (chain/changeLog.ts): the hash of the entry before it,
     * and its own over every field above. Null only for a change a previous release recorded,
     * chained by the next recording.
     */
    previousHash: p.string().length(64).nullable(),
    hash: p.string().length(64).nullable(),
  }),
  indexes: [
    { properties: ['entity', 'entityId', 'at'] },
    {
      name: 'change_log_entry_unnumbered_index',
      expression:
        'create index change_log_entry_unnumbered_index on change_log_entry (recorded_at, id) where sequence is null',
    },
    {
      name: 'change_log_entry_unchained_index',
      expression: 'create index change_log_entry_unchained_index on change_log_entry (sequence) where hash is null',
    },
  ],
});

export type ChangeLogEntry = InferEntity<typeof ChangeLogEntryEntity>;
