import type { ApolloServerPlugin } from '@apollo/server';
import { operationNotFound, overLimit, refusedBeforePlanning } from '../../lib/errors';
import type { OperationLimits } from '../../lib/config';
import { isRole } from '../../lib/roles';
import type { GatewayContext } from '../context';
import { exceededLimit } from '../limits/exceededLimit';
import { measureOperation } from '../limits/measureOperation';

/**
 * Operation limits on the parsed document, before it is analysed or planned: that it names an
 * operation the document has (400 OPERATION_RESOLUTION_FAILURE otherwise), depth through
 * fragments, aliases, root fields, and the estimated cost against the caller's budget. (The text
 * was screened before parsing at the HTTP front: gateway/limits/screenSource.ts.) Anything over a
 * limit is refused with HTTP 400 and a code naming the limit.
 *
 * Within the limits, a Date or DateTime argument that is not one, read on the same walk by the
 * functions the subgraphs' scalars use, refuses the operation with HTTP 400 and BAD_USER_INPUT
 * naming the argument path. (Left to a subgraph, it would fail validation there, and the client
 * would see only that part of the plan fail, as an internal error.)
 *
 * Apollo starts the plugins' didResolveOperation hooks in order, each before the next: so that no
 * later plugin (the governance analysis) walks an operation it refuses, this plugin comes first and
 * marks the request (`refusal: 'LIMIT'` or `'INPUT'`) before it refuses it.
 */

export interface LimitsPluginOptions {
  /** The limits and cost budgets (LIMIT_* in lib/config.ts, where their defaults are). Required: no default. */
  limits: OperationLimits;
  /** The largest page a `first` argument may ask for: the size of a paginated list that does not say. Required: the gateway passes MAX_PAGE_SIZE. */
  pageSize: number;
}

/** The caller's cost budget: the largest of its roles' budgets, else the default. */
export function costBudget(limits: OperationLimits, roles: readonly string[]): number {
  const budgets = roles
    .map((role) => limits.maxCostByRole[role])
    .filter((budget): budget is number => budget !== undefined);
  return budgets.length > 0 ? Math.max(...budgets) : limits.maxCost;
}

export function limitsPlugin({ limits, pageSize }: LimitsPluginOptions): ApolloServerPlugin<GatewayContext> {
  const unknownRoles = Object.keys(limits.maxCostByRole).filter((role) => !isRole(role));
  if (unknownRoles.length > 0)
    throw new Error(`LIMIT_MAX_COST_BY_ROLE names unknown roles: ${unknownRoles.join(', ')}`);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, schema, contextValue, operation }) {
          if (!operation) {
            // The planner would throw on it, a 500; it is the request's fault.
            contextValue.refusal = 'LIMIT';
            throw operationNotFound(request.operationName ?? undefined);
          }
          const measure = measureOperation(schema, document, request.operationName ?? undefined, {
            variables: request.variables ?? {},
            pageSize,
            assumedListSize: limits.assumedListSize,
          });
          const over = exceededLimit([
            { name: 'depth', limit: limits.maxDepth, actual: measure.depth },
            { name: 'aliases', limit: limits.maxAliases, actual: measure.aliases },
            { name: 'rootFields', limit: limits.maxRootFields, actual: measure.rootFields },
            { name: 'cost', limit: costBudget(limits, contextValue.principal.roles), actual: measure.cost },
          ]);
          contextValue.cost = measure.cost;
          if (over) {
            contextValue.refusal = 'LIMIT';
            throw overLimit(over.code, over.message, over.limit, over.actual);
          }
          if (measure.badArgument) {
            contextValue.refusal = 'INPUT';
            throw refusedBeforePlanning(measure.badArgument);
          }
        },
      };
    },
  };
}
