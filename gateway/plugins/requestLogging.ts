import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';

/** Logs one line per operation: who, which operation, how long, how many errors. Never variables or tokens. */
export function requestLoggingPlugin(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = Date.now();
      return {
        async willSendResponse({ operationName, errors }) {
          contextValue.log.info(
            {
              sub: contextValue.principal.sub,
              operationName: operationName ?? null,
              ms: Date.now() - started,
              errors: errors?.length ?? 0,
            },
            'operation',
          );
        },
      };
    },
  };
}
