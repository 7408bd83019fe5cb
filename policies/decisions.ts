import type { MaskingStrategy } from './masking/registry';

/**
 * What the policy says about one classification for one role: show the value, mask it, or
 * refuse it. A MASK without a strategy uses the field's own mask (`@sensitive(mask: ...)`).
 */
export type Decision = { effect: 'ALLOW' } | { effect: 'MASK'; strategy?: MaskingStrategy } | { effect: 'DENY' };

/** A decision as the plan holds it: every MASK with the strategy that applies to the field. */
export type Effective = { effect: 'ALLOW' } | { effect: 'DENY' } | { effect: 'MASK'; strategy: MaskingStrategy };

export const ALLOW: Decision = Object.freeze({ effect: 'ALLOW' });
export const DENY: Decision = Object.freeze({ effect: 'DENY' });
export function MASK(strategy?: MaskingStrategy): Decision {
  return Object.freeze(strategy ? { effect: 'MASK', strategy } : { effect: 'MASK' });
}

/** A decision that depends on where the record belongs and why the caller asks. */
export interface Grant {
  /** For records in one of the caller's regions. */
  inRegion: Decision;
  /** For records of any other region (or of no known region). */
  outOfRegion: Decision;
  /**
   * The in-region decision holds only when the token states one of these purposes; without one,
   * `withoutPurpose` applies instead.
   */
  purposes?: readonly string[];
  withoutPurpose?: Decision;
}

/** The same decision wherever the record belongs. */
export function everywhere(decision: Decision): Grant {
  return { inRegion: decision, outOfRegion: decision };
}

export function byRegion(inRegion: Decision, outOfRegion: Decision): Grant {
  return { inRegion, outOfRegion };
}
