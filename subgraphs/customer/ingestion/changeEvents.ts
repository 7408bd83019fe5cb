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

export function positionKey(event: Pick<ChangeEvent, 'customerId' | 'attribute'>): string {
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
