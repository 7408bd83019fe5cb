import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import type { GatewayMetrics } from '../metrics/gatewayMetrics';

/** Times each operation and counts the errors of its answer by code (gateway/metrics/gatewayMetrics.ts). */
export function metricsPlugin(metrics: GatewayMetrics): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      return {
        async willSendResponse({ response, operationName, operation }) {
          const type = operation?.operation ?? 'unknown';
          metrics.operationDuration.observe(
            { operation: metrics.operationLabel(operationName), type },
            (performance.now() - started) / 1000,
          );
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const error of errors) metrics.errors.inc({ code: metrics.errorCode(error.extensions?.code) });
        },
      };
    },
  };
}
