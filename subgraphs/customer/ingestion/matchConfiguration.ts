import { CUSTOMER_BLOCKING, CUSTOMER_COMPARISONS } from '../matching/customerLinkage';
import type { MatchConfiguration as LinkageConfiguration } from '../matching/engine';

/**
 * The match configuration in force: the linkage engine's comparisons, blocking rules and
 * thresholds (matching/customerLinkage.ts), as data that is versioned and signed off together. A
 * score at or above `autoMerge` merges, one at or above `review` goes to a data steward, anything
 * lower becomes a new customer; a shared valid tax id or D-U-N-S scores 1 on its own.
 */
export interface MatchConfiguration extends LinkageConfiguration {
  approvedBy: string;
  approvedAt: string;
}

export const MATCH_CONFIGURATION: MatchConfiguration = deepFreeze({
  version: '2026-12-04.3',
  approvedBy: 'Head of Data Stewardship (initial configuration)',
  approvedAt: '2026-12-04',
  comparisons: CUSTOMER_COMPARISONS,
  blocking: CUSTOMER_BLOCKING,
  thresholds: { autoMerge: 0.97, review: 0.85 },
});

/** Configurations are values: the engine memoises their compiled form, so they must never change in place. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
