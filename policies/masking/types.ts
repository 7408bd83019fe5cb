/** The kinds of value a field can hold, as the policy compiler reads them off the SDL type (list-ness handled by the caller). */
export const FIELD_KINDS = ['String', 'ID', 'Int', 'Float', 'Boolean', 'Date', 'DateTime', 'Money'] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** The kinds that hold text: what the character-level masks can work on. */
export const TEXT_KINDS: readonly FieldKind[] = Object.freeze(['String', 'ID']);

export interface MaskingOptions {
  /** Deployment salt for HASH (secret; at least 16 chars). */
  salt: string;
  /** ROUND: amounts are rounded to a multiple of this many major units, e.g. 1000. */
  roundTo: number;
  /** BUCKET: ascending lower bounds in major units, first is 0, e.g. [0, 10000, 50000, 100000, 500000, 1000000]. */
  buckets: readonly number[];
}
