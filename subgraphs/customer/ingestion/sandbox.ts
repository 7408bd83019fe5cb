import type { MatchDecision } from '../matching/engine';

/**
 * A sandbox run: what a proposed configuration would decide differently from the one in force,
 * over pairs already decided, without changing anything.
 */

export interface Thresholds {
  autoMerge: number;
  review: number;
}

export interface SandboxReport {
  scored: number;
  mergesGained: number;
  mergesLost: number;
  reviewsGained: number;
  reviewsLost: number;
  unchanged: number;
}

/** Counts the decisions that change between the configuration in force (before) and the proposal (after). */
export function compareDecisions(decisions: readonly { before: MatchDecision; after: MatchDecision }[]): SandboxReport {
  const report: SandboxReport = {
    scored: decisions.length,
    mergesGained: 0,
    mergesLost: 0,
    reviewsGained: 0,
    reviewsLost: 0,
    unchanged: 0,
  };
  for (const { before, after } of decisions) {
    if (before === after) {
      report.unchanged += 1;
      continue;
    }
    if (after === 'MATCH') report.mergesGained += 1;
    if (before === 'MATCH') report.mergesLost += 1;
    if (after === 'REVIEW') report.reviewsGained += 1;
    if (before === 'REVIEW') report.reviewsLost += 1;
  }
  return report;
}

/** Thresholds must order sensibly: 0 < review < autoMerge <= 1. */
export function thresholdProblem(thresholds: Thresholds): string | undefined {
  const { autoMerge, review } = thresholds;
  if (!(review > 0 && review < autoMerge && autoMerge <= 1))
    return 'thresholds must satisfy 0 < review < autoMerge <= 1';
  return undefined;
}
