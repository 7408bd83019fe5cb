import type { ApolloServerPlugin } from '@apollo/server';
import { operationRefused } from '../../lib/errors';
import type { PolicyPlan } from '../../policies/compile';
import type { GatewayContext } from '../context';
import { requestAnalysis } from './requestAnalysis';

/**
 * Refuses, with 403 FORBIDDEN and before any subgraph is asked, an operation the policy can only
 * deny: one whose every leaf is classified and denied to the caller everywhere, or whose every
 * root field is a mutation or restricted query the caller may not run. What the caller may partly
 * see is left to the subgraphs, which decide per record. The audit plugin records the refusal.
 */

export interface EarlyRefusalPluginOptions {
  /** The compiled policy the operation is judged against (policies/plans.ts). Required: no default. */
  plan: PolicyPlan;
}

export function earlyRefusalPlugin({ plan }: EarlyRefusalPluginOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { contextValue } = requestContext;
          if (contextValue.refusal) return;
          const { deniedEntirely, refusedRoots } = requestAnalysis(requestContext, plan);
          if (!deniedEntirely) return;
          contextValue.refusal = 'POLICY';
          throw operationRefused(
            refusedRoots.length > 0
              ? `Not authorised to run ${refusedRoots.map((coordinate) => coordinate.split('.')[1]).join(', ')}`
              : 'Nothing this operation asks for may be shown to you',
          );
        },
      };
    },
  };
}
