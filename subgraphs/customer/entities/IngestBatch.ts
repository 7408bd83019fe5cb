import { EntitySchema } from '@mikro-orm/core';

/** A batch received from a source, with what it did: replaying its id returns this, changing nothing. */
export interface IngestBatch {
  id: string;
  sourceSystem: string;
  receivedAt: Date;
  result: Record<string, unknown>;
}

export const IngestBatchEntity = new EntitySchema<IngestBatch>({
  name: 'IngestBatch',
  tableName: 'ingest_batch',
  properties: {
    id: { type: 'string', primary: true },
    sourceSystem: { type: 'string' },
    receivedAt: { type: 'datetime' },
    result: { type: 'json' },
  },
});
