import type { Parties } from '../../../policies/dataDomains';
import { assertRoutedTo } from '../../../policies/stewardRouting';
import type { ContractContext } from '../context';
import { PricingRouteDocument } from './generated/pricingRoute';

/**
 * Pricing decisions go to the accountable of pricing, as the RACI in force in the audit subgraph's
 * stewardship records says (policies/dataDomains.ts), not to any steward. The route is asked as the
 * contract service; when it cannot be asked, nobody decides (SERVICE_UNAVAILABLE: fail closed).
 */

/** The attribute a pricing tier change decides, whose accountable it is routed to. */
export const PRICING_TIER_ATTRIBUTE = 'Contract.pricingTier';

const routesPerRequest = new WeakMap<object, Promise<Parties>>();

/** Whom pricing decisions are routed to; asked once per request however many changes it shows. */
export function pricingRoute(context: ContractContext): Promise<Parties> {
  let route = routesPerRequest.get(context);
  if (!route) {
    route = context.shared.peers
      .query('audit', PricingRouteDocument, { coordinate: PRICING_TIER_ATTRIBUTE })
      .then(({ stewardshipRoute: route }) => ({ teams: route.accountableTeams, people: route.accountablePeople }));
    routesPerRequest.set(context, route);
  }
  return route;
}

export async function assertRoutedToCaller(context: ContractContext, what: string): Promise<void> {
  assertRoutedTo(context.principal, await pricingRoute(context), what);
}
