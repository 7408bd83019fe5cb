import type { Effective } from './decisions';
import { revealRank } from './masking';

/**
 * How much of a value a decision lets through, so that decisions can be compared: a principal with
 * several roles gets the most permissive of them, and a value nobody classified yet gets the least
 * permissive decision a role has for any classification.
 */

function rank(decision: Effective): number {
  if (decision.effect === 'ALLOW') return 100;
  if (decision.effect === 'DENY') return 0;
  return 10 + revealRank(decision.strategy);
}

export function mostPermissive(decisions: readonly Effective[]): Effective {
  return decisions.reduce<Effective>((best, next) => (rank(next) > rank(best) ? next : best), { effect: 'DENY' });
}

export function leastPermissive(decisions: readonly Effective[]): Effective {
  return decisions.reduce<Effective>((worst, next) => (rank(next) < rank(worst) ? next : worst), { effect: 'ALLOW' });
}
