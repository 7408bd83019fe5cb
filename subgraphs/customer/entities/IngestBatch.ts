import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json, rowId, systemName } from '../../kit/entityProperties';

/** A batch received from a source, with what it did: replaying its id returns this, changing nothing. */
export const IngestBatchEntity = defineEntity({
  name: 'IngestBatch',
  tableName: 'ingest_batch',
  properties: () => ({
    id: rowId(128),
    sourceSystem: systemName(),
    receivedAt: instant(),
    result: json<Record<string, unknown>>(),
  }),
});

export type IngestBatch = InferEntity<typeof IngestBatchEntity>;
