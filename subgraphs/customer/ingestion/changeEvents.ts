import type { SourceSystem } from '../../../lib/sourceSystems';

/**
 * Change data capture: attribute changes streamed from a source (e.g. credit limits from the risk
 * system), each with a per-key sequence. Applying a stream in any order, with duplicates, must
 * end in the state of its newest events: per (customer, attribute) only an event with a higher
 * sequence than the one already applied counts, and within a batch only the highest does.
 */

export const CDC_ATTRIBUTES = ['creditLimit', 'creditHold', 'creditScore', 'paymentTermsCode', 'status'] as const;
export type CdcAttribute = (typeof CDC_ATTRIBUTES)[number];

export interface ChangeEvent {
  source: SourceSystem;
  customerId: string;
  attribute: CdcAttribute;
  value: unknown;
  sequence: number;
  at: Date;
}

/** An event as a source sent it (`ChangeEventInput`): its value still JSON text, nothing checked yet. */
export interface ReceivedChangeEvent {
  source: SourceSystem;
  customerId: string;
  attribute: string;
  value: string;
  sequence: number;
  at: Date;
}

/** Checks what the schema cannot (attribute name, sequence, JSON value); the store checks the value itself. */
export function readChangeEvent(received: ReceivedChangeEvent): ChangeEvent | string {
  if (!(CDC_ATTRIBUTES as readonly string[]).includes(received.attribute))
    return `attribute must be one of ${CDC_ATTRIBUTES.join(', ')}`;
  if (!Number.isInteger(received.sequence) || received.sequence < 0) return 'sequence must be a non-negative integer';
  try {
    return {
      source: received.source,
      customerId: received.customerId,
      attribute: received.attribute as CdcAttribute,
      value: JSON.parse(received.value),
      sequence: received.sequence,
      at: received.at,
    };
  } catch {
    return 'value is not JSON';
  }
}

export function positionKey(event: { customerId: string; attribute: string }): string {
  return `${event.customerId}|${event.attribute}`;
}

/** The events that win: newest per key, and newer than what was applied before (`applied`: key -> sequence). */
export function winningEvents(events: readonly ChangeEvent[], applied: ReadonlyMap<string, number>): ChangeEvent[] {
  const newest = new Map<string, ChangeEvent>();
  for (const event of events) {
    const key = positionKey(event);
    const current = newest.get(key);
    if (!current || event.sequence > current.sequence) newest.set(key, event);
  }
  return [...newest.values()].filter(
    (event) => event.sequence > (applied.get(positionKey(event)) ?? Number.NEGATIVE_INFINITY),
  );
}

/**
 * Whether a failed event of sequence `failed` is settled by where its attribute stands (the sequence
 * applied last): at or past it, the event can never apply any more, so it is resolved, as applied
 * when it was its own sequence that was. Null while it may still apply.
 */
export function settledBy(failed: number, standing: number | undefined): string | null {
  if (standing === undefined || failed > standing) return null;
  return failed === standing ? `applied: sequence ${standing}` : `superseded: sequence ${standing} applied`;
}
