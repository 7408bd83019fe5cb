import { defineEntity, type InferEntity } from '@mikro-orm/core';
import { instant, json, rowId } from '../../kit/entityProperties';

/** A batch of consent signals received, with what it did: replaying its id returns this, changing nothing. */
export const ConsentBatchEntity = defineEntity({
  name: 'ConsentBatch',
  tableName: 'consent_batch',
  properties: (p) => ({
    id: rowId(128),
    source: p.string().length(64),
    receivedAt: instant(),
    receivedBy: p.string(),
    result: json<Record<string, unknown>>(),
  }),
});

export type ConsentBatch = InferEntity<typeof ConsentBatchEntity>;
