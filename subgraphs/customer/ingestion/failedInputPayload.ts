import type { SourceSystem } from '../../../lib/sourceSystems';
import type { SourceBatchInput } from '../generated/resolvers';
import type { ReceivedChangeEvent } from './changeEvents';

/**
 * What a failed input keeps of what was received, and how a retry sends it again: a record as the
 * batch of its own it was sent in, an event as it came. A retry goes through the same door as the
 * source did (receiveSourceBatch, applyChangeEvents), so every check and use rule applies again.
 */

export interface FailedRecordPayload {
  batchId: string;
  sourceSystem: SourceSystem;
  record: { sourceId: string; version: number; verifiedAt: string | null; attributes: string };
}

/** A record as ingestBatch receives it (`IncomingRecord`). */
interface ReceivedRecord {
  sourceId: string;
  version: number;
  verifiedAt?: Date | null;
  attributes: unknown;
  attributesText?: string;
}

export function failedRecordPayload(
  batchId: string,
  sourceSystem: SourceSystem,
  record: ReceivedRecord,
): FailedRecordPayload {
  return {
    batchId,
    sourceSystem,
    record: {
      sourceId: record.sourceId,
      version: record.version,
      verifiedAt: record.verifiedAt?.toISOString() ?? null,
      // The text as sent when there was one (it may not be JSON at all); a bulk load's object as JSON.
      attributes: record.attributesText ?? JSON.stringify(record.attributes ?? null),
    },
  };
}

/** The record again, as a batch of its own; one batch id per attempt, since a batch id sent again changes nothing. */
export function retryBatchOf(reference: string, attempt: number, payload: FailedRecordPayload): SourceBatchInput {
  const { record } = payload;
  return {
    batchId: `retry:${reference}:${attempt}`,
    sourceSystem: payload.sourceSystem,
    records: [
      {
        sourceId: record.sourceId,
        version: record.version,
        verifiedAt: record.verifiedAt === null ? null : new Date(record.verifiedAt),
        attributes: record.attributes,
      },
    ],
  };
}

export type FailedEventPayload = Omit<ReceivedChangeEvent, 'at'> & { at: string };

export function failedEventPayload(event: ReceivedChangeEvent): FailedEventPayload {
  return {
    source: event.source,
    customerId: event.customerId,
    attribute: event.attribute,
    value: event.value,
    sequence: event.sequence,
    at: event.at.toISOString(),
  };
}

export function retryEventOf(payload: FailedEventPayload): ReceivedChangeEvent {
  return { ...payload, at: new Date(payload.at) };
}
