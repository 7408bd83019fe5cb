import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json } from '../../kit/entityProperties';

/** A batch received from a source, with what it did: replaying its id returns this, changing nothing. */
export const IngestBatchEntity = defineEntity({
  name: 'IngestBatch',
  tableName: 'ingest_batch',
  properties: (p) => ({
    id: p.string().length(128).primary(),
    sourceSystem: p.string().length(16),
    receivedAt: instant(),
    result: json<Record<string, unknown>>(),
  }),
});

export type IngestBatch = InferEntity<typeof IngestBatchEntity>;
