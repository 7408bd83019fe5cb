import type { ApolloServerPlugin } from '@apollo/server';
import { rateLimited } from '../../lib/errors';
import type { Release, WorkLane } from '../admission/workLane';
import type { GatewayContext } from '../context';

/**
 * Admission of heavy operations: one whose estimated cost (measured by the limits plugin) reaches
 * `heavyCost` runs only once it has a place in the heavy lane; if none comes free in time, or the
 * queue is full, it is refused with 429 RATE_LIMITED and a Retry-After, before any subgraph is
 * called. The pages of a bulk export wait as long as it takes, in the same line: the export was
 * admitted when it started, and a refused page would cut its file in half. Lighter operations and
 * mutations never wait here. It runs after the governance plugins,
 * so an operation refused by policy does not queue first.
 */

export interface AdmissionPluginOptions {
  lane: WorkLane;
  /** HEAVY_OPERATION_COST. Required: no default. */
  heavyCost: number;
  /** Seconds a refused caller is told to wait. */
  retryAfterSeconds: number;
}

export function admissionPlugin({
  lane,
  heavyCost,
  retryAfterSeconds,
}: AdmissionPluginOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let release: Release | undefined;
      return {
        async didResolveOperation({ contextValue, operation }) {
          const { cost, refusal } = contextValue;
          if (refusal || cost === undefined || cost < heavyCost || operation?.operation === 'mutation') return;
          release = await lane.enter(contextValue.exportPage === true);
          if (!release)
            throw rateLimited(
              retryAfterSeconds,
              'gateway: too many heavy operations at once; this one waited its turn in vain',
            );
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
