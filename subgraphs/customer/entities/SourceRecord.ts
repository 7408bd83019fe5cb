import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { SourceSystem } from '../../../lib/sourceSystems';
import { instant, json, reference, rowId, systemName } from '../../kit/entityProperties';
import { CustomerEntity } from './Customer';

/** A customer as one source system (CRM, ERP, billing, collections, risk) knows it, kept verbatim. */
export const SourceRecordEntity = defineEntity({
  name: 'SourceRecord',
  tableName: 'source_record',
  properties: (p) => ({
    id: rowId(),
    customerId: reference(CustomerEntity, 'customer_id', 'cascade'),
    sourceSystem: systemName<SourceSystem>(),
    sourceId: p.string().length(128),
    payload: json<Record<string, unknown>>(),
    ingestedAt: instant(),
    /** The record's version in its source: an older or equal one arriving later is ignored. */
    sourceVersion: p.integer().default(0),
    /** When the source last confirmed the values (drives survivorship). */
    verifiedAt: instant().nullable(),
    batchId: p.string().length(128).nullable(),
    mappingVersion: p.string().length(64).nullable(),
    /** How sure the match to its customer was (1 for a shared tax id or D-U-N-S), and by which rule. */
    matchScore: p.float().nullable(),
    matchRule: p.string().length(32).nullable(),
    /** Attributes held back from the golden record until a steward approves them (e.g. an address change from a weak link). */
    heldAttributes: json<string[]>().nullable(),
  }),
  indexes: [{ properties: 'customerId' }],
  uniques: [{ properties: ['sourceSystem', 'sourceId'] }],
});

export type SourceRecord = InferEntity<typeof SourceRecordEntity>;
