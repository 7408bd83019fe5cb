import type { FieldKind, MaskingOptions } from './types';

/**
 * One masking strategy, whole: its name as a policy writes it in MASK(strategy), the kinds of
 * field it can mask, how much it reveals, and the function itself. Each strategy is one module
 * exporting one of these; registry.ts lists them.
 */
export interface Mask<TStrategy extends string = string> {
  readonly strategy: TStrategy;
  /** The field kinds it can mask; the policy compiler refuses a policy asking for any other. */
  readonly kinds: readonly FieldKind[];
  /**
   * How much of the value survives, 1 (nothing) to 9, so decisions can be compared: a principal
   * with several roles gets the most revealing one, an unclassified value the least.
   */
  readonly rank: number;
  /** One line for compliance reviewers: what a reader of the masked field sees. */
  readonly description: string;
  /** Only ever called with one of `kinds` (the registry checks); null stays null unless it says otherwise. */
  apply(value: unknown, kind: FieldKind, options: MaskingOptions): unknown;
}

export function defineMask<const TStrategy extends string>(mask: Mask<TStrategy>): Mask<TStrategy> {
  return Object.freeze({ ...mask, kinds: Object.freeze([...mask.kinds]) });
}
