import type { GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { PolicyPlan } from '../../policies/compile';
import type { GatewayContext } from '../context';
import { analyseOperation, type OperationAnalysis } from '../governance';

/**
 * The one analysis of a request's operation that the governance plugins share (early refusal and
 * audit): the first of them to ask makes it and keeps it on the request's context; the others
 * reuse it, so the operation is walked and each classified value decided once per request.
 */
export function requestAnalysis(
  requestContext: GraphQLRequestContextDidResolveOperation<GatewayContext>,
  plan: PolicyPlan,
): OperationAnalysis {
  const { contextValue, schema, document, request } = requestContext;
  contextValue.analysis ??= analyseOperation({
    schema,
    document,
    operationName: requestContext.operationName ?? undefined,
    variables: request.variables ?? {},
    plan,
    principal: contextValue.principal,
  });
  return contextValue.analysis;
}
