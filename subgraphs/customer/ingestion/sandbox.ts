/**
 * A sandbox run: what proposed thresholds would decide differently from the ones in force, over
 * the match scores already recorded, without changing anything.
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

type Decision = 'MATCH' | 'REVIEW' | 'NONE';

function decisionOf(score: number, thresholds: Thresholds): Decision {
  return score >= thresholds.autoMerge ? 'MATCH' : score >= thresholds.review ? 'REVIEW' : 'NONE';
}

export function compareThresholds(scores: readonly number[], current: Thresholds, proposed: Thresholds): SandboxReport {
  const report: SandboxReport = {
    scored: scores.length,
    mergesGained: 0,
    mergesLost: 0,
    reviewsGained: 0,
    reviewsLost: 0,
    unchanged: 0,
  };
  for (const score of scores) {
    const before = decisionOf(score, current);
    const after = decisionOf(score, proposed);
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
