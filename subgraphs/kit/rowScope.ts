import { forbidden } from '../../lib/errors';
import { rowScope } from '../../policies/decide';
import type { SubgraphContext } from './context';

/**
 * Row scoping: roles the policy limits to their own regions never see other regions' customers
 * in lists, and are refused when they ask for one by id.
 */

/** The regions whose rows the caller may see, or 'ALL'. */
export function visibleRegions(context: SubgraphContext): 'ALL' | readonly string[] {
  return rowScope(context.plan, context.principal);
}

export function isVisible(context: SubgraphContext, region: string): boolean {
  const scope = visibleRegions(context);
  return scope === 'ALL' || scope.includes(region);
}

export function assertVisible(context: SubgraphContext, region: string, what: string): void {
  if (!isVisible(context, region)) {
    throw forbidden(`${what} belongs to a region outside your scope`);
  }
}
