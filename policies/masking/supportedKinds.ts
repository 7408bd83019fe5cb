import type { FieldKind, MaskingStrategy } from './types';

function kinds(...list: FieldKind[]): readonly FieldKind[] {
  return Object.freeze(list);
}

const ALL = kinds('String', 'ID', 'Int', 'Float', 'Boolean', 'Date', 'DateTime', 'Money');
const TEXT = kinds('String', 'ID');

/**
 * Which field kinds each strategy can mask. The strategies guard with it and the registry
 * publishes it, so the policy compiler and the functions cannot disagree.
 */
export const SUPPORTED_KINDS: Readonly<Record<MaskingStrategy, readonly FieldKind[]>> = Object.freeze({
  NULLIFY: ALL,
  DEFAULT: ALL,
  HASH: TEXT,
  LAST_FOUR: TEXT,
  FIRST_FOUR: TEXT,
  EMAIL: kinds('String'),
  DATE_YEAR: kinds('Date', 'DateTime'),
  ROUND: kinds('Money'),
  BUCKET: kinds('Money'),
});

/** Throws unless `strategy` can mask `kind`; the compiler should have refused such a policy already. */
export function assertSupported(strategy: MaskingStrategy, kind: FieldKind): void {
  if (!SUPPORTED_KINDS[strategy].includes(kind)) {
    throw new Error(`masking strategy ${strategy} does not support fields of kind ${kind}`);
  }
}
