/**
 * The match configuration in force: thresholds for merging, as data that is versioned and signed
 * off. Deterministic rules (a shared, valid tax id in the same country, or a shared D-U-N-S) are
 * certain; a name-and-address score at or above `autoMerge` merges, one at or above `review` goes
 * to a data steward, anything lower becomes a new customer.
 */
export interface MatchConfiguration {
  version: string;
  approvedBy: string;
  approvedAt: string;
  thresholds: { autoMerge: number; review: number };
}

export const MATCH_CONFIGURATION: MatchConfiguration = Object.freeze({
  version: '2026-11-28.1',
  approvedBy: 'Head of Data Stewardship (initial configuration)',
  approvedAt: '2026-11-28',
  thresholds: Object.freeze({ autoMerge: 0.97, review: 0.85 }),
});
