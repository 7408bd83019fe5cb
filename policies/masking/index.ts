import type { Mask } from './mask';
import { MASKING, type MaskingStrategy } from './registry';
import type { FieldKind, MaskingOptions } from './types';

export * from './types';
export type { Mask } from './mask';
export { MASKING, MASKING_STRATEGIES, MASKS, type MaskingStrategy } from './registry';

/** Own keys only: a strategy name read from a policy must not reach Object.prototype ("constructor"). */
function maskFor(strategy: MaskingStrategy): Mask<MaskingStrategy> | undefined {
  return Object.hasOwn(MASKING, strategy) ? MASKING[strategy] : undefined;
}

export function supports(strategy: MaskingStrategy, kind: FieldKind): boolean {
  return maskFor(strategy)?.kinds.includes(kind) ?? false;
}

/** How much of a value the strategy lets through (see Mask.rank). */
export function revealRank(strategy: MaskingStrategy): number {
  const found = maskFor(strategy);
  if (!found) throw new Error(`unknown masking strategy ${String(strategy)}`);
  return found.rank;
}

/** Masks one value; refuses a kind the strategy cannot mask (the compiler should have refused such a policy). */
export function mask(strategy: MaskingStrategy, value: unknown, kind: FieldKind, options: MaskingOptions): unknown {
  const found = maskFor(strategy);
  if (!found) throw new Error(`unknown masking strategy ${String(strategy)}`);
  if (!found.kinds.includes(kind))
    throw new Error(`masking strategy ${strategy} does not support fields of kind ${kind}`);
  return found.apply(value, kind, options);
}
