import { EntitySchema } from '@mikro-orm/core';

/** A customer as one source system (CRM, ERP, billing, collections, risk) knows it, kept verbatim. */
export interface SourceRecord {
  id: string;
  customerId: string;
  sourceSystem: string;
  sourceId: string;
  payload: Record<string, unknown>;
  ingestedAt: Date;
  /** The record's version in its source: an older or equal one arriving later is ignored. */
  sourceVersion: number;
  /** When the source last confirmed the values (drives survivorship). */
  verifiedAt?: Date | null;
  batchId?: string | null;
  mappingVersion?: string | null;
  /** How sure the match to its customer was (1 for a shared tax id or D-U-N-S), and by which rule. */
  matchScore?: number | null;
  matchRule?: string | null;
  /** Attributes held back from the golden record until a steward approves them (e.g. an address change from a weak link). */
  heldAttributes?: string[] | null;
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
    sourceVersion: { type: 'integer' },
    verifiedAt: { type: 'datetime', nullable: true },
    batchId: { type: 'string', nullable: true },
    mappingVersion: { type: 'string', nullable: true },
    matchScore: { type: 'float', nullable: true },
    matchRule: { type: 'string', nullable: true },
    heldAttributes: { type: 'json', nullable: true },
  },
});
