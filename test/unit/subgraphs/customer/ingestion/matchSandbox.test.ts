import { compareDecisions, thresholdProblem } from '../../../../../subgraphs/customer/ingestion/sandbox';
import { decide, type MatchDecision } from '../../../../../subgraphs/customer/matching/engine';

describe('match configuration sandbox', () => {
  const current = { autoMerge: 0.95, review: 0.85 };
  const changes = (scores: number[], proposed: typeof current) =>
    scores.map((score) => ({ before: decide(score, current), after: decide(score, proposed) }));

  it('counts the decisions that would change, and nothing else', () => {
    const scores = [0.99, 0.96, 0.93, 0.9, 0.86, 0.8];
    expect(compareDecisions(changes(scores, { autoMerge: 0.92, review: 0.88 }))).toEqual({
      scored: 6,
      mergesGained: 1, // 0.93: review -> match
      mergesLost: 0,
      reviewsGained: 0,
      reviewsLost: 2, // 0.93 (now a match) and 0.86 (now nothing)
      unchanged: 4,
    });
    expect(compareDecisions(changes(scores, current))).toMatchObject({ unchanged: 6, mergesGained: 0, mergesLost: 0 });
  });

  it('counts a decision a proposal caps (a conflicting tax id) as a merge lost and a review gained', () => {
    const capped: { before: MatchDecision; after: MatchDecision }[] = [{ before: 'MATCH', after: 'REVIEW' }];
    expect(compareDecisions(capped)).toMatchObject({ mergesLost: 1, reviewsGained: 1, unchanged: 0 });
  });

  it('refuses thresholds out of order', () => {
    expect(thresholdProblem({ autoMerge: 0.8, review: 0.9 })).toMatch(/0 < review < autoMerge <= 1/);
    expect(thresholdProblem({ autoMerge: 1.2, review: 0.9 })).toBeDefined();
    expect(thresholdProblem(current)).toBeUndefined();
  });
});
