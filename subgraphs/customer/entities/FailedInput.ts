import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json, rowId, status, systemName } from '../../kit/entityProperties';
import type { FailedEventPayload, FailedRecordPayload } from '../ingestion/failedInputPayload';

/**
 * A source record or change event that could not be applied, kept with what was received: the
 * payload may carry classified values, so it never leaves this database; the audit subgraph's
 * exception queue gets its reference and a reason without quoted values. One row per failing
 * record (per source id) or event (per source, customer, attribute and sequence), written in the
 * same transaction as the batch or events, so no rejection is lost between the two.
 */
export const FailedInputEntity = defineEntity({
  name: 'FailedInput',
  tableName: 'failed_input',
  properties: (p) => ({
    /** The exception queue's reference: `INGESTION:<sourceSystem>/<sourceId>`, `CDC:<source>/<customerId>/<attribute>/<sequence>`. */
    id: rowId(128),
    /** INGESTION or CDC. */
    source: status<'INGESTION' | 'CDC'>(),
    /** The source system that sent it. */
    subject: systemName(),
    /** What a later success is matched on: `<sourceSystem>/<sourceId>`, or the change event's `<customerId>|<attribute>`. */
    matchKey: p.string().length(160),
    /** A change event's sequence: a newer event applied for its key makes it moot. */
    sequence: p.integer().nullable(),
    /** What was received: the record with its batch id, or the event. */
    payload: json<FailedRecordPayload | FailedEventPayload>(),
    lastError: p.text(),
    /** Failures so far, the first included. */
    attempts: p.integer(),
    firstFailedAt: instant(),
    lastFailedAt: instant(),
    resolvedAt: instant().nullable(),
    resolution: p.text().nullable(),
    /** False while the audit subgraph has not heard of its latest failure or resolution. */
    reported: p.boolean(),
  }),
  indexes: [{ properties: ['source', 'matchKey'] }, { properties: ['reported'] }],
});

export type FailedInput = InferEntity<typeof FailedInputEntity>;
