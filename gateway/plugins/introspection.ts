import type { ApolloServerPlugin } from '@apollo/server';
import { operationRefused } from '../../lib/errors';
import type { GatewayContext } from '../context';
import { usesIntrospection } from '../governance';

/**
 * Introspection of the schema (`__schema`, `__type`) for administrators only: anyone else who asks
 * for it is refused with 403 FORBIDDEN before the operation is planned. `__typename` is not
 * introspection of the schema and stays allowed.
 */

export interface IntrospectionPluginOptions {
  /**
   * Refuse introspection to principals without the `admin` role. Default: `true`; the gateway
   * passes `false` outside production, where the schema is no secret.
   */
  adminOnly?: boolean;
}

export function introspectionPlugin({
  adminOnly = true,
}: IntrospectionPluginOptions = {}): ApolloServerPlugin<GatewayContext> {
  if (!adminOnly) return {};
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operationName }) {
          if (contextValue.refusal || contextValue.principal.roles.includes('admin')) return;
          if (!usesIntrospection(document, operationName ?? undefined)) return;
          contextValue.refusal = 'INTROSPECTION';
          throw operationRefused('Introspection is for administrators');
        },
      };
    },
  };
}
