import { EntitySchema } from '@mikro-orm/core';

/** A customer as one source system (CRM, ERP, billing, collections, risk) knows it, kept verbatim. */
export interface SourceRecord {
  id: string;
  customerId: string;
  sourceSystem: string;
  sourceId: string;
  payload: Record<string, unknown>;
  ingestedAt: Date;
}

export const SourceRecordEntity = new EntitySchema<SourceRecord>({
  name: 'SourceRecord',
  tableName: 'source_record',
  properties: {
    id: { type: 'string', primary: true },
    customerId: { type: 'string' },
    sourceSystem: { type: 'string' },
    sourceId: { type: 'string' },
    payload: { type: 'json' },
    ingestedAt: { type: 'datetime' },
  },
});
