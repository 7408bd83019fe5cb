import type { Effective } from './compile';
import type { MaskingStrategy } from './masking';

/**
 * How much of a value a decision lets through, so that decisions can be compared: a principal with
 * several roles gets the most permissive of them, and a value nobody classified yet gets the least
 * permissive decision a role has for any classification.
 */

const STRATEGY_RANK: Record<MaskingStrategy, number> = {
  ROUND: 9,
  DATE_YEAR: 8,
  LAST_FOUR: 7,
  FIRST_FOUR: 7,
  EMAIL: 7,
  BUCKET: 6,
  HASH: 5,
  DEFAULT: 2,
  NULLIFY: 1,
};

function rank(decision: Effective): number {
  if (decision.effect === 'ALLOW') return 100;
  if (decision.effect === 'DENY') return 0;
  return 10 + STRATEGY_RANK[decision.strategy];
}

export function mostPermissive(decisions: readonly Effective[]): Effective {
  return decisions.reduce<Effective>((best, next) => (rank(next) > rank(best) ? next : best), { effect: 'DENY' });
}

export function leastPermissive(decisions: readonly Effective[]): Effective {
  return decisions.reduce<Effective>((worst, next) => (rank(next) < rank(worst) ? next : worst), { effect: 'ALLOW' });
}
