import { createHash } from 'node:crypto';
import { positionKey } from './changeEvents';

/**
 * How a failed record or change event is named, here and in the audit subgraph's exception queue:
 * the same input failing again is the same item. Names stay within what both stores hold (a source
 * id may be 128 characters, a customer id in an event anything): a longer one keeps its start and
 * ends in a digest of the whole, so it is still one name per input.
 */

/** Leaves room for `retry:<reference>:<attempt>` within a batch id's 128 characters. */
export const MAX_REFERENCE = 100;
export const MAX_MATCH_KEY = 160;

const DIGEST_CHARS = 16;

export function bounded(text: string, max: number): string {
  if (text.length <= max) return text;
  const digest = createHash('sha256').update(text).digest('hex').slice(0, DIGEST_CHARS);
  return `${text.slice(0, max - DIGEST_CHARS - 1)}#${digest}`;
}

export interface FailedInputName {
  /** The reference: the row's id here, the exception item's reference there. */
  id: string;
  /** What a later success of the same record or attribute is found by. */
  matchKey: string;
}

/** One per source record, whatever batch it came in: a later accepted version of it resolves it. */
export function ingestionName(sourceSystem: string, sourceId: string): FailedInputName {
  const key = `${sourceSystem}/${sourceId}`;
  return { id: bounded(`INGESTION:${key}`, MAX_REFERENCE), matchKey: bounded(key, MAX_MATCH_KEY) };
}

/** One per event; the key is the change event's position (customer and attribute), which newer events take. */
export function changeEventName(event: {
  source: string;
  customerId: string;
  attribute: string;
  sequence: number;
}): FailedInputName {
  return {
    id: bounded(`CDC:${event.source}/${event.customerId}/${event.attribute}/${event.sequence}`, MAX_REFERENCE),
    matchKey: bounded(positionKey(event), MAX_MATCH_KEY),
  };
}
